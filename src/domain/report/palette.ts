/**
 * The report's house style in one place: colours, number formats and column widths, so that both
 * renderers and every section agree and a restyle is a one-file change.
 */

export const COLORS = {
  /** Titles and running text are black, as an official document prints them. */
  titleFont: "000000",
  bodyFont: "000000",
  headerFill: "1F4E79",
  headerFont: "FFFFFF",
  captionFont: "1F4E79",
  totalFill: "D9E1F2",
  noteFont: "595959",
  errorFont: "C00000",
  expiredFont: "C00000",
  /** Completion bands: fill and font pairs, as in Excel's built-in "good / neutral / bad" styles. */
  bandLow: { fill: "FFC7CE", font: "9C0006" },
  bandMid: { fill: "FFEB9C", font: "9C5700" },
  bandHigh: { fill: "C6EFCE", font: "006100" },
} as const;

/** Completion band limits: below LOW is red, from LOW to below HIGH amber, HIGH and above green. */
export const BAND_LOW = 0.6;
export const BAND_HIGH = 0.9;
/**
 * Upper bound of the amber band. Excel's "between" includes both ends, so the band stops just short
 * of HIGH; ratios of whole counts to targets below 10,000 never fall in the gap.
 */
export const BAND_MID_MAX = BAND_HIGH - 1e-9;

export const FORMATS = {
  text: "@",
  count: "#,##0",
  /** Gaps are negative above target. */
  signedCount: "#,##0;-#,##0;0",
  /** Net increase shows its sign. */
  delta: "+#,##0;-#,##0;0",
  percent: "0.0%",
  money: "#,##0",
  /** Summary money in 万元 (docs/rules.md section 11): two decimals keep it exact to 100 yuan. */
  wan: "#,##0.00",
  /** A change of completion in percentage points. */
  points: "+0.0;-0.0;0.0",
  date: "yyyy-mm-dd",
  integer: "0",
} as const;

export const FONT_SIZES = {
  title: 16,
  annexTitle: 14,
  subtitle: 10,
  caption: 12,
  body: 10,
  note: 9,
} as const;

/** Row heights in points for the title rows. */
export const ROW_HEIGHTS = { title: 28, subtitle: 18 } as const;

/** Series colours of the bulletin's chart: the target pale, the valid count in the house blue. */
/** The progress chart's target line: dashed, in a colour apart from the count's blue, in print and on screen. */
export const CHART_COLORS = { target: "BDD7EE", valid: "1F4E79", targetLine: "C55A11" } as const;

/** A subtotal row: bold on a lighter fill than 合计. */
export const SUBTOTAL_FILL = "EDF1F9";
