/**
 * The per-unit table: sortable by any column, completion as a bar in the report's band colours, 合计 last.
 * A task pane is often 320-420 px wide: heads are short words, no cell wraps, and padding is tight, so
 * seven columns usually fit (awards in 万, the unit in the head). The year-end forecast's two columns
 * (预计年末, 还需) do not fit beside them: below WIDE_PX a switch shows them in place of 到期 and 奖励; a
 * wider pane shows all nine. Whatever the fonts, columns that still do not fit give way from the right
 * (useFitColumns): a note names them and a unit's name opens their values under its row. At the end of
 * each completion bar a small mark says how the unit's count moved since the last month end (up, flat,
 * down), named for screen readers; it takes no width of its own (the bar gives way).
 */
import {
  makeStyles,
  mergeClasses,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { Fragment, useLayoutEffect, useRef, useState } from "react";
import type { UnitRow } from "../../domain/core/types";
import { useI18n } from "../i18n/I18nContext";
import type { StringKey } from "../i18n/strings";
import { t as label, type LabelKey } from "../../domain/core/i18n";
import {
  completionBand,
  formatCny,
  formatCount,
  formatPercent,
  formatWan,
  type Band,
} from "../state/format";
import { nextSort, sortUnits, type UnitColumn, type UnitSort } from "./sortUnits";
import type { Trend } from "./trend";
import { useTableStyles } from "../components/paneStyles";
import { useFitColumns } from "../state/useFitColumns";
import { HiddenColumnsNote, RowDetail, UnitName, useOpenRows } from "../components/FitTable";

/** Pane width (px) from which all nine columns fit side by side. */
export const WIDE_PX = 480;

const useOwnStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  toggle: { alignSelf: "flex-end" },
  // The sort arrow goes under its head when the pane is too narrow to have it beside (完成率 ↓).
  headButton: { flexWrap: "wrap", rowGap: 0 },
  // As wide as "100.0%" (12 px tabular figures), no wider: the bar takes the rest of the column.
  barCell: { minWidth: "34px" },
  // The percentage over a thin bar, not beside it: the column is then no wider than its number.
  bar: { display: "flex", flexDirection: "column", gap: "2px" },
  track: {
    height: "4px",
    borderRadius: "2px",
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: "hidden",
  },
  fill: { height: "100%" },
  low: { backgroundColor: tokens.colorPaletteRedBackground3 },
  mid: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  high: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  none: { backgroundColor: tokens.colorNeutralBackground5 },
  pct: {
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
    lineHeight: tokens.lineHeightBase100,
  },
  barLine: { display: "flex", alignItems: "center", gap: "2px" },
  grow: { flexGrow: 1, minWidth: 0 },
  trend: { flexShrink: 0, display: "block" },
  up: { fill: tokens.colorPaletteGreenForeground1 },
  flat: { fill: tokens.colorNeutralForeground3 },
  down: { fill: tokens.colorPaletteRedForeground1 },
});

/** The mark's shape, 7 x 6 px: a triangle up or down, a bar when flat (shape as well as colour). */
const TREND_SHAPE = {
  up: <polygon points="0,6 3.5,0 7,6" />,
  flat: <rect x="0" y="2" width="7" height="2" />,
  down: <polygon points="0,0 7,0 3.5,6" />,
} as const;

/** Which columns a narrow pane shows: the year so far, or the forecast's instead of 到期 and 奖励. */
type Group = "always" | "progress" | "forecast";

/** `help`: what the short head means, in its tooltip. */
const COLUMNS: {
  key: UnitColumn & LabelKey;
  head: StringKey;
  numeric: boolean;
  group: Group;
  help?: StringKey;
}[] = [
  { key: "unit", head: "colUnit", numeric: false, group: "always" },
  { key: "target", head: "colTarget", numeric: true, group: "always" },
  { key: "valid", head: "colValid", numeric: true, group: "always" },
  { key: "completion", head: "colCompletion", numeric: false, group: "always" },
  { key: "gap", head: "colGap", numeric: true, group: "always", help: "helpGap" },
  { key: "expiring", head: "colExpiring", numeric: true, group: "progress", help: "helpExpiring" },
  { key: "awards", head: "colAwards", numeric: true, group: "progress" },
  { key: "forecast", head: "colForecast", numeric: true, group: "forecast", help: "helpForecast" },
  { key: "needed", head: "colNeeded", numeric: true, group: "forecast", help: "helpNeeded" },
];

const useStyles = () => ({ ...useTableStyles(), ...useOwnStyles() });

/** Whether the element is at least `px` wide, followed as the pane is resized. */
function useWide(px: number): [React.RefObject<HTMLDivElement | null>, boolean] {
  const ref = useRef<HTMLDivElement>(null);
  const [wide, setWide] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWide(el.clientWidth >= px);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => setWide(entries[0].contentRect.width >= px));
    observer.observe(el);
    return () => observer.disconnect();
  }, [px]);
  return [ref, wide];
}

function CompletionBar({ ratio, trend }: { ratio: number | null; trend?: Trend }) {
  const styles = useStyles();
  const band: Band = completionBand(ratio);
  return (
    <div className={styles.bar}>
      <span className={styles.pct}>{formatPercent(ratio)}</span>
      <div className={styles.barLine}>
        <div className={mergeClasses(styles.track, styles.grow)} aria-hidden="true">
          <div
            className={`${styles.fill} ${styles[band]}`}
            style={{ width: `${Math.min(1, ratio ?? 0) * 100}%` }}
          />
        </div>
        {trend && <TrendMark trend={trend} />}
      </div>
    </div>
  );
}

function TrendMark({ trend }: { trend: Trend }) {
  const { t } = useI18n();
  const styles = useStyles();
  const n = Math.abs(trend.change);
  const name =
    trend.direction === "up"
      ? t("trendUp", { n })
      : trend.direction === "down"
        ? t("trendDown", { n })
        : t("trendFlat");
  return (
    // The tooltip on a wrapper: an SVG <title> would add its words to the cell's text.
    <span title={name} className={styles.trend}>
      <svg
        role="img"
        aria-label={name}
        width="7"
        height="6"
        viewBox="0 0 7 6"
        className={mergeClasses(styles.trend, styles[trend.direction])}
        data-testid="unit-trend"
        data-direction={trend.direction}
      >
        {TREND_SHAPE[trend.direction]}
      </svg>
    </span>
  );
}

/** `trends`: each unit's move since the last month end, by unit name ("" the district's); none when absent. */
export function UnitTable({
  units,
  total,
  trends,
}: {
  units: UnitRow[];
  total: UnitRow;
  trends?: Map<string, Trend>;
}) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [sort, setSort] = useState<UnitSort | null>(null);
  const [showForecast, setShowForecast] = useState(false);
  const [wrapRef, wide] = useWide(WIDE_PX);
  const rows = sortUnits(units, sort, lang);
  const num = mergeClasses(styles.cell, styles.num);
  const inGroup = COLUMNS.filter(
    (c) => wide || c.group === "always" || (c.group === "forecast") === showForecast
  );
  // The unit and its completion always stay; the other columns give way from the right.
  const droppable = inGroup.filter((c) => c.key !== "unit" && c.key !== "completion").reverse();
  const { boxRef, hidden } = useFitColumns(droppable.length, [
    units,
    total,
    lang,
    wide,
    showForecast,
    sort?.column,
    sort?.direction,
  ]);
  const away = new Set(droppable.slice(0, hidden).map((c) => c.key));
  const shown = inGroup.filter((c) => !away.has(c.key));
  const hiddenColumns = inGroup.filter((c) => away.has(c.key));
  const { isOpen, toggle } = useOpenRows();
  const headText = (c: (typeof COLUMNS)[number]) => t(c.head).replace("\n", "");
  const text = (u: UnitRow, key: UnitColumn) => {
    if (key === "awards") return formatWan(u.awards, lang);
    if (key === "forecast") return formatCount(Math.round(u.forecast.value), lang);
    if (key === "needed") return formatCount(u.forecast.needed, lang);
    if (key === "unit" || key === "completion") return "";
    return formatCount(u[key], lang);
  };

  const cell = (u: UnitRow, key: UnitColumn, isTotal: boolean) => {
    switch (key) {
      case "unit": {
        const name = isTotal ? label(lang, "total") : u.unit;
        const rowKey = isTotal ? "__total" : u.unit;
        return (
          <TableCell key={key} className={styles.cell}>
            <UnitName
              name={name}
              expandable={hidden > 0}
              open={isOpen(rowKey)}
              onToggle={() => toggle(rowKey)}
            />
          </TableCell>
        );
      }
      case "completion":
        return (
          <TableCell key={key} className={mergeClasses(styles.cell, styles.barCell)}>
            <CompletionBar ratio={u.completion} trend={trends?.get(isTotal ? "" : u.unit)} />
          </TableCell>
        );
      case "awards":
        return (
          <TableCell
            key={key}
            className={num}
            title={t("awardsExact", { amount: formatCny(u.awards, lang) })}
          >
            {text(u, key)}
          </TableCell>
        );
      case "forecast": {
        // An expected value: rounded here, its terms in the tooltip (the JSON keeps it exact).
        const f = u.forecast;
        const one = (n: number) => n.toLocaleString(lang, { maximumFractionDigits: 1 });
        const terms = {
          value: one(f.value),
          valid: one(u.valid),
          dropping: one(f.dropping),
          renewed: one(f.renewed),
          added: one(f.new),
        };
        return (
          <TableCell
            key={key}
            className={num}
            title={t("forecastTerms", terms)}
            data-testid="unit-forecast"
          >
            {text(u, key)}
          </TableCell>
        );
      }
      case "needed":
        return (
          <TableCell key={key} className={num} data-testid="unit-needed">
            {text(u, key)}
          </TableCell>
        );
      default:
        return (
          <TableCell key={key} className={num}>
            {text(u, key)}
          </TableCell>
        );
    }
  };
  const cells = (u: UnitRow, isTotal: boolean) => {
    const rowKey = isTotal ? "__total" : u.unit;
    return (
      <Fragment key={rowKey}>
        <TableRow
          className={isTotal ? styles.total : undefined}
          data-testid={isTotal ? "unit-total" : "unit-row"}
        >
          {shown.map((c) => cell(u, c.key, isTotal))}
        </TableRow>
        {hidden > 0 && isOpen(rowKey) && (
          <RowDetail
            span={shown.length}
            items={hiddenColumns.map((c) => ({ name: headText(c), value: text(u, c.key) }))}
          />
        )}
      </Fragment>
    );
  };

  return (
    <div className={styles.wrap} ref={wrapRef}>
      {!wide && (
        <Switch
          className={styles.toggle}
          checked={showForecast}
          onChange={(_, d) => setShowForecast(d.checked)}
          label={t("showForecast")}
          data-testid="forecast-toggle"
        />
      )}
      <HiddenColumnsNote names={hiddenColumns.map(headText)} />
      <div className={styles.scroll} ref={boxRef}>
        <Table className={styles.table} size="extra-small" sortable aria-label={t("perUnit")}>
          <TableHeader>
            <TableRow>
              {shown.map((c) => (
                <TableHeaderCell
                  key={c.key}
                  className={c.numeric ? num : styles.cell}
                  sortDirection={sort?.column === c.key ? sort.direction : undefined}
                  onClick={() => setSort(nextSort(sort, c.key))}
                  title={[c.help && t(c.help), t("sortBy", { column: label(lang, c.key) })]
                    .filter(Boolean)
                    .join("\n")}
                  button={{ "aria-label": label(lang, c.key), className: styles.headButton }}
                >
                  <span className={styles.headLines}>
                    {t(c.head)
                      .split("\n")
                      .map((line) => (
                        <span key={line}>{line}</span>
                      ))}
                  </span>
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
    </div>
  );
}
