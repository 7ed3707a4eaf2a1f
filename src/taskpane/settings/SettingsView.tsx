/**
 * Settings: awards, policy window, validity convention, expiring window, forecast rates, the call
 * list's days, aliases, column mapping, decomposition defaults. Loaded on first open.
 *
 * A rejected value is named in the user's words (settingsMessages.ts) in one message under the buttons,
 * and its input is outlined (aria-invalid, described by that message): nothing above the buttons moves
 * when an error appears, so the button just clicked stays under the pointer. 恢复默认 asks first.
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Radio,
  RadioGroup,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import { DEFAULT_SETTINGS, MAX_SETTING_TEXT, settingsToJson } from "../../domain/settings/settings";
import type { Settings, SheetSummary } from "../../domain/core/types";
import type { WorkbookSource } from "../../excel/workbookSource";
import { setSettings } from "../../state/session";
import { useI18n } from "../i18n/I18nContext";
import type { StringKey } from "../i18n/strings";
import {
  formFromSettings,
  ROSTER_FIELDS,
  settingsFromForm,
  type SettingsForm,
} from "./settingsForm";
import { settingsErrorText } from "./settingsMessages";
import { AliasRows } from "./AliasRows";
import { ConfirmButton } from "../components/ConfirmButton";
import { DateInput } from "../components/DateInput";
import { FloorSelect, MethodSelect } from "../decompose/DecomposeChoices";
import { Notice } from "../components/Notice";
import { useFormStyles } from "../components/paneStyles";
import { RelocationStages } from "./RelocationStages";
import { errorText } from "../../domain/core/localError";

const useOwnStyles = makeStyles({
  // As many mapping fields a row as fit (two at 320 px, three from about 400 px).
  mapping: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(104px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  subhead: { fontWeight: tokens.fontWeightRegular },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface SettingsViewProps {
  source: WorkbookSource;
  settings: Settings;
  units: string[];
  sheets: SheetSummary[];
}

/** The settings as one comparable text. */
const fingerprint = (s: Settings): string => JSON.stringify(settingsToJson(s));

type Outcome =
  | { kind: "error"; key: string; text: string }
  | { kind: "saved"; text: string }
  | { kind: "failed"; text: string };

export default function SettingsView({ source, settings, units, sheets }: SettingsViewProps) {
  const { t, lang } = useI18n();
  const styles = { ...useFormStyles(), ...useOwnStyles() };
  const outcomeId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(settings));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Settings changed elsewhere (an alias added from a finding, the workbook read again) replace the form;
  // the settings this form just saved coming back do not, so its message stays.
  const incoming = fingerprint(settings);
  const [seen, setSeen] = useState(incoming);
  const [savedHere, setSavedHere] = useState<string | null>(null);
  if (incoming !== seen) {
    setSeen(incoming);
    if (incoming !== savedHere) {
      setForm(formFromSettings(settings));
      setOutcome(null);
    }
  }
  const unmatched = [
    ...new Set([
      ...sheets.filter((s) => s.kind === "ignored").map((s) => s.sheet),
      ...Object.keys(form.columnMappings),
    ]),
  ];
  const [mapSheet, setMapSheet] = useState<string>(unmatched[0] ?? "");

  const update = (patch: Partial<SettingsForm>) => setForm((f) => ({ ...f, ...patch }));
  const errorKey = outcome?.kind === "error" ? outcome.key : null;
  /** Marks the input the error is about (or the section holding it) and ties it to the message. */
  const fieldProps = (key: string): Record<string, unknown> => {
    const bad =
      errorKey !== null &&
      (errorKey === key || errorKey.startsWith(key + ".") || errorKey.startsWith(key + "["));
    return bad
      ? { "data-setting": key, "aria-invalid": true, "aria-describedby": outcomeId }
      : { "data-setting": key };
  };
  const goToError = () =>
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();

  const save = async () => {
    const result = settingsFromForm(form, lang);
    if (!result.ok) {
      setOutcome({
        kind: "error",
        key: result.key,
        text: settingsErrorText(result.key, result.error, t),
      });
      return;
    }
    try {
      await source.saveSettings(result.settings);
      setSavedHere(fingerprint(result.settings));
      setSettings(result.settings);
      setOutcome({ kind: "saved", text: t(source.kind === "preview" ? "savedPreview" : "saved") });
    } catch (e) {
      setOutcome({
        kind: "failed",
        text: t("actionFailed", { error: errorText(e)[lang] }),
      });
    }
  };

  const setMapping = (field: string, value: string) =>
    setForm((f) => ({
      ...f,
      columnMappings: {
        ...f.columnMappings,
        [mapSheet]: { ...f.columnMappings[mapSheet], [field]: value },
      },
    }));

  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-label={t("settingsTitle")}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label={t("districtName")}>
        <Input
          className={styles.fill}
          value={form.district}
          maxLength={MAX_SETTING_TEXT}
          onChange={(_, d) => update({ district: d.value })}
          {...fieldProps("district")}
        />
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("awardsSection")}</legend>
        <div className={styles.pair}>
          <Field label={t("awardFirst")}>
            <Input
              className={styles.fill}
              inputMode="decimal"
              value={form.first}
              onChange={(_, d) => update({ first: d.value })}
              {...fieldProps("awards.first")}
            />
          </Field>
          <Field label={t("awardRenewal")}>
            <Input
              className={styles.fill}
              inputMode="decimal"
              value={form.renewal}
              onChange={(_, d) => update({ renewal: d.value })}
              {...fieldProps("awards.renewal")}
            />
          </Field>
        </div>
        <span className={styles.hint}>{t("amountHint")}</span>
        <span className={mergeClasses(styles.legend, styles.subhead)}>{t("awardStages")}</span>
        <RelocationStages
          stages={form.stages}
          onChange={(stages) => update({ stages })}
          fieldProps={fieldProps}
        />
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("windowSection")}</legend>
        <div className={styles.pair}>
          <Field label={t("windowStart")}>
            <DateInput
              className={styles.fill}
              value={form.windowStart}
              onChange={(v) => update({ windowStart: v })}
              {...fieldProps(errorKey === "window" ? "window" : "window.start")}
            />
          </Field>
          <Field label={t("windowEnd")}>
            <DateInput
              className={styles.fill}
              value={form.windowEnd}
              onChange={(v) => update({ windowEnd: v })}
              {...fieldProps(errorKey === "window" ? "window" : "window.end")}
            />
          </Field>
        </div>
      </fieldset>

      <Field label={t("validitySection")}>
        <RadioGroup
          value={form.validityEnd}
          onChange={(_, d) => update({ validityEnd: d.value as SettingsForm["validityEnd"] })}
        >
          <Radio value="day-before" label={t("validityDayBefore")} />
          <Radio value="same-day" label={t("validitySameDay")} />
        </RadioGroup>
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("expiringSection")}</legend>
        <RadioGroup
          aria-label={t("expiringSection")}
          value={form.expiringMode}
          onChange={(_, d) => update({ expiringMode: d.value as SettingsForm["expiringMode"] })}
        >
          <Radio value="calendar-year" label={t("expiringCalendar")} />
          <Radio value="rolling" label={t("expiringRolling")} />
        </RadioGroup>
        <Field label={t("expiringDays")}>
          <Input
            className={styles.fill}
            inputMode="numeric"
            disabled={form.expiringMode !== "rolling"}
            value={form.expiringDays}
            onChange={(_, d) => update({ expiringDays: d.value })}
            {...fieldProps("expiring.days")}
          />
        </Field>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("forecastSection")}</legend>
        <Field label={t("passRate")}>
          <Input
            className={styles.fill}
            inputMode="decimal"
            contentAfter="%"
            value={form.passRate}
            onChange={(_, d) => update({ passRate: d.value })}
            {...fieldProps("forecast.passRate")}
          />
        </Field>
        <RadioGroup
          aria-label={t("renewalRate")}
          value={form.renewalMode}
          onChange={(_, d) => update({ renewalMode: d.value as SettingsForm["renewalMode"] })}
        >
          <Radio value="data" label={t("renewalFromData")} />
          <Radio value="rate" label={t("renewalFixed")} />
        </RadioGroup>
        <Field label={t("renewalRate")}>
          <Input
            className={styles.fill}
            inputMode="decimal"
            contentAfter="%"
            disabled={form.renewalMode !== "rate"}
            value={form.renewalRate}
            onChange={(_, d) => update({ renewalRate: d.value })}
            {...fieldProps("forecast.renewalRate")}
          />
        </Field>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("contactsSection")}</legend>
        <Field label={t("contactDays")} hint={t("contactDaysHint")}>
          <Input
            inputMode="numeric"
            value={form.contactDays}
            onChange={(_, d) => update({ contactDays: d.value })}
            {...fieldProps("contacts.days")}
          />
        </Field>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("aliasSection")}</legend>
        <AliasRows
          aliases={form.aliases}
          units={units}
          onChange={(aliases) => update({ aliases })}
          fieldProps={fieldProps}
        />
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("mappingSection")}</legend>
        {unmatched.length === 0 ? (
          <span>{t("mappingNone")}</span>
        ) : (
          <>
            <Field label={t("mappingChoose")}>
              <Select
                className={styles.fill}
                value={mapSheet}
                onChange={(_, d) => setMapSheet(d.value)}
              >
                {unmatched.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </Select>
            </Field>
            <span className={styles.hint}>{t("mappingHint")}</span>
            <div className={styles.mapping}>
              {ROSTER_FIELDS.map((field) => (
                <Field key={field} label={t(`field.${field}` as StringKey)}>
                  <Input
                    className={styles.fill}
                    value={form.columnMappings[mapSheet]?.[field] ?? ""}
                    onChange={(_, d) => setMapping(field, d.value)}
                    {...fieldProps(`columnMappings.${mapSheet}.${field}`)}
                  />
                </Field>
              ))}
            </div>
          </>
        )}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("dcDefaultsSection")}</legend>
        <MethodSelect
          value={form.decompositionMethod}
          onChange={(m) => update({ decompositionMethod: m })}
        />
        <FloorSelect
          value={form.decompositionFloor}
          onChange={(f) => update({ decompositionFloor: f })}
        />
        <Field label={t("dcWeight")}>
          <Input
            className={styles.fill}
            inputMode="decimal"
            value={form.pipelineWeight}
            onChange={(_, d) => update({ pipelineWeight: d.value })}
            {...fieldProps("decomposition.pipelineWeight")}
          />
        </Field>
      </fieldset>

      <div className={styles.buttons}>
        <Button appearance="primary" type="submit">
          {t("save")}
        </Button>
        <ConfirmButton
          label={t("reset")}
          title={t("resetTitle")}
          body={t("resetBody", { district: DEFAULT_SETTINGS.district })}
          onConfirm={() => {
            setForm(formFromSettings(DEFAULT_SETTINGS));
            setOutcome(null);
          }}
        />
      </div>
      {/* Below the buttons, so that a message appearing moves nothing the user is looking at. */}
      <div id={outcomeId} data-testid="settings-outcome">
        {outcome && (
          <Notice
            intent={outcome.kind === "saved" ? "success" : "error"}
            action={
              outcome.kind === "error" ? (
                <Button size="small" appearance="transparent" onClick={goToError}>
                  {t("goToField")}
                </Button>
              ) : undefined
            }
          >
            {outcome.text}
          </Notice>
        )}
      </div>
    </form>
  );
}
