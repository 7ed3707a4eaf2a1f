/**
 * The comparison the CLI asks for with the analysis (the bulletin's 较上期): kept without its lists, it
 * is the analysis at that date's date and per-unit rows, and the analysis at the as-of date is the one
 * made without a comparison.
 */
import * as path from "path";
import { analyseFileAt } from "../../src/cli/analyseFile";
import { packageRoot } from "../../src/cli/packageRoot";
import { serialFromYmd } from "../../src/domain/core/dates";
import { comparisonOf } from "../../src/domain/report/bulletinFigures";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";

jest.setTimeout(120_000);

describe("the sample with a comparison date", () => {
  const file = path.join(packageRoot(), "samples", "jinshan-sample.xlsx");
  const asOf = serialFromYmd(2023, 12, 31);
  const compareAt = serialFromYmd(2022, 12, 31);

  it("gives the comparison's date and rows, and the same analysis as without one", async () => {
    const alone = await analyseFileAt(file, { asOf, settings: DEFAULT_SETTINGS });
    const both = await analyseFileAt(file, { asOf, settings: DEFAULT_SETTINGS, compareAt });
    expect(alone.compare).toBeUndefined();
    expect(both.compare).toEqual(comparisonOf(alone.at(compareAt)));
    expect(Object.keys(both.compare ?? {}).sort()).toEqual(["asOf", "total", "units"]);
    expect(both.compare?.asOf).toBe(compareAt);
    expect(both.analysis).toEqual(alone.analysis);
    // The comparison is of another date: some unit counts differ, or the check above proves nothing.
    expect(both.compare?.total.valid).not.toBe(both.analysis.total.valid);
  });
});

describe("the office-shaped workbook with a comparison date", () => {
  const file = path.join(packageRoot(), "test", "fixtures", "office-workbook.xlsx");
  const asOf = serialFromYmd(2024, 6, 30);
  const compareAt = serialFromYmd(2023, 12, 31);

  // Its 迁入 sheet repeats a roster certificate and brings the credit code the roster row lacks: the
  // duplicate finding names what it brought whether or not a comparison is made.
  it("names what a duplicate brought, as without a comparison", async () => {
    const alone = await analyseFileAt(file, { asOf, settings: DEFAULT_SETTINGS });
    const both = await analyseFileAt(file, { asOf, settings: DEFAULT_SETTINGS, compareAt });
    const brought = (a: typeof alone.analysis): string[] =>
      a.findings.filter((f) => f.code === "duplicate").map((f) => f.message["zh-CN"]);
    expect(brought(alone.analysis).some((m) => m.includes("统一社会信用代码"))).toBe(true);
    expect(both.analysis).toEqual(alone.analysis);
  });
});
