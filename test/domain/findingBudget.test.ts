/**
 * The roster readers' finding budget: a workbook's rosters keep MAX_ROW_FINDINGS findings one by one, and
 * past it count them, ending each sheet with one finding per code that says how many were not listed.
 * The budget is set near its end here, so a few rows show the rule without a million of them.
 */
import { serialFromYmd } from "../../src/domain/core/dates";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import { RecordTable } from "../../src/domain/enterprise/recordTable";
import { createRosterReader, MAX_ROW_FINDINGS } from "../../src/domain/roster/readRoster";
import { detectHeader } from "../../src/domain/roster/rosterHeader";
import { DEFAULT_TARGETS } from "../../src/domain/targets/targetTable";
import type { CellValue } from "../../src/domain/core/types";
import { createUnitResolver } from "../../src/domain/enterprise/units";

const resolveUnit = createUnitResolver(DEFAULT_TARGETS.units, DEFAULT_SETTINGS.aliases);
const HEADER = [
  "企业名称",
  "统一社会信用代码",
  "证书编号",
  "发证日期",
  "所属镇（园区）",
  "迁入日期",
];

/** A row with three findings: a formula-like name, an unknown unit and an unreadable move-in date. */
const badRow = (i: number): CellValue[] => [
  `=上海${i}科技有限公司`,
  null,
  `GR202231${String(i).padStart(6, "0")}`,
  serialFromYmd(2022, 10, 1),
  `某园区${i}`,
  `迁入${i}`,
];

function read(sheet: string, rows: CellValue[][], table: RecordTable) {
  const header = detectHeader([HEADER])!;
  const reader = createRosterReader(sheet, header, {
    settings: DEFAULT_SETTINGS,
    resolveUnit,
    into: table,
  });
  reader.push(rows, 2);
  return reader.finish();
}

describe("the roster readers' finding budget", () => {
  it("keeps findings one by one up to the budget, then one finding per code with the count", () => {
    const table = new RecordTable();
    table.keptFindings = MAX_ROW_FINDINGS - 4;
    const done = read("名单", [1, 2, 3, 4].map(badRow), table);
    // Row 2's three findings and row 3's first fit; the remaining 8 are counted per code.
    expect(done.findings.map((f) => [f.row, f.column, f.code])).toEqual([
      [2, "A", "formula-like"],
      [2, "E", "unknown-unit"],
      [2, "F", "bad-date"],
      [3, "A", "formula-like"],
      [0, "", "unknown-unit"],
      [0, "", "bad-date"],
      [0, "", "formula-like"],
    ]);
    expect(done.findings.slice(4).map((f) => f.message["en-US"])).toEqual([
      "3 more findings of this kind are not listed one by one (the rosters' listed findings reached 1,000,000; past that they are only counted): please fix the ones listed first",
      "3 more findings of this kind are not listed one by one (the rosters' listed findings reached 1,000,000; past that they are only counted): please fix the ones listed first",
      "2 more findings of this kind are not listed one by one (the rosters' listed findings reached 1,000,000; past that they are only counted): please fix the ones listed first",
    ]);
    // Every row is still read and counted: only the listing stops.
    expect(done.to - done.from).toBe(4);
  });

  it("the budget is the workbook's: a second roster sheet filling the same table lists nothing more", () => {
    const table = new RecordTable();
    table.keptFindings = MAX_ROW_FINDINGS - 1;
    const first = read("名单一", [badRow(1)], table);
    const second = read("名单二", [badRow(2)], table);
    expect(first.findings.map((f) => [f.sheet, f.row, f.code])).toEqual([
      ["名单一", 2, "formula-like"],
      ["名单一", 0, "unknown-unit"],
      ["名单一", 0, "bad-date"],
    ]);
    expect(second.findings.map((f) => [f.sheet, f.row, f.code, f.severity])).toEqual([
      ["名单二", 0, "formula-like", "warning"],
      ["名单二", 0, "unknown-unit", "warning"],
      ["名单二", 0, "bad-date", "warning"],
    ]);
  });

  it("a counted code takes the most severe severity it was given", () => {
    const table = new RecordTable();
    table.keptFindings = MAX_ROW_FINDINGS;
    // A malformed certificate number is a warning with a usable issue date and an error without one.
    const rows: CellValue[][] = [
      ["上海甲科技有限公司", null, "GR2022", serialFromYmd(2022, 10, 1), "枫泾镇", null],
      ["上海乙科技有限公司", null, "GR2022", null, "枫泾镇", null],
    ];
    expect(read("名单", rows, table).findings.map((f) => [f.code, f.severity])).toEqual([
      ["cert-number", "error"],
    ]);
  });
});
