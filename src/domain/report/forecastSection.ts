/**
 * The forecast sentence of the bulletin's summary (docs/rules.md section 8): the district's year-end forecast
 * against its target and what it takes. The bulletin gives the rates behind it in a note under its table
 * (forecastBasisText); the task pane shows the sentence with the rates.
 */
import { MIN_RENEWAL_BASE } from "../pool/forecast";
import type { Analysis, Lang } from "../core/types";
import { yearEnd } from "../core/dates";
import type { ReportGrid } from "./grid";
import { reportText } from "./labels";
import { COLORS } from "./palette";
import { proseCount } from "./prose";
import type { ReportContext } from "./reportContext";

/** A rate as a percentage with at most one decimal: 0.7 -> "70%", 0.7234 -> "72.3%". */
export function percentText(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

/**
 * "按当前培育库和续认率测算，预计年末1538家，距目标差82家，还需推出约118家。" The forecast is shown rounded and
 * the gap as the target less the rounded forecast, so the figures add up as printed. At the year end the
 * valid count is final, so the sentence opens by saying the forecast adds the applications not yet decided.
 */
export function forecastLead(analysis: Analysis, lang: Lang): string {
  const { total } = analysis;
  const count = (n: number): string => proseCount(n, lang);
  const forecast = Math.round(total.forecast.value);
  const target = total.target;
  let main: string;
  if (target === null || total.forecast.needed === null)
    main = reportText(lang, "forecastNoTarget", { forecast: count(forecast) });
  else if (total.forecast.needed === 0)
    main = reportText(lang, "forecastMet", { forecast: count(forecast), target: count(target) });
  else {
    // Rounded, the forecast may reach the target while the expected value falls short of it.
    const gap = target - forecast;
    const vars = {
      forecast: count(forecast),
      gap: count(gap),
      needed: count(total.forecast.needed),
    };
    main = reportText(lang, gap > 0 ? "forecastShort" : "forecastNearly", vars);
  }
  const lead = reportText(
    lang,
    analysis.asOf === yearEnd(analysis.year) ? "forecastLeadYearEnd" : "forecastLead"
  );
  return lead + main;
}

/** The rates behind the forecast and where they came from, as the bulletin's note says them. */
export function forecastBasisText(analysis: Analysis, lang: Lang): string {
  const basis = analysis.forecastBasis;
  const count = (n: number): string => proseCount(n, lang);
  const vars = {
    rate: percentText(basis.renewalRate),
    pass: percentText(basis.passRate),
    from: basis.year - 2,
    to: basis.year - 1,
    base: count(basis.renewalBase),
    renewed: count(basis.renewalRenewed),
    min: MIN_RENEWAL_BASE,
  };
  const key =
    basis.renewalSource === "data"
      ? "basisData"
      : basis.renewalSource === "default"
        ? "basisDefault"
        : "basisSetting";
  return reportText(lang, key, vars);
}

/** The rates as a sentence of their own: the bulletin's note, and the pane's second sentence. */
export function forecastBasisSentence(analysis: Analysis, lang: Lang): string {
  const basis = forecastBasisText(analysis, lang);
  return lang === "zh-CN" ? `${basis}。` : `${basis[0].toUpperCase()}${basis.slice(1)}.`;
}

/** The sentence and then its rates, as the task pane shows them. */
export function forecastSentence(analysis: Analysis, lang: Lang): string {
  return (
    forecastLead(analysis, lang) +
    (lang === "zh-CN" ? "" : " ") +
    forecastBasisSentence(analysis, lang)
  );
}

/** Appends the forecast sentence (without its rates: they are a note) as one merged, wrapped row. */
export function addForecastSummary(grid: ReportGrid, ctx: ReportContext): void {
  const row = grid.addText(forecastLead(ctx.analysis, ctx.lang), {
    wrap: true,
    vAlign: "top",
    fontSize: 11,
    fontColor: COLORS.bodyFont,
  });
  grid.textSection("forecast", row);
}
