/** The district headline: valid vs target, completion, and net increase against the year's goal. */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../domain/core/types";
import { t as label } from "../../domain/core/i18n";
import { useI18n } from "../i18n/I18nContext";
import { formatCount, formatPercent, formatSigned } from "../state/format";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS + " " + tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  big: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The district's net-increase goal for the year: the rise of the total target over the previous year, when the table has both. */
export function netGoal(a: Analysis): number | null {
  const prevYear = a.year - 1;
  if (!a.targets.years.includes(prevYear) || a.total.target === null) return null;
  const prev =
    a.targets.declaredTotals[prevYear] ??
    a.targets.units.reduce((n, u) => n + (a.targets.targets[u]?.[prevYear] ?? 0), 0);
  return a.total.target - prev;
}

export function Headline({ analysis }: { analysis: Analysis }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const total = analysis.total;
  const goal = netGoal(analysis);
  return (
    <section aria-label={t("district")} className={styles.grid}>
      <div className={styles.card}>
        <Text>{t("validVsTarget")}</Text>
        <span className={styles.big} data-testid="headline-valid">
          {formatCount(total.valid, lang)}
        </span>
        <Text size={200}>{t("ofTarget", { target: formatCount(total.target, lang) })}</Text>
      </div>
      <div className={styles.card}>
        <Text>{label(lang, "completion")}</Text>
        <span className={styles.big}>{formatPercent(total.completion)}</span>
        <Text size={200}>{t("targetYear", { year: analysis.year })}</Text>
      </div>
      <div className={styles.card}>
        <Text>{label(lang, "netIncrease")}</Text>
        <span className={styles.big}>{formatSigned(total.netIncrease, lang)}</span>
        <Text size={200}>
          {goal === null ? t("netNoGoal") : t("netGoal", { goal: goal.toLocaleString(lang) })}
        </Text>
      </div>
    </section>
  );
}
