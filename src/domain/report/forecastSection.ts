/**
 * The forecast sentence of the bulletin's summary (docs/rules.md section 8): the district's year-end forecast
 * against its target, what it takes, and the rates behind it. The task pane shows the same sentence.
 */
import { MIN_RENEWAL_BASE } from "../pool/forecast";
import type { Analysis, Lang } from "../core/types";
import type { ReportGrid } from "./grid";
import { reportText } from "./labels";
import { COLORS } from "./palette";
import type { ReportContext } from "./reportContext";

const count = (n: number): string => n.toLocaleString("en-US");

/** A rate as a percentage with at most one decimal: 0.7 -> "70%", 0.7234 -> "72.3%". */
export function percentText(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

/**
 * "按当前培育库和续认率，预计年末 1,538 家，距目标差 82 家，还需推出约 118 家。" and the rates. The forecast is
 * shown rounded and the gap as the target less the rounded forecast, so the figures add up as printed.
 */
export function forecastSentence(analysis: Analysis, lang: Lang): string {
  const { total, forecastBasis: basis } = analysis;
  const forecast = Math.round(total.forecast.value);
  const target = total.target;
  let main: string;
  if (target === null || total.forecast.needed === null) main = reportText(lang, "forecastNoTarget", { forecast: count(forecast) });
  else if (total.forecast.needed === 0) main = reportText(lang, "forecastMet", { forecast: count(forecast), target: count(target) });
  else {
    // Rounded, the forecast may reach the target while the expected value falls short of it.
    const gap = target - forecast;
    const vars = { forecast: count(forecast), gap: count(gap), needed: count(total.forecast.needed) };
    main = reportText(lang, gap > 0 ? "forecastShort" : "forecastNearly", vars);
  }
  const vars = {
    rate: percentText(basis.renewalRate),
    pass: percentText(basis.passRate),
    from: basis.year - 2,
    to: basis.year - 1,
    base: count(basis.renewalBase),
    renewed: count(basis.renewalRenewed),
    min: MIN_RENEWAL_BASE,
  };
  const key = basis.renewalSource === "data" ? "basisData" : basis.renewalSource === "default" ? "basisDefault" : "basisSetting";
  return main + reportText(lang, key, vars);
}

/** Appends the forecast sentence as one merged, wrapped row (its height follows the text). */
export function addForecastSummary(grid: ReportGrid, ctx: ReportContext): void {
  const row = grid.addText(forecastSentence(ctx.analysis, ctx.lang), { wrap: true, vAlign: "top", fontColor: COLORS.titleFont });
  grid.textSection("forecast", row);
}
