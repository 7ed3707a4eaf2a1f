/** The per-unit table as aligned plain text for a terminal, counting CJK characters as two columns. */
import { reportText, type ReportTextKey } from "../domain/report/labels";
import { isWideChar } from "../domain/report/textWidth";
import { terminalLine } from "./terminalLine";
import type { Analysis, Lang, UnitRow } from "../domain/core/types";

/** Display width of a string in a monospaced terminal (East Asian wide and full-width characters take two). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWideChar(ch.codePointAt(0) as number) ? 2 : 1;
  return w;
}

const pad = (s: string, width: number, right: boolean): string => {
  const fill = " ".repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
};

const HEADER_KEYS: ReportTextKey[] = [
  "unit",
  "target",
  "valid",
  "completion",
  "gap",
  "netIncrease",
  "expiring",
  "awards",
  "forecast",
  "needed",
];

// n + 0 turns -0 (a cell holding "-0") into 0, which toLocaleString would show as "-0".
const int = (n: number): string => (n + 0).toLocaleString("en-US");

function cells(u: UnitRow): string[] {
  return [
    u.unit,
    u.target === null ? "—" : int(u.target),
    int(u.valid),
    u.completion === null ? "—" : (u.completion * 100).toFixed(1) + "%",
    u.gap === null ? "—" : int(u.gap),
    (u.netIncrease > 0 ? "+" : "") + int(u.netIncrease),
    int(u.expiring),
    int(u.awards),
    // The forecast is an expected value: shown rounded (the JSON keeps it exact).
    int(Math.round(u.forecast.value)),
    u.forecast.needed === null ? "—" : int(u.forecast.needed),
  ];
}

/**
 * Rows under a title as an aligned table: header, rule, body, rule, the total row; columns separated by
 * two spaces, the first left-aligned and the others (numbers) right-aligned.
 */
export function formatAligned(
  title: string,
  header: string[],
  body: string[][],
  total: string[]
): string {
  // Unit names and the title come from workbooks and settings: shown as written, never driving the terminal.
  const clean = (r: string[]): string[] => r.map(terminalLine);
  title = terminalLine(title);
  header = clean(header);
  body = body.map(clean);
  total = clean(total);
  const rows = [header, ...body, total];
  const widths = header.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c]))));
  const line = (r: string[]): string =>
    r
      .map((s, c) => pad(s, widths[c], c > 0))
      .join("  ")
      .trimEnd();
  const rule = "-".repeat(widths.reduce((s, w) => s + w, 0) + 2 * (widths.length - 1));
  return [title, line(header), rule, ...body.map(line), rule, line(total)].join("\n") + "\n";
}

/** The table, one line per unit plus 合计, columns separated by two spaces, numbers right-aligned. */
export function formatUnitTable(a: Analysis, lang: Lang, title: string): string {
  const headers = HEADER_KEYS.map((k) => reportText(lang, k));
  return formatAligned(title, headers, a.units.map(cells), cells(a.total));
}
