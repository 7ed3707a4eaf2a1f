/**
 * 逐月有效数与目标 (DOMAIN.md section 13): the district's valid count at each month end of the year as a
 * line, against the year's target as a dashed line; a select switches to one unit's line and target. An
 * SVG drawn to the pane's width: a 320 px pane keeps 10 px labels, months labelled every other one. Colours
 * are theme tokens, so the light and dark themes both read.
 */
import { makeStyles, Select, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { isoFromSerial, serialFromYmd, ymdFromSerial } from "../../domain/core/dates";
import { progressDateLabel } from "../../domain/report/progressSheet";
import type { Analysis } from "../../domain/core/types";
import { useI18n } from "../i18n/I18nContext";
import { formatCount } from "../state/format";

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  caption: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    rowGap: "2px",
  },
  pick: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
  },
  svg: { width: "100%", height: "auto", display: "block", overflow: "visible" },
  legend: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  key: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

const W = 300;
const H = 130;
const LEFT = 34;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 18;

export function ProgressChart({ analysis }: { analysis: Analysis }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const selectId = useId();
  const [unit, setUnit] = useState("");
  const a = analysis;
  if (a.progress.length === 0) return null;
  const row = unit === "" ? a.total : (a.units.find((u) => u.unit === unit) ?? a.total);
  const values = a.progress.map((p) =>
    unit === "" ? p.valid : (p.units.find((u) => u.unit === unit)?.valid ?? 0)
  );
  const target = row.target;
  const hi = Math.max(1, ...values, target ?? 0);
  const lo = Math.max(0, Math.min(...values, target ?? Infinity));
  // Some room above and below, so a line at the target or at the lowest month is not drawn on the frame.
  const span = Math.max(1, hi - lo);
  const top = hi + span * 0.1;
  const bottom = Math.max(0, lo - span * 0.1);
  const y = (v: number) => TOP + ((top - v) / (top - bottom)) * (H - TOP - BOTTOM);
  const x = (month: number) => LEFT + ((month - 1) / 11) * (W - LEFT - RIGHT);
  const months = a.progress.map((p) => ymdFromSerial(p.date).m);
  const path = values
    .map((v, i) => `${i === 0 ? "M" : "L"}${x(months[i]).toFixed(1)},${y(v).toFixed(1)}`)
    .join(" ");
  // The 附件's column heads, so the pane and the bulletin name the months alike.
  const monthLabel = (m: number) => progressDateLabel(serialFromYmd(a.year, m, 1), true, lang);
  const last = a.progress[a.progress.length - 1];
  const who = unit === "" ? t("progressDistrict") : unit;
  const label = t("progressLabel", {
    who,
    last: formatCount(values[values.length - 1], lang),
    date: isoFromSerial(last.date),
    target: target === null ? t("progressNoTarget") : formatCount(target, lang),
  });
  const text = { fontSize: 10, fill: tokens.colorNeutralForeground2 };
  return (
    <figure className={styles.figure} data-testid="progress-chart">
      <figcaption className={styles.caption}>
        <span>{t("progressTitle")}</span>
        <span className={styles.pick}>
          <label htmlFor={selectId}>{t("progressWhich")}</label>
          <Select
            id={selectId}
            size="small"
            value={unit}
            onChange={(_, d) => setUnit(d.value)}
            data-testid="progress-unit"
          >
            <option value="">{t("progressDistrict")}</option>
            {a.units.map((u) => (
              <option key={u.unit} value={u.unit}>
                {u.unit}
              </option>
            ))}
          </Select>
        </span>
      </figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <line
          x1={LEFT}
          x2={W - RIGHT}
          y1={H - BOTTOM}
          y2={H - BOTTOM}
          style={{ stroke: tokens.colorNeutralStroke1 }}
          strokeWidth={1}
        />
        {[1, 3, 5, 7, 9, 11].map((m) => (
          <text
            key={m}
            x={x(m)}
            y={H - 4}
            textAnchor="middle"
            style={text}
            data-testid="progress-month"
          >
            {monthLabel(m)}
          </text>
        ))}
        <text x={LEFT - 4} y={y(hi) + 3} textAnchor="end" style={text}>
          {formatCount(hi, lang)}
        </text>
        <text x={LEFT - 4} y={y(lo) + 3} textAnchor="end" style={text}>
          {formatCount(lo, lang)}
        </text>
        {target !== null && (
          <line
            data-testid="progress-target"
            x1={LEFT}
            x2={W - RIGHT}
            y1={y(target)}
            y2={y(target)}
            style={{ stroke: tokens.colorPaletteDarkOrangeForeground1 }}
            strokeWidth={1.5}
            strokeDasharray="5 3"
          />
        )}
        <path
          d={path}
          fill="none"
          style={{ stroke: tokens.colorBrandForeground1 }}
          strokeWidth={2}
          strokeLinejoin="round"
          data-testid="progress-line"
        />
        {values.map((v, i) => (
          <circle
            key={i}
            cx={x(months[i])}
            cy={y(v)}
            r={2.5}
            style={{ fill: tokens.colorBrandForeground1 }}
          />
        ))}
      </svg>
      <span className={styles.legend} aria-hidden="true">
        <span className={styles.key}>
          <svg width="16" height="8">
            <line
              x1="0"
              x2="16"
              y1="4"
              y2="4"
              style={{ stroke: tokens.colorBrandForeground1 }}
              strokeWidth={2}
            />
          </svg>
          {t("legendValid")}
        </span>
        <span className={styles.key}>
          <svg width="16" height="8">
            <line
              x1="0"
              x2="16"
              y1="4"
              y2="4"
              style={{ stroke: tokens.colorPaletteDarkOrangeForeground1 }}
              strokeWidth={1.5}
              strokeDasharray="4 2"
            />
          </svg>
          {t("legendTarget")}
        </span>
      </span>
    </figure>
  );
}
