/**
 * Each unit's valid count (filled bar) against its target (outlined bar), one row a unit. Rows rather
 * than columns, so every unit keeps its whole name (two-character abbreviations made 金山卫镇 read as
 * 金山 and 新金山发展公司 as 新金) and its figures ("有效 / 目标") beside the bars, in a 320 px pane.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { UnitRow } from "../../domain/core/types";
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
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
  },
  legend: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  key: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { display: "inline-block", width: "12px", height: "8px", boxSizing: "border-box" },
  rows: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(40px, 1fr) max-content",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "3px",
    alignItems: "center",
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
  row: { display: "contents" },
  name: { whiteSpace: "nowrap", color: tokens.colorNeutralForeground1 },
  track: { position: "relative", height: "10px" },
  valid: {
    position: "absolute",
    left: 0,
    top: "1px",
    bottom: "1px",
    backgroundColor: tokens.colorBrandBackground,
  },
  target: {
    position: "absolute",
    left: 0,
    top: 0,
    bottom: 0,
    boxSizing: "border-box",
    border: `1px solid ${tokens.colorNeutralForeground2}`,
  },
  value: {
    whiteSpace: "nowrap",
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
    color: tokens.colorNeutralForeground2,
  },
});

const percent = (v: number, max: number) => `${(Math.max(0, v) / max) * 100}%`;

export function UnitChart({ units }: { units: UnitRow[] }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const max = Math.max(1, ...units.map((u) => Math.max(u.valid, u.target ?? 0)));
  return (
    <figure className={styles.figure} data-testid="unit-chart">
      <figcaption className={styles.caption}>
        <span>{t("chartTitle")}</span>
        <span className={styles.legend} data-testid="chart-legend">
          <span className={styles.key}>
            <span
              className={mergeClasses(styles.swatch, styles.valid)}
              style={{ position: "static" }}
              aria-hidden="true"
            />
            {t("legendValid")}
          </span>
          <span className={styles.key}>
            <span
              className={mergeClasses(styles.swatch, styles.target)}
              style={{ position: "static" }}
              aria-hidden="true"
            />
            {t("legendTarget")}
          </span>
        </span>
      </figcaption>
      <ul className={styles.rows} aria-label={t("chartLabel")}>
        {units.map((u) => {
          const figures =
            u.target === null
              ? formatCount(u.valid, lang)
              : `${formatCount(u.valid, lang)} / ${formatCount(u.target, lang)}`;
          return (
            <li key={u.unit} className={styles.row} data-testid="chart-row">
              <span className={styles.name}>{u.unit}</span>
              <span className={styles.track} aria-hidden="true">
                <span className={styles.valid} style={{ width: percent(u.valid, max) }} />
                {u.target !== null && (
                  <span className={styles.target} style={{ width: percent(u.target, max) }} />
                )}
              </span>
              <span className={styles.value}>{figures}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
