/**
 * 目标分解: district totals per year (typed, or the doubling rule), method, floor and base date; a preview
 * of the split that follows every keystroke; and 写入目标表, which writes the table to a new sheet that the
 * analysis then uses (docs/rules.md section 9). The valid counts come from the sheets already read, analysed
 * again at the base date (only when the base date or the data change, not on every keystroke).
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { isoFromSerial, todaySerial, yearEnd } from "../../domain/core/dates";
import { decompose, type Decomposition } from "../../domain/decompose/decompose";
import {
  checkYearTotal,
  decomposeUnits,
  doublingTotals,
  yearRange,
} from "../../domain/decompose/decomposeInput";
import { buildDecompositionLayout } from "../../domain/report/decompositionSheet";
import type { Settings, SheetInput, TargetTable } from "../../domain/core/types";
import { analyseWorkbook } from "../../domain/analysis/analyseWorkbook";
import type { WorkbookSource } from "../../excel/workbookSource";
import { useI18n } from "../i18n/I18nContext";
import { initialDecomposeForm, planFromForm, type DecomposeForm } from "./decomposeForm";
import { formatCount, formatPercent } from "../state/format";
import { typedNumber } from "../settings/settingsForm";
import { DateInput } from "../components/DateInput";
import { FloorSelect, MethodSelect } from "./DecomposeChoices";
import { Notice } from "../components/Notice";
import { useFormStyles } from "../components/paneStyles";
import { CompactUnitTable } from "../components/FitTable";
import { errorText } from "../../domain/core/localError";

const useOwnStyles = makeStyles({
  years: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(80px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  caption: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

const useStyles = () => ({ ...useFormStyles(), ...useOwnStyles() });

export interface DecomposeViewProps {
  source: WorkbookSource;
  /** The sheets as read (null while reading). */
  sheets: SheetInput[] | null;
  /** The target table the pane's analysis uses (the default years follow it). */
  targets: TargetTable | null;
  settings: Settings;
  onMessage: (text: string, intent: "success" | "error") => void;
  /** After a write in Excel: read the workbook again, so the analysis uses the new table. */
  onWritten: () => void;
}

function PreviewTable({ d }: { d: Decomposition }) {
  const { t, lang } = useI18n();
  const hasPool = d.units.some((u) => u.pool !== null);
  const sum = (f: (u: Decomposition["units"][number]) => number) =>
    d.units.reduce((s, u) => s + f(u), 0);
  // When columns must give way, share, pool and base go before any year's target (the last year first).
  const columns = [
    { key: "base", head: t("dcBase"), giveWay: -102 },
    ...(hasPool ? [{ key: "pool", head: t("dcPool"), giveWay: -101 }] : []),
    { key: "share", head: t("dcShare"), giveWay: -103 },
    ...d.years.map((y, i) => ({ key: `y${y}`, head: t("dcYear", { year: y }), giveWay: -i })),
  ];
  const values = (
    base: number,
    pool: number | null,
    share: number | null,
    targets: Record<number, number>
  ) => [
    formatCount(base, lang),
    ...(hasPool ? [formatCount(pool, lang)] : []),
    formatPercent(share),
    ...d.years.map((y) => formatCount(targets[y], lang)),
  ];
  const rows = [
    ...d.units.map((u) => ({
      key: u.unit,
      name: u.unit,
      values: values(u.base, u.pool, u.share, u.targets),
      testId: "decompose-row",
    })),
    {
      key: "__total",
      name: lang === "zh-CN" ? "合计" : "Total",
      values: values(
        sum((u) => u.base),
        sum((u) => u.pool ?? 0),
        d.units.length ? 1 : null,
        d.total
      ),
      total: true,
      testId: "decompose-total",
    },
  ];
  return (
    <CompactUnitTable
      columns={columns}
      rows={rows}
      caption={t("dcTableLabel")}
      unitHead={t("colUnit")}
      testId="decompose-table"
    />
  );
}

export default function DecomposeView({
  source,
  sheets,
  targets,
  settings,
  onMessage,
  onWritten,
}: DecomposeViewProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const today = useMemo(() => todaySerial(), []);
  // The table in force decides the default years (the three after its last).
  const [form, setForm] = useState<DecomposeForm>(() =>
    initialDecomposeForm(settings, targets, today)
  );
  const [busy, setBusy] = useState(false);
  // The base date as typed; the form (and the analysis at that date) takes it on Enter or leaving the field.
  const [baseText, setBaseText] = useState(form.baseDate);
  const update = (patch: Partial<DecomposeForm>) => setForm((f) => ({ ...f, ...patch }));

  const plan = planFromForm(form, lang, today);
  const baseDate = plan.ok ? plan.baseDate : null;
  const from = plan.ok && plan.doubling ? plan.doubling.from : null;
  // Re-analysed only when the base date (or the doubling base year) or the data change.
  const atBase = useMemo(
    () =>
      sheets && baseDate !== null ? analyseWorkbook(sheets, { asOf: baseDate, settings }) : null,
    [sheets, settings, baseDate]
  );
  const doublingBase = useMemo(
    () =>
      sheets && from !== null
        ? analyseWorkbook(sheets, { asOf: yearEnd(from), settings }).total.valid
        : null,
    [sheets, settings, from]
  );

  let d: Decomposition | null = null;
  let totalsLine: string | null = null;
  // A doubling rule can grow past any total decompose takes (2021 doubled every year to 2060): said at the field.
  let doublingError: string | undefined;
  if (plan.ok && atBase) {
    let totals = plan.totals;
    if (plan.doubling && doublingBase !== null) {
      totals = doublingTotals(doublingBase, plan.doubling.from, plan.doubling.inYears, plan.years);
      totalsLine = t("dcDoublingBase", {
        year: plan.doubling.from,
        count: formatCount(doublingBase, lang),
        n: plan.doubling.inYears,
        totals: plan.years
          .map((y) => `${y}: ${formatCount(totals![y], lang)}`)
          .join(lang === "zh-CN" ? "；" : "; "),
      });
    }
    const tooLarge =
      totals && plan.doubling
        ? plan.years.map((y) => checkYearTotal(y, totals![y])).find((c) => !c.ok)
        : undefined;
    if (tooLarge && !tooLarge.ok) doublingError = tooLarge.message[lang];
    else if (totals) {
      d = decompose({
        units: decomposeUnits(atBase),
        totals,
        baseDate: plan.baseDate,
        method: form.method,
        floor: form.floor,
        pipelineWeight: plan.pipelineWeight,
        previous: atBase.targets,
      });
    }
  }
  const errorFor = (field: string) =>
    !plan.ok && !plan.incomplete && plan.field === field ? plan.error : undefined;

  const write = async () => {
    if (!d) return;
    setBusy(true);
    try {
      const layout = buildDecompositionLayout(d, settings.district, lang);
      const sheet = await source.writeTargetTable(layout);
      const years =
        d.years.length > 1 ? `${d.years[0]}-${d.years[d.years.length - 1]}` : String(d.years[0]);
      if (source.kind === "files") onMessage(t("downloaded", { file: sheet }), "success");
      else if (source.kind === "preview") {
        onMessage(
          t("dcWrittenPreview", {
            sheet,
            rows: layout.values.length,
            cols: layout.values[0]?.length ?? 0,
          }),
          "success"
        );
      } else {
        onMessage(t("dcWritten", { sheet, years }), "success");
        onWritten();
      }
    } catch (e) {
      onMessage(t("actionFailed", { error: errorText(e)[lang] }), "error");
    } finally {
      setBusy(false);
    }
  };

  // The year inputs follow the typed range even while a total is still missing.
  const typedYears = yearRange(typedNumber(form.firstYear), typedNumber(form.lastYear));
  const yearList = typedYears.ok ? typedYears.value : [];
  return (
    <div className={styles.form} data-testid="decompose-view">
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("dcTotals")}</legend>
        <div className={styles.pair}>
          <Field label={t("dcFirstYear")} validationMessage={errorFor("years")}>
            <Input
              className={styles.fill}
              inputMode="numeric"
              value={form.firstYear}
              onChange={(_, v) => update({ firstYear: v.value })}
            />
          </Field>
          <Field label={t("dcLastYear")}>
            <Input
              className={styles.fill}
              inputMode="numeric"
              value={form.lastYear}
              onChange={(_, v) => update({ lastYear: v.value })}
            />
          </Field>
        </div>
        <RadioGroup
          layout="horizontal"
          aria-label={t("dcRule")}
          value={form.rule}
          onChange={(_, v) => update({ rule: v.value as DecomposeForm["rule"] })}
        >
          <Radio value="given" label={t("dcRuleGiven")} />
          <Radio value="doubling" label={t("dcRuleDoubling")} />
        </RadioGroup>
        {form.rule === "given" ? (
          <Field validationMessage={errorFor("totals")}>
            <div className={styles.years}>
              {yearList.map((y) => (
                <Field key={y} label={t("dcYearTotal", { year: y })}>
                  <Input
                    className={styles.fill}
                    inputMode="numeric"
                    value={form.totals[String(y)] ?? ""}
                    onChange={(_, v) =>
                      update({ totals: { ...form.totals, [String(y)]: v.value } })
                    }
                  />
                </Field>
              ))}
            </div>
          </Field>
        ) : (
          <>
            <div className={styles.pair}>
              <Field
                label={t("dcDoubleFrom")}
                validationMessage={errorFor("doubling") ?? doublingError}
              >
                <Input
                  className={styles.fill}
                  inputMode="numeric"
                  value={form.doubleFrom}
                  onChange={(_, v) => update({ doubleFrom: v.value })}
                />
              </Field>
              <Field label={t("dcDoubleIn")}>
                <Input
                  className={styles.fill}
                  inputMode="numeric"
                  value={form.doubleIn}
                  onChange={(_, v) => update({ doubleIn: v.value })}
                />
              </Field>
            </div>
            {totalsLine && (
              <span className={styles.note} data-testid="doubling-line">
                {totalsLine}
              </span>
            )}
          </>
        )}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("dcMethodSection")}</legend>
        <MethodSelect value={form.method} onChange={(method) => update({ method })} />
        {form.method === "pipeline" && (
          <Field label={t("dcWeight")} validationMessage={errorFor("weight")}>
            <Input
              className={styles.fill}
              inputMode="decimal"
              value={form.pipelineWeight}
              onChange={(_, v) => update({ pipelineWeight: v.value })}
            />
          </Field>
        )}
        <FloorSelect value={form.floor} onChange={(floor) => update({ floor })} />
        <Field
          label={t("dcBaseDate")}
          hint={
            plan.ok ? t("dcBaseDateHint", { date: isoFromSerial(plan.defaultBaseDate) }) : undefined
          }
          validationMessage={errorFor("baseDate")}
        >
          <DateInput
            className={styles.fill}
            value={baseText}
            onChange={setBaseText}
            onCommit={(s) => update({ baseDate: isoFromSerial(s) })}
            onUnreadable={() => update({ baseDate: baseText })}
            onBlur={() => baseText.trim() === "" && update({ baseDate: "" })}
          />
        </Field>
      </fieldset>

      <h2 className={styles.caption}>{t("dcPreview")}</h2>
      {!plan.ok && plan.incomplete && <span className={styles.note}>{plan.error}</span>}
      {d && (
        <>
          {d.findings.map((f, i) => (
            <Notice key={`f${i}`} intent="warning">
              {f.message[lang]}
            </Notice>
          ))}
          {d.notes.map((n, i) => (
            <Notice key={`n${i}`} intent="info">
              {n[lang]}
            </Notice>
          ))}
          <PreviewTable d={d} />
        </>
      )}
      <span className={styles.note}>{t("dcNeverOver")}</span>
      <div>
        <Button appearance="primary" disabled={!d || busy} onClick={() => void write()}>
          {busy ? t("working") : t("dcWrite")}
        </Button>
      </div>
    </div>
  );
}
