/** A small bar chart in plain SVG: each unit's valid count (filled) against its target (outline). */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { UnitRow } from "../../domain/types";
import { useI18n } from "../i18n/I18nContext";

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  valid: { fill: tokens.colorBrandBackground },
  target: { fill: "none", stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "9px" },
});

const BAR = 14;
const GAP = 6;
const HEIGHT = 110;
const LABEL_H = 30;

/** Unit names in the chart: their first two characters, as the bulletin's chart does for space. */
function shortName(unit: string): string {
  return unit.length > 3 ? unit.slice(0, 2) : unit.replace(/镇$/, "");
}

export function UnitChart({ units }: { units: UnitRow[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  const max = Math.max(1, ...units.map((u) => Math.max(u.valid, u.target ?? 0)));
  const width = units.length * (BAR + GAP) + GAP;
  const y = (v: number) => HEIGHT - (v / max) * (HEIGHT - 4);
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>{t("chartTitle")}</figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${width} ${HEIGHT + LABEL_H}`} role="img" aria-label={t("chartLabel")}>
        {units.map((u, i) => {
          const x = GAP + i * (BAR + GAP);
          return (
            <g key={u.unit}>
              <title>{`${u.unit}: ${u.valid}${u.target === null ? "" : ` / ${u.target}`}`}</title>
              <rect className={styles.valid} x={x} y={y(u.valid)} width={BAR} height={HEIGHT - y(u.valid)} />
              {u.target !== null && <rect className={styles.target} x={x - 1} y={y(u.target)} width={BAR + 2} height={HEIGHT - y(u.target)} />}
              <text className={styles.label} x={x + BAR / 2} y={HEIGHT + 10} textAnchor="middle">
                {shortName(u.unit).slice(0, 2)}
              </text>
              <text className={styles.label} x={x + BAR / 2} y={HEIGHT + 21} textAnchor="middle">
                {shortName(u.unit).slice(2)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
