/**
 * The cultivation pool (培育库): the year-end forecast sentence (the bulletin's own), each unit's pool by
 * stage, the pool rows whose stage is out of date, and the submitted enterprises by unit with their planned
 * year (flagged when it is past), searchable, filtered by unit and exported. A click on a row selects its
 * cell. Loaded on first open.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { t as label } from "../../domain/core/i18n";
import { forecastSentence } from "../../domain/report/forecastSection";
import type { Analysis, UnitRow, PoolEntry } from "../../domain/core/types";
import { useI18n } from "../i18n/I18nContext";
import type { StringKey } from "../i18n/strings";
import { listRowButton } from "../components/listRowButton";
import { RowLink } from "../components/RowLink";
import { type CountColumn, UnitCountsTable } from "../components/UnitCountsTable";
import { useState } from "react";
import { isoFromSerial } from "../../domain/core/dates";
import { filterList, listUnits, NO_FILTER, type ListFilter } from "../state/listFilter";
import { KeptBadge } from "../components/KeptBadge";
import { ListTools } from "../components/ListTools";
import { UnitGroups } from "../components/UnitGroups";

const useOwnStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  sentence: { color: tokens.colorNeutralForeground2 },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: { ...listRowButton, display: "flex", flexDirection: "column" },
  row: { ...listRowButton, display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  main: { flexGrow: 1, display: "flex", flexDirection: "column", minWidth: 0 },
  sub: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const useStyles = useOwnStyles;

const STAGE_COLUMNS: { key: keyof UnitRow["pool"]; head: StringKey; full: string }[] = [
  { key: "found", head: "colFound", full: "stage.found" },
  { key: "served", head: "colServed", full: "stage.served" },
  { key: "submitted", head: "colSubmitted", full: "stage.submitted" },
  { key: "recognised", head: "colRecognised", full: "stage.recognised" },
  { key: "recognisedThisYear", head: "colThisYear", full: "recognisedThisYear" },
];

export interface PoolViewProps {
  analysis: Analysis;
  onSelect: (sheet: string, row: number, column?: string) => void;
  /** 导出名单's result (or why it cannot download here). */
  onMessage: (text: string, intent: "success" | "error") => void;
}

export default function PoolView({ analysis, onSelect, onMessage }: PoolViewProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const hasPool = analysis.sheets.some((s) => s.kind === "pool");
  const stale = analysis.findings.filter((f) => f.code === "pool-stage-stale");
  const submitted = analysis.pool.filter((p) => p.stage === "submitted");
  const shown = filterList(submitted, filter, (p) => `${p.name} ${p.creditCode}`);
  // Submitted for a year already gone and still not recognised: the ones to chase.
  const past = (p: PoolEntry) => p.plannedYear !== null && p.plannedYear < analysis.year;
  const planned = (p: PoolEntry) =>
    p.plannedYear === null ? t("plannedYearNone") : t("plannedYear", { year: p.plannedYear });
  const rows = () => [
    [t("colUnit"), t("field.name"), t("field.creditCode"), t("csvPlannedYear"), t("csvStatus")],
    ...shown.map((p) => [
      p.unit,
      p.name,
      p.creditCode,
      p.plannedYear === null ? "" : String(p.plannedYear),
      past(p) ? t("pastPlanned") : "",
    ]),
  ];

  const columns: CountColumn[] = STAGE_COLUMNS.map((c) => ({
    key: c.key,
    head: t(c.head),
    title: c.key === "recognisedThisYear" ? t("thisYearFull") : label(lang, c.full),
    value: (u) => u.pool[c.key],
  }));

  return (
    <section aria-labelledby="gq-pool-title" className={styles.col}>
      <h2 id="gq-pool-title" className={styles.heading}>
        {t("poolTitle", { n: analysis.pool.length })}
      </h2>
      {!hasPool && <Text>{t("poolNone")}</Text>}
      <Text className={styles.sentence} data-testid="forecast-sentence">
        {forecastSentence(analysis, lang)}
      </Text>

      <h3 className={styles.heading}>{t("poolByUnit")}</h3>
      <UnitCountsTable
        analysis={analysis}
        columns={columns}
        caption={t("poolByUnit")}
        testId="pool"
      />

      <h3 className={styles.heading}>{t("poolStaleTitle", { n: stale.length })}</h3>
      {stale.length === 0 && <Text>{t("poolStaleNone")}</Text>}
      <ul className={styles.list}>
        {stale.map((f) => (
          <li key={`${f.sheet}!${f.row}`}>
            <RowLink
              file={f.file}
              sheet={f.sheet}
              row={f.row}
              cell={f.column + f.row}
              className={styles.item}
              testId="pool-stale-item"
              onGo={() => onSelect(f.sheet, f.row, f.column || undefined)}
            >
              <span>{f.name || `${f.sheet}!${f.row}`}</span>
              <span className={styles.sub}>{f.message[lang]}</span>
            </RowLink>
          </li>
        ))}
      </ul>

      <h3 className={styles.heading}>{t("poolSubmittedTitle", { n: submitted.length })}</h3>
      {submitted.length === 0 && <Text>{t("poolSubmittedNone")}</Text>}
      {submitted.length > 0 && (
        <ListTools
          filter={filter}
          onFilter={setFilter}
          units={listUnits(submitted)}
          shown={shown.length}
          total={submitted.length}
          fileTitle={t("fileSubmitted")}
          isoDate={isoFromSerial(analysis.asOf)}
          rows={rows}
          onMessage={onMessage}
          testId="submitted-tools"
        />
      )}
      <UnitGroups
        items={shown}
        item={(p) => (
          <RowLink
            file={p.file}
            sheet={p.sheet}
            row={p.row}
            className={styles.row}
            testId="pool-submitted-item"
            onGo={() => onSelect(p.sheet, p.row)}
          >
            <span className={styles.main}>
              <span>{p.name || p.creditCode}</span>
              <span className={styles.sub}>{planned(p)}</span>
            </span>
            {past(p) && (
              <KeptBadge
                appearance="tint"
                color="warning"
                title={t("pastPlannedHelp")}
                data-testid="past-planned"
              >
                {t("pastPlanned")}
              </KeptBadge>
            )}
          </RowLink>
        )}
      />
    </section>
  );
}
