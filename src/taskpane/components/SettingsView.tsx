/** Settings: awards, policy window, validity convention, expiring window, forecast rates, the call list's days, aliases, column mapping, decomposition defaults. Loaded on first open. */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { DEFAULT_SETTINGS } from "../../domain/policy";
import type { Settings, SheetSummary } from "../../domain/types";
import type { WorkbookSource } from "../../excel/workbookSource";
import { setSettings } from "../../state/session";
import { useI18n } from "../i18n/I18nContext";
import type { StringKey } from "../i18n/strings";
import { formFromSettings, ROSTER_FIELDS, settingsFromForm, type SettingsForm } from "../state/settingsForm";
import { FloorSelect, MethodSelect } from "./DecomposeChoices";
import { useFormStyles } from "./paneStyles";

const useOwnStyles = makeStyles({
  alias: { display: "grid", gridTemplateColumns: "1fr 1fr auto", gap: tokens.spacingHorizontalS, alignItems: "end" },
  mapping: { display: "grid", gridTemplateColumns: "1fr 1fr 1fr", gap: tokens.spacingHorizontalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface SettingsViewProps {
  source: WorkbookSource;
  settings: Settings;
  units: string[];
  sheets: SheetSummary[];
  onMessage: (text: string, intent: "success" | "error") => void;
}

export default function SettingsView({ source, settings, units, sheets, onMessage }: SettingsViewProps) {
  const { t, lang } = useI18n();
  const styles = { ...useFormStyles(), ...useOwnStyles() };
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(settings));
  const [error, setError] = useState<{ key: string; text: string } | null>(null);
  const unmatched = [...new Set([...sheets.filter((s) => s.kind === "ignored").map((s) => s.sheet), ...Object.keys(form.columnMappings)])];
  const [mapSheet, setMapSheet] = useState<string>(unmatched[0] ?? "");

  const update = (patch: Partial<SettingsForm>) => setForm((f) => ({ ...f, ...patch }));
  /** The engine's message on the field whose key it names (or on the section holding it). */
  const errorFor = (...keys: string[]) => (error && keys.some((k) => error.key === k || error.key.startsWith(k + ".") || error.key.startsWith(k + "[")) ? error.text : undefined);

  const save = async () => {
    const result = settingsFromForm(form, lang);
    if (!result.ok) {
      setError({ key: result.key, text: result.error });
      onMessage(t("invalid", { error: result.error }), "error");
      return;
    }
    setError(null);
    try {
      await source.saveSettings(result.settings);
      setSettings(result.settings);
      onMessage(t(source.kind === "preview" ? "savedPreview" : "saved"), "success");
    } catch (e) {
      onMessage(t("actionFailed", { error: e instanceof Error ? e.message : String(e) }), "error");
    }
  };

  const setMapping = (field: string, value: string) =>
    setForm((f) => ({ ...f, columnMappings: { ...f.columnMappings, [mapSheet]: { ...f.columnMappings[mapSheet], [field]: value } } }));

  return (
    <form
      className={styles.form}
      aria-label={t("settingsTitle")}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label={t("districtName")} validationMessage={errorFor("district")}>
        <Input value={form.district} onChange={(_, d) => update({ district: d.value })} />
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("awardsSection")}</legend>
        <div className={styles.pair}>
          <Field label={t("awardFirst")} validationMessage={errorFor("awards.first")}>
            <Input className={styles.fill} inputMode="numeric" value={form.first} onChange={(_, d) => update({ first: d.value })} />
          </Field>
          <Field label={t("awardRenewal")} validationMessage={errorFor("awards.renewal")}>
            <Input className={styles.fill} inputMode="numeric" value={form.renewal} onChange={(_, d) => update({ renewal: d.value })} />
          </Field>
        </div>
        <Field label={t("awardStages")} validationMessage={errorFor("awards.relocationStages")}>
          <div className={styles.form}>
            {form.stages.map((stage, i) => (
              <div key={i} className={styles.alias} data-testid="stage-row">
                <Input
                  aria-label={t("stageAmount", { n: i + 1 })}
                  inputMode="numeric"
                  value={stage.amount}
                  onChange={(_, d) => update({ stages: form.stages.map((x, k) => (k === i ? { ...x, amount: d.value } : x)) })}
                />
                <Input
                  aria-label={t("stageMonths", { n: i + 1 })}
                  inputMode="numeric"
                  contentAfter={t("monthsAfterMoveIn")}
                  value={stage.months}
                  onChange={(_, d) => update({ stages: form.stages.map((x, k) => (k === i ? { ...x, months: d.value } : x)) })}
                />
                <Button aria-label={t("stageRemove", { n: i + 1 })} onClick={() => update({ stages: form.stages.filter((_, k) => k !== i) })}>
                  ×
                </Button>
              </div>
            ))}
            <Button
              appearance="secondary"
              onClick={() => {
                const last = form.stages[form.stages.length - 1];
                const months = last && Number.isFinite(Number(last.months)) ? String(Number(last.months) + 12) : "0";
                update({ stages: [...form.stages, { amount: "", months }] });
              }}
            >
              {t("addStage")}
            </Button>
          </div>
        </Field>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("windowSection")}</legend>
        <div className={styles.pair}>
          <Field label={t("windowStart")} validationMessage={errorFor("window.start") ?? (error?.key === "window" ? error.text : undefined)}>
            <Input className={styles.fill} type="date" value={form.windowStart} onChange={(_, d) => update({ windowStart: d.value })} />
          </Field>
          <Field label={t("windowEnd")} validationMessage={errorFor("window.end")}>
            <Input className={styles.fill} type="date" value={form.windowEnd} onChange={(_, d) => update({ windowEnd: d.value })} />
          </Field>
        </div>
      </fieldset>

      <Field label={t("validitySection")}>
        <RadioGroup value={form.validityEnd} onChange={(_, d) => update({ validityEnd: d.value as SettingsForm["validityEnd"] })}>
          <Radio value="day-before" label={t("validityDayBefore")} />
          <Radio value="same-day" label={t("validitySameDay")} />
        </RadioGroup>
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("expiringSection")}</legend>
        <RadioGroup aria-label={t("expiringSection")} value={form.expiringMode} onChange={(_, d) => update({ expiringMode: d.value as SettingsForm["expiringMode"] })}>
          <Radio value="calendar-year" label={t("expiringCalendar")} />
          <Radio value="rolling" label={t("expiringRolling")} />
        </RadioGroup>
        <Field label={t("expiringDays")} validationMessage={errorFor("expiring.days")}>
          <Input inputMode="numeric" disabled={form.expiringMode !== "rolling"} value={form.expiringDays} onChange={(_, d) => update({ expiringDays: d.value })} />
        </Field>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("forecastSection")}</legend>
        <Field label={t("passRate")} validationMessage={errorFor("forecast.passRate")}>
          <Input inputMode="decimal" contentAfter="%" value={form.passRate} onChange={(_, d) => update({ passRate: d.value })} />
        </Field>
        <RadioGroup aria-label={t("renewalRate")} value={form.renewalMode} onChange={(_, d) => update({ renewalMode: d.value as SettingsForm["renewalMode"] })}>
          <Radio value="data" label={t("renewalFromData")} />
          <Radio value="rate" label={t("renewalFixed")} />
        </RadioGroup>
        <Field label={t("renewalRate")} validationMessage={errorFor("forecast.renewalRate")}>
          <Input inputMode="decimal" contentAfter="%" disabled={form.renewalMode !== "rate"} value={form.renewalRate} onChange={(_, d) => update({ renewalRate: d.value })} />
        </Field>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("contactsSection")}</legend>
        <Field label={t("contactDays")} hint={t("contactDaysHint")} validationMessage={errorFor("contacts.days")}>
          <Input inputMode="numeric" value={form.contactDays} onChange={(_, d) => update({ contactDays: d.value })} />
        </Field>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("aliasSection")}</legend>
        {form.aliases.length === 0 && <span>{t("aliasNone")}</span>}
        {form.aliases.map((a, i) => (
          <div key={i} className={styles.alias}>
            <Field label={t("aliasRaw")} validationMessage={errorFor("aliases")}>
              <Input value={a.raw} onChange={(_, d) => update({ aliases: form.aliases.map((x, j) => (j === i ? { ...x, raw: d.value } : x)) })} />
            </Field>
            <Field label={t("aliasUnit")}>
              <Select value={a.unit} onChange={(_, d) => update({ aliases: form.aliases.map((x, j) => (j === i ? { ...x, unit: d.value } : x)) })}>
                {units.map((u) => (
                  <option key={u}>{u}</option>
                ))}
              </Select>
            </Field>
            <Button aria-label={t("aliasRemove", { raw: a.raw })} onClick={() => update({ aliases: form.aliases.filter((_, j) => j !== i) })}>
              ×
            </Button>
          </div>
        ))}
        <div>
          <Button onClick={() => update({ aliases: [...form.aliases, { raw: "", unit: units[0] ?? "" }] })}>{t("aliasAdd")}</Button>
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("mappingSection")}</legend>
        {unmatched.length === 0 ? (
          <span>{t("mappingNone")}</span>
        ) : (
          <>
            <Field label={t("mappingChoose")}>
              <Select value={mapSheet} onChange={(_, d) => setMapSheet(d.value)}>
                {unmatched.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </Select>
            </Field>
            <span>{t("mappingHint")}</span>
            <div className={styles.mapping}>
              {ROSTER_FIELDS.map((field) => (
                <Field key={field} label={t(`field.${field}` as StringKey)} validationMessage={errorFor(`columnMappings.${mapSheet}.${field}`)}>
                  <Input value={form.columnMappings[mapSheet]?.[field] ?? ""} onChange={(_, d) => setMapping(field, d.value)} />
                </Field>
              ))}
            </div>
          </>
        )}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("dcDefaultsSection")}</legend>
        <MethodSelect value={form.decompositionMethod} error={errorFor("decomposition.method")} onChange={(m) => update({ decompositionMethod: m })} />
        <FloorSelect value={form.decompositionFloor} error={errorFor("decomposition.floor")} onChange={(f) => update({ decompositionFloor: f })} />
        <Field label={t("dcWeight")} validationMessage={errorFor("decomposition.pipelineWeight")}>
          <Input inputMode="decimal" value={form.pipelineWeight} onChange={(_, d) => update({ pipelineWeight: d.value })} />
        </Field>
      </fieldset>

      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{t("invalid", { error: error.text })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit">
          {t("save")}
        </Button>
        <Button onClick={() => setForm(formFromSettings(DEFAULT_SETTINGS))}>{t("reset")}</Button>
      </div>
    </form>
  );
}
