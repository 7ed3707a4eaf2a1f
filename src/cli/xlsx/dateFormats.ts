/**
 * Which number formats show a date or time. Built-in formats are known by id (ECMA-376 part 1,
 * 18.8.30, with the East Asian ids 27-36 and 50-58 that Chinese and Japanese Excel map to dates);
 * a custom format is a date format when, once its quoted text, escaped characters, [..] brackets
 * (colours, conditions, locales; also [h]/[m]/[s], which still count through their letter) and
 * fill/space directives are set aside, it holds one of the date or time letters y m d h s.
 */

const BUILT_IN_DATES = new Set<number>([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Elapsed-time brackets count as time; other bracketed text (colours, [$-804], [>=100]) does not. */
const ELAPSED = /^\[(h+|m+|s+)\]$/i;

/** True for a built-in date or time format id. */
export function isBuiltInDateFormat(id: number): boolean {
  return BUILT_IN_DATES.has(id);
}

/** True when a format code shows a date or time. */
export function isDateFormatCode(code: string): boolean {
  // Only the first section matters for positive numbers, which dates are.
  let plain = "";
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const close = code.indexOf('"', i + 1);
      i = close < 0 ? code.length : close;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++; // the next character is literal, a width, or a fill
    } else if (ch === "[") {
      const close = code.indexOf("]", i + 1);
      const bracket = code.slice(i, close < 0 ? code.length : close + 1);
      if (ELAPSED.test(bracket)) plain += bracket[1];
      i = close < 0 ? code.length : close;
    } else if (ch === ";") {
      break;
    } else plain += ch;
  }
  // "General", "0.00E+00" and "AM/PM" (only ever beside h) need no exception.
  return /[ymdhs]/i.test(plain);
}
