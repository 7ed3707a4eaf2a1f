/** The per-unit table: sortable by any column, completion as a bar in the report's band colours, 合计 last. */
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { UnitRow } from "../../domain/types";
import { useI18n } from "../i18n/I18nContext";
import { t as label, type LabelKey } from "../../domain/i18n";
import { completionBand, formatCny, formatCount, formatPercent, type Band } from "../state/format";
import { nextSort, sortUnits, type UnitColumn, type UnitSort } from "../state/sortUnits";

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  // Fluent's table is fixed-layout (equal columns): long unit names then ran into the target column.
  table: { tableLayout: "auto" },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  barCell: { minWidth: "72px" },
  // Unit names (e.g. 金山工业区) must stay on one line; the table scrolls sideways instead.
  unit: { whiteSpace: "nowrap" },
  bar: { display: "flex", alignItems: "center", gap: "4px" },
  track: { flexGrow: 1, height: "8px", borderRadius: "4px", backgroundColor: tokens.colorNeutralBackground5, overflow: "hidden" },
  fill: { height: "100%" },
  low: { backgroundColor: tokens.colorPaletteRedBackground3 },
  mid: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  high: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  none: { backgroundColor: tokens.colorNeutralBackground5 },
  pct: { fontSize: tokens.fontSizeBase100, minWidth: "38px", textAlign: "end" },
});

const COLUMNS: { key: UnitColumn & LabelKey; numeric: boolean }[] = [
  { key: "unit", numeric: false },
  { key: "target", numeric: true },
  { key: "valid", numeric: true },
  { key: "completion", numeric: false },
  { key: "gap", numeric: true },
  { key: "expiring", numeric: true },
  { key: "awards", numeric: true },
];

function CompletionBar({ ratio }: { ratio: number | null }) {
  const styles = useStyles();
  const band: Band = completionBand(ratio);
  return (
    <div className={styles.bar}>
      <div className={styles.track} aria-hidden="true">
        <div className={`${styles.fill} ${styles[band]}`} style={{ width: `${Math.min(1, ratio ?? 0) * 100}%` }} />
      </div>
      <span className={styles.pct}>{formatPercent(ratio)}</span>
    </div>
  );
}

export function UnitTable({ units, total }: { units: UnitRow[]; total: UnitRow }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [sort, setSort] = useState<UnitSort | null>(null);
  const rows = sortUnits(units, sort, lang);

  const cells = (u: UnitRow, isTotal: boolean) => (
    <TableRow key={isTotal ? "__total" : u.unit} className={isTotal ? styles.total : undefined} data-testid={isTotal ? "unit-total" : "unit-row"}>
      <TableCell className={styles.unit}>{isTotal ? label(lang, "total") : u.unit}</TableCell>
      <TableCell className={styles.num}>{formatCount(u.target, lang)}</TableCell>
      <TableCell className={styles.num}>{formatCount(u.valid, lang)}</TableCell>
      <TableCell className={styles.barCell}>
        <CompletionBar ratio={u.completion} />
      </TableCell>
      <TableCell className={styles.num}>{formatCount(u.gap, lang)}</TableCell>
      <TableCell className={styles.num}>{formatCount(u.expiring, lang)}</TableCell>
      <TableCell className={styles.num}>{formatCny(u.awards, lang)}</TableCell>
    </TableRow>
  );

  return (
    <div className={styles.scroll}>
      <Table className={styles.table} size="extra-small" sortable aria-label={t("perUnit")}>
        <TableHeader>
          <TableRow>
            {COLUMNS.map((c) => (
              <TableHeaderCell
                key={c.key}
                sortDirection={sort?.column === c.key ? sort.direction : undefined}
                onClick={() => setSort(nextSort(sort, c.key))}
                title={t("sortBy", { column: label(lang, c.key) })}
              >
                {label(lang, c.key)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((u) => cells(u, false))}
          {cells(total, true)}
        </TableBody>
      </Table>
    </div>
  );
}
