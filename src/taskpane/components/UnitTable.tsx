/**
 * The per-unit table: sortable by any column, completion as a bar in the report's band colours, 合计 last.
 * A task pane is often 320-420 px wide: heads are short words, no cell wraps, and padding is tight, so
 * the seven columns fit (awards in 万, the unit in the head); a narrower pane scrolls the table sideways.
 */
import { makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { UnitRow } from "../../domain/types";
import { useI18n } from "../i18n/I18nContext";
import type { StringKey } from "../i18n/strings";
import { t as label, type LabelKey } from "../../domain/i18n";
import { completionBand, formatCny, formatCount, formatPercent, formatWan, type Band } from "../state/format";
import { nextSort, sortUnits, type UnitColumn, type UnitSort } from "../state/sortUnits";

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  // Fluent's table is fixed-layout (equal columns): long unit names then ran into the target column.
  table: { tableLayout: "auto" },
  // Fluent pads every cell 8 px each side: 112 px of a 350 px pane for seven columns. 3 px keeps 6 px
  // between neighbouring numbers.
  cell: { whiteSpace: "nowrap", paddingLeft: "3px", paddingRight: "3px" },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  barCell: { minWidth: "44px" },
  // The percentage over a thin bar, not beside it: the column is then no wider than its number.
  bar: { display: "flex", flexDirection: "column", gap: "2px" },
  track: { height: "4px", borderRadius: "2px", backgroundColor: tokens.colorNeutralBackground5, overflow: "hidden" },
  fill: { height: "100%" },
  low: { backgroundColor: tokens.colorPaletteRedBackground3 },
  mid: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  high: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  none: { backgroundColor: tokens.colorNeutralBackground5 },
  pct: { textAlign: "end", fontVariantNumeric: "tabular-nums", lineHeight: tokens.lineHeightBase100 },
});

const COLUMNS: { key: UnitColumn & LabelKey; head: StringKey; numeric: boolean }[] = [
  { key: "unit", head: "colUnit", numeric: false },
  { key: "target", head: "colTarget", numeric: true },
  { key: "valid", head: "colValid", numeric: true },
  { key: "completion", head: "colCompletion", numeric: false },
  { key: "gap", head: "colGap", numeric: true },
  { key: "expiring", head: "colExpiring", numeric: true },
  { key: "awards", head: "colAwards", numeric: true },
];

function CompletionBar({ ratio }: { ratio: number | null }) {
  const styles = useStyles();
  const band: Band = completionBand(ratio);
  return (
    <div className={styles.bar}>
      <span className={styles.pct}>{formatPercent(ratio)}</span>
      <div className={styles.track} aria-hidden="true">
        <div className={`${styles.fill} ${styles[band]}`} style={{ width: `${Math.min(1, ratio ?? 0) * 100}%` }} />
      </div>
    </div>
  );
}

export function UnitTable({ units, total }: { units: UnitRow[]; total: UnitRow }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [sort, setSort] = useState<UnitSort | null>(null);
  const rows = sortUnits(units, sort, lang);
  const num = mergeClasses(styles.cell, styles.num);

  const cells = (u: UnitRow, isTotal: boolean) => (
    <TableRow key={isTotal ? "__total" : u.unit} className={isTotal ? styles.total : undefined} data-testid={isTotal ? "unit-total" : "unit-row"}>
      <TableCell className={styles.cell}>{isTotal ? label(lang, "total") : u.unit}</TableCell>
      <TableCell className={num}>{formatCount(u.target, lang)}</TableCell>
      <TableCell className={num}>{formatCount(u.valid, lang)}</TableCell>
      <TableCell className={mergeClasses(styles.cell, styles.barCell)}>
        <CompletionBar ratio={u.completion} />
      </TableCell>
      <TableCell className={num}>{formatCount(u.gap, lang)}</TableCell>
      <TableCell className={num}>{formatCount(u.expiring, lang)}</TableCell>
      <TableCell className={num} title={t("awardsExact", { amount: formatCny(u.awards, lang) })}>
        {formatWan(u.awards, lang)}
      </TableCell>
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
                className={c.numeric ? num : styles.cell}
                sortDirection={sort?.column === c.key ? sort.direction : undefined}
                onClick={() => setSort(nextSort(sort, c.key))}
                title={t("sortBy", { column: label(lang, c.key) })}
                button={{ "aria-label": label(lang, c.key) }}
              >
                {t(c.head)}
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
