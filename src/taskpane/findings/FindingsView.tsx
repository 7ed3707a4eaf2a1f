/**
 * Findings to act on: one entry a cell (its reference, the enterprise, every problem found there), a
 * filter by problem and by unit, and for an unknown unit a picker that saves the text as an alias of a
 * responsible unit (FindingAlias). Each entry is a button that selects its cell. Loaded on first open.
 */
import { Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { findingCodeLabel } from "../../domain/core/i18n";
import { createUnitResolver } from "../../domain/enterprise/units";
import type {
  Finding,
  FindingCode,
  Settings,
  SheetInput,
  SourceSummary,
} from "../../domain/core/types";
import { useI18n } from "../i18n/I18nContext";
import {
  cellText,
  codeCounts,
  filterGroups,
  groupByCell,
  type CellGroup,
  type FindingFilter,
} from "./findingGroups";
import { FindingAlias } from "./FindingAlias";
import { listRowButton } from "../components/listRowButton";
import { KeptBadge } from "../components/KeptBadge";
import { RowLink } from "../components/RowLink";
import { SourcesSection } from "./SourcesSection";

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  filters: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  // A select is as wide as its longest option ("Missing unit (19)"): here it takes its column's width.
  filter: { minWidth: 0 },
  select: { width: "100%", minWidth: 0 },
  list: { listStyle: "none", margin: 0, padding: 0 },
  entry: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  item: {
    ...listRowButton,
    borderBottom: "none",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    minWidth: 0,
  },
  top: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  // The problem's name inline before its message, which flows on under it (a long English name such as
  // "Issue date inferred from the certificate number" beside the text left it a narrow column).
  message: { display: "block", overflowWrap: "anywhere" },
  // A problem's name is a phrase ("Issue date inferred from the certificate number"): wider than a
  // 320 px pane in a wide font, it wraps inside its badge (never squeezed below its text).
  badge: {
    marginInlineEnd: tokens.spacingHorizontalXS,
    verticalAlign: "text-bottom",
    whiteSpace: "normal",
    height: "auto",
    minWidth: 0,
    maxWidth: "100%",
  },
});

/** "Sheet!C12", "Sheet 第 12 行" for a whole row (not Excel's 12:12), or the sheet alone. */
export function cellRef(
  f: Pick<Finding, "sheet" | "row" | "column">,
  wholeSheet: string,
  rowName: (row: number) => string
): string {
  if (f.row === 0) return `${f.sheet} (${wholeSheet})`;
  return f.column ? `${f.sheet}!${f.column}${f.row}` : `${f.sheet} ${rowName(f.row)}`;
}

const badgeColor = (f: Finding) =>
  f.severity === "error" ? "danger" : f.severity === "warning" ? "warning" : "informative";

export interface FindingsViewProps {
  findings: Finding[];
  /** The sheets as read: the unit and the unknown unit's text come from the rows themselves. */
  sheets: SheetInput[];
  /** The responsible units of the target table in force. */
  units: string[];
  settings: Settings;
  onSelect: (f: Finding) => void;
  /** Saves `raw` as an alias of `unit` in the workbook's settings (the analysis then runs again). */
  onAddAlias: (raw: string, unit: string) => Promise<void>;
  /** The files read with the open workbook (来源), when there are any. */
  sources?: readonly SourceSummary[];
}

export default function FindingsView({
  findings,
  sheets,
  units,
  settings,
  onSelect,
  onAddAlias,
  sources,
}: FindingsViewProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [filter, setFilter] = useState<FindingFilter>({ code: "", unit: "" });
  const groups = useMemo(
    () => groupByCell(findings, sheets, createUnitResolver(units, settings.aliases)),
    [findings, sheets, units, settings.aliases]
  );
  const codes = codeCounts(findings);
  const groupUnits = [...new Set(groups.map((g) => g.unit).filter((u) => u !== ""))];
  // A filter left on a code or unit that no longer has findings (an alias just fixed them) shows all.
  const shownFilter: FindingFilter = {
    code: codes.some(([c]) => c === filter.code) ? filter.code : "",
    unit: groupUnits.includes(filter.unit) ? filter.unit : "",
  };
  const shown = filterGroups(groups, shownFilter);
  const unknownText = (g: CellGroup) => {
    const f = g.findings.find((x) => x.code === "unknown-unit");
    return f ? cellText(f, sheets) : "";
  };

  return (
    <section aria-labelledby="gq-findings-title">
      {sources && sources.length > 0 && <SourcesSection sources={sources} />}
      <h2 id="gq-findings-title" className={styles.heading}>
        {t("findingsTitle", { n: findings.length, cells: groups.length })}
      </h2>
      {findings.length === 0 && <Text>{t("findingsNone")}</Text>}
      {findings.length > 0 && (
        <div className={styles.filters}>
          <Field className={styles.filter} label={t("filterCode")}>
            <Select
              className={styles.select}
              value={shownFilter.code}
              onChange={(_, d) => setFilter((f) => ({ ...f, code: d.value as FindingCode | "" }))}
              data-testid="filter-code"
            >
              <option value="">{t("filterAll")}</option>
              {codes.map(([code, n]) => (
                <option key={code} value={code}>
                  {`${findingCodeLabel(code, lang)} (${n})`}
                </option>
              ))}
            </Select>
          </Field>
          <Field className={styles.filter} label={t("filterUnit")}>
            <Select
              className={styles.select}
              value={shownFilter.unit}
              onChange={(_, d) => setFilter((f) => ({ ...f, unit: d.value }))}
              data-testid="filter-unit"
            >
              <option value="">{t("filterAll")}</option>
              {groupUnits.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
      {findings.length > 0 && (
        <Text size={200}>{t("findingsShown", { cells: shown.length, all: groups.length })}</Text>
      )}
      <ul className={styles.list}>
        {shown.map((g) => {
          const first = g.findings[0];
          const raw = unknownText(g);
          return (
            <li
              key={`${g.file ?? ""}!${g.sheet}!${g.row}!${g.column}`}
              className={styles.entry}
              data-testid="finding-group"
            >
              <RowLink
                file={g.file}
                sheet={g.sheet}
                row={g.row}
                cell={g.column + (g.row || "")}
                className={styles.item}
                testId="finding-item"
                onGo={() => onSelect(first)}
              >
                <span className={styles.top}>
                  <span className={styles.cell}>
                    {cellRef(g, t("wholeSheet"), (row) => t("rowN", { row }))}
                  </span>
                  {g.name && (
                    <span className={styles.name} data-testid="finding-name">
                      {g.name}
                    </span>
                  )}
                </span>
                {g.findings.map((f, i) => (
                  <span key={i} className={styles.message}>
                    <KeptBadge className={styles.badge} appearance="tint" color={badgeColor(f)}>
                      {findingCodeLabel(f.code, lang)}
                    </KeptBadge>
                    <span>{f.message[lang]}</span>
                  </span>
                ))}
              </RowLink>
              {raw !== "" && (
                <FindingAlias raw={raw} units={units} onAdd={(unit) => onAddAlias(raw, unit)} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
