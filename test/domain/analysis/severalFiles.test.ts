/**
 * Several workbooks read as one (docs/rules.md section 12): the bundled sample split by unit into town
 * files gives the same figures and lists as the one workbook, every row reference naming its file.
 */
import { analyseWorkbook } from "../../../src/domain/analysis/analyseWorkbook";
import { serialFromYmd } from "../../../src/domain/core/dates";
import type { Analysis, CellValue, SheetInput } from "../../../src/domain/core/types";
import { createUnitResolver, OTHER_UNIT } from "../../../src/domain/enterprise/units";
import { detectPoolHeader } from "../../../src/domain/pool/poolHeader";
import { detectHeader } from "../../../src/domain/roster/rosterHeader";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings/settings";
import { withMergesFilled } from "../../../src/domain/sheets/merges";
import { DEFAULT_TARGETS } from "../../../src/domain/targets/targetTable";
import sample from "../../../src/taskpane/preview/sample.json";

const SHEETS = sample as unknown as SheetInput[];

/**
 * The sample as one file per unit (其他 for blank and unknown units): each roster and pool row goes to
 * its unit's file at the same sheet row (other rows left empty), so row references stay comparable; the
 * notes, target table and contact log go to the first file.
 */
function splitByUnit(sheets: SheetInput[]): SheetInput[] {
  const resolve = createUnitResolver(DEFAULT_TARGETS.units, DEFAULT_SETTINGS.aliases);
  const units = DEFAULT_TARGETS.units;
  const files = units.includes(OTHER_UNIT) ? units : [...units, OTHER_UNIT];
  const fileName = (unit: string): string =>
    `${String(files.indexOf(unit) + 1).padStart(2, "0")}.xlsx`;
  const out: SheetInput[] = [];
  for (const unit of files) {
    for (const raw of sheets) {
      const s = withMergesFilled(raw);
      const head = s.values.slice(0, 20);
      const roster = detectHeader(head);
      const pool = detectPoolHeader(head);
      const headerIndex = pool?.rowIndex ?? roster?.rowIndex;
      const unitColumn = pool ? pool.unit : roster?.columns.unit;
      if (headerIndex === undefined || unitColumn === undefined) {
        if (unit === files[0]) out.push({ name: s.name, values: s.values, file: fileName(unit) });
        continue;
      }
      const values = s.values.map((row, i): CellValue[] => {
        if (i <= headerIndex) return row;
        const text = String(row[unitColumn] ?? "").trim();
        const own = text === "" ? OTHER_UNIT : resolve(text).unit;
        return own === unit ? row : [];
      });
      if (values.slice(headerIndex + 1).some((r) => r.length > 0))
        out.push({ name: s.name, values, file: fileName(unit) });
    }
  }
  return out;
}

/** An analysis with files taken out: `file` dropped, "[file]" dropped from messages; lists sorted. */
function withoutFiles(a: Analysis): unknown {
  const json = JSON.parse(
    JSON.stringify(a, (k, v: unknown) =>
      k === "file" || k === "sources"
        ? undefined
        : typeof v === "string"
          ? v.replace(/\[\d+\.xlsx\]/g, "")
          : v
    )
  ) as Record<string, unknown>;
  const sorted = (xs: unknown[]): unknown[] => xs.map((x) => JSON.stringify(x)).sort();
  for (const key of [
    "findings",
    "expiring",
    "awards",
    "lapsedStages",
    "pool",
    "toVisit",
    "problems",
  ])
    json[key] = sorted(json[key] as unknown[]);
  json.falls = (json.falls as { enterprises: unknown[] }[]).map((f) => ({
    ...f,
    enterprises: sorted(f.enterprises),
  }));
  // Sheets are summed per name (a name now stands in several files).
  const sheets = new Map<string, number>();
  for (const s of json.sheets as { sheet: string; records: number }[])
    sheets.set(s.sheet, (sheets.get(s.sheet) ?? 0) + s.records);
  json.sheets = [...sheets].sort();
  delete (json.targets as Record<string, unknown>).source;
  return json;
}

describe.each([2023, 2024])("the sample split into town files, at the end of %d", (year) => {
  const asOf = serialFromYmd(year, 12, 31);
  const one = analyseWorkbook(SHEETS, { asOf });
  const towns = splitByUnit(SHEETS);
  const many = analyseWorkbook(towns, { asOf });

  it("is split into a file per unit", () => {
    expect(new Set(towns.map((s) => s.file)).size).toBe(12);
  });

  it("gives every figure and list of the one workbook", () => {
    expect(withoutFiles(many)).toEqual(withoutFiles(one));
  });

  it("names the file of every row reference", () => {
    for (const list of [
      many.findings.filter((f) => f.sheet !== ""),
      many.expiring,
      many.awards,
      many.pool,
    ])
      for (const x of list) expect(x.file).toMatch(/^\d\d\.xlsx$/);
    expect(one.expiring.every((x) => x.file === undefined)).toBe(true);
  });

  it("summarises each file", () => {
    const sources = many.sources ?? [];
    expect(sources.map((s) => s.file)).toEqual([...new Set(towns.map((s) => s.file))]);
    expect(sources.reduce((n, s) => n + s.rows, 0)).toBe(
      one.sheets.reduce((n, s) => n + s.records, 0)
    );
    expect(sources.reduce((n, s) => n + s.findings, 0)).toBe(many.findings.length);
    expect(sources[1].units).toEqual([DEFAULT_TARGETS.units[1]]);
    expect(sources[0].sheets.map((s) => s.kind)).toContain("contacts");
    for (const s of sources) expect(s.newest).toBeLessThanOrEqual(asOf);
  });
});
