import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import { DEFAULT_TARGETS } from "../../src/domain/targets/targetTable";
import type { Analysis, ExpiryStatus } from "../../src/domain/core/types";
import type { SupportsSet } from "../../src/excel/excelRun";
import {
  formulaBlock,
  formulaChunkRows,
  insertFormulaColumns,
} from "../../src/excel/formulaColumns";
import {
  TAG,
  clearHighlights,
  highlightExpiring,
  highlightRules,
  tagFormula,
} from "../../src/excel/highlight";
import { FakeWorkbook, type FakeRule, parseA1, rosterCells } from "./fakeExcel";

const all: SupportsSet = () => true;

function expiring(items: { sheet: string; row: number; status: ExpiryStatus }[]): Analysis {
  return { expiring: items } as unknown as Analysis;
}

/** The rows a rule of ours marks, read back from its formula's row list. */
const rowsOf = (formula: string): number[] =>
  (/\{([\d,]*)\}/.exec(formula)?.[1] ?? "").split(",").filter(Boolean).map(Number);

const userRules = (): FakeRule[] => [
  { type: "Custom", row: 1, col: 0, rows: 10, cols: 2, formula: "=$C2<TODAY()", owner: "user" },
  { type: "CellValue", row: 1, col: 2, rows: 10, cols: 1, formula: "", owner: "user" },
];

describe("highlightExpiring / clearHighlights", () => {
  it("adds one tagged rule per sheet and status over the used range, naming its rows; changes no value; clear removes only them", async () => {
    const wb = new FakeWorkbook();
    const roster = wb.addSheet("名单", rosterCells(20));
    roster.rules.push(...userRules());
    const before = JSON.stringify(roster.cells);
    const marked = await highlightExpiring(
      wb.run,
      expiring([
        { sheet: "名单", row: 3, status: "expiring" },
        { sheet: "名单", row: 4, status: "expiring" },
        { sheet: "名单", row: 9, status: "expired" },
        { sheet: "已删除", row: 2, status: "expired" },
      ]),
      all
    );
    expect(marked).toBe(3);
    const ours = roster.rules.filter((r) => r.owner === "addin");
    expect(ours.map((r) => [r.row, r.rows, r.col, r.cols, r.formula])).toEqual([
      [0, 21, 0, 4, `=AND(ISTEXT("${TAG}EXPIRING"),ISNUMBER(MATCH(ROW(),{3,4},0)))`],
      [0, 21, 0, 4, `=AND(ISTEXT("${TAG}EXPIRED"),ISNUMBER(MATCH(ROW(),{9},0)))`],
    ]);
    expect(
      wb.writes.filter(
        (w) =>
          w.kind === "values" ||
          w.kind === "formulas" ||
          w.kind === "numberFormat" ||
          w.kind === "clear"
      )
    ).toEqual([]);
    expect(JSON.stringify(roster.cells)).toBe(before);

    // Highlighting again replaces rather than piles up.
    await highlightExpiring(wb.run, expiring([{ sheet: "名单", row: 3, status: "expiring" }]), all);
    expect(roster.rules.filter((r) => r.owner === "addin")).toHaveLength(1);

    expect(await clearHighlights(wb.run, all)).toBe(1);
    expect(roster.rules).toEqual(userRules());
    expect(JSON.stringify(roster.cells)).toBe(before);
  });

  it("an empty expiring list only clears", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("名单", rosterCells(5));
    expect(await highlightExpiring(wb.run, expiring([]), all)).toBe(0);
  });

  it("needs ExcelApi 1.6", async () => {
    const wb = new FakeWorkbook();
    await expect(clearHighlights(wb.run, (_s, v) => v !== "1.6")).rejects.toMatchObject({
      name: "RequirementError",
    });
  });

  it("an unsorted roster of 1,200 rows with every other row expiring gets one rule per status, not one per row", async () => {
    const wb = new FakeWorkbook();
    const roster = wb.addSheet("名单", rosterCells(1200));
    // Scattered, in no order: rows 2, 4, 6, ... expiring; every seventh row expired.
    const items = Array.from({ length: 1200 }, (_, i) => i + 2)
      .reverse()
      .flatMap((row): { sheet: string; row: number; status: ExpiryStatus }[] =>
        row % 7 === 0
          ? [{ sheet: "名单", row, status: "expired" }]
          : row % 2 === 0
            ? [{ sheet: "名单", row, status: "expiring" }]
            : []
      );
    expect(await highlightExpiring(wb.run, expiring(items), all)).toBe(items.length);
    const ours = roster.rules.filter((r) => r.owner === "addin");
    expect(ours).toHaveLength(2);
    for (const status of ["expiring", "expired"] as const) {
      const rule = ours.find((r) => r.formula.includes(status.toUpperCase()))!;
      expect(rowsOf(rule.formula)).toEqual(
        items
          .filter((it) => it.status === status)
          .map((it) => it.row)
          .sort((a, b) => a - b)
      );
      expect(rule.formula.length).toBeLessThan(8192);
      // Over the whole used range: every listed row lies inside it.
      expect([rule.row, rule.rows]).toEqual([0, 1201]);
    }
  });

  it.each([
    // rows, longest row list (characters), expected rules as row lists
    [[9, 3, 3, 4], 100, [[3, 4, 9]]],
    [
      [10, 11, 12, 13],
      6,
      [
        [10, 11],
        [12, 13],
      ],
    ],
    [[], 100, []],
  ])("highlightRules(%j, %i) -> %j", (rows, maxChars, lists) => {
    const rules = highlightRules(
      rows.map((row) => ({ sheet: "S", row, status: "expiring" as const })),
      maxChars
    );
    expect(rules.map((r) => r.rows)).toEqual(lists);
    for (const r of rules) expect(rowsOf(tagFormula("expiring", r.rows))).toEqual(r.rows);
  });

  it("keeps sheets and statuses apart", () => {
    const rules = highlightRules([
      { sheet: "A", row: 2, status: "expiring" },
      { sheet: "B", row: 2, status: "expiring" },
      { sheet: "A", row: 3, status: "expired" },
      { sheet: "A", row: 5, status: "expiring" },
    ]);
    expect(rules.map((r) => [r.sheet, r.status, r.rows])).toEqual([
      ["A", "expiring", [2, 5]],
      ["B", "expiring", [2]],
      ["A", "expired", [3]],
    ]);
  });
});

describe("insertFormulaColumns", () => {
  it("writes the three columns right of the data (one chunk for a small roster); each formula references its own row", async () => {
    const wb = new FakeWorkbook();
    const roster = wb.addSheet("名单", rosterCells(30));
    const before = JSON.stringify(roster.cells);
    const result = await insertFormulaColumns(wb.run, DEFAULT_SETTINGS, DEFAULT_TARGETS, "名单");
    expect(result).toEqual({ sheet: "名单", address: "E1:G31", rows: 30 });
    const formulaWrites = wb.writesTo("名单").filter((w) => w.kind === "formulas");
    expect(formulaWrites).toHaveLength(1);
    const rows = formulaWrites[0].data as string[][];
    expect(rows[0]).toEqual(["有效期至", "年内到期", "奖励金额"]);
    rows.slice(1).forEach((f, i) => {
      const r = i + 2;
      expect(f[0]).toBe(`=GAOQI.EXPIRY(C${r})`);
      expect(f[1]).toBe(`=GAOQI.EXPIRING(C${r})`);
      expect(f[2]).toMatch(new RegExp(`^=GAOQI\\.AWARD\\("(首次认定|重新认定)",C${r}\\)$`));
    });
    // Only the new columns were written: the roster's own cells are unchanged.
    for (const w of wb.writesTo("名单")) expect(parseA1(w.address).col).toBe(4);
    expect(JSON.stringify(roster.cells.map((r) => r.slice(0, 4)))).toBe(before);
  });

  it("uses the row's own type cell when the sheet has a type column, and respects an offset used range", async () => {
    const wb = new FakeWorkbook();
    const cells = rosterCells(3).map((row, i) => [null, ...row, i === 0 ? "认定类型" : "重新认定"]);
    wb.addSheet("名单", [[], [], ...cells]);
    const result = await insertFormulaColumns(wb.run, DEFAULT_SETTINGS, DEFAULT_TARGETS, "名单");
    expect(result.address).toBe("G3:I6");
    const rows = wb.writesTo("名单").find((w) => w.kind === "formulas")!.data as string[][];
    expect(rows[1]).toEqual(["=GAOQI.EXPIRY(D4)", "=GAOQI.EXPIRING(D4)", "=GAOQI.AWARD(F4,D4)"]);
  });

  it("clicked again, rewrites its own columns where they stand (new rows included) instead of adding a second set", async () => {
    const wb = new FakeWorkbook();
    const roster = wb.addSheet("名单", rosterCells(30));
    expect(
      (await insertFormulaColumns(wb.run, DEFAULT_SETTINGS, DEFAULT_TARGETS, "名单")).address
    ).toBe("E1:G31");
    // The user adds two rows below the data, then clicks again.
    roster.cells.push(...rosterCells(32).slice(31));
    const again = await insertFormulaColumns(wb.run, DEFAULT_SETTINGS, DEFAULT_TARGETS, "名单");
    expect(again).toEqual({ sheet: "名单", address: "E1:G33", rows: 32 });
    expect(roster.cells[0]).toEqual([
      "企业名称",
      "证书编号",
      "发证日期",
      "所属街镇",
      "有效期至",
      "年内到期",
      "奖励金额",
    ]);
    expect(roster.cells[32].slice(4)).toEqual([
      "=GAOQI.EXPIRY(C33)",
      "=GAOQI.EXPIRING(C33)",
      expect.stringMatching(/^=GAOQI\.AWARD\(/),
    ]);
    expect(roster.cells.every((row) => row.length <= 7)).toBe(true);
  });

  it("clicked again after the user typed into one of its columns: a clear error naming the cell, nothing written", async () => {
    const wb = new FakeWorkbook();
    const roster = wb.addSheet("名单", rosterCells(10));
    await insertFormulaColumns(wb.run, DEFAULT_SETTINGS, DEFAULT_TARGETS, "名单");
    roster.cells[6][6] = 150000; // G7: the user's own award figure
    const writes = wb.writes.length;
    const error = await insertFormulaColumns(
      wb.run,
      DEFAULT_SETTINGS,
      DEFAULT_TARGETS,
      "名单"
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "FormulaColumnsError",
      message: expect.stringContaining("G7"),
      text: expect.objectContaining({ "zh-CN": expect.stringContaining("G7") }),
    });
    expect(wb.writes.length).toBe(writes);
    expect(roster.cells[6][6]).toBe(150000);
  });

  it("writes a 60,000-row roster in chunks, each request under Excel on the web's 5 MB limit", async () => {
    const limit = 5 * 1024 * 1024;
    const wb = new FakeWorkbook({ payloadLimitBytes: limit });
    const roster = wb.addSheet("名单", rosterCells(60_000));
    const result = await insertFormulaColumns(wb.run, DEFAULT_SETTINGS, DEFAULT_TARGETS, "名单");
    expect(result).toEqual({ sheet: "名单", address: "E1:G60001", rows: 60_000 });
    expect(wb.largestRequestBytes).toBeLessThan(limit / 4);
    expect(wb.writesTo("名单").filter((w) => w.kind === "formulas").length).toBeGreaterThan(1);
    expect(roster.cells[60_000].slice(4)).toEqual([
      "=GAOQI.EXPIRY(C60001)",
      "=GAOQI.EXPIRING(C60001)",
      expect.stringMatching(/^=GAOQI\.AWARD\(".+",C60001\)$/),
    ]);
    expect(roster.cells[1][4]).toBe("=GAOQI.EXPIRY(C2)");
  });

  it("sizes its chunks from the formulas: about a megabyte of them a request", () => {
    const block = formulaBlock(
      { name: "名单", values: rosterCells(10) },
      DEFAULT_SETTINGS,
      DEFAULT_TARGETS
    );
    const rows = formulaChunkRows(block);
    const bytes =
      Buffer.byteLength(JSON.stringify(block.formulas[10])) +
      Buffer.byteLength(JSON.stringify(["yyyy-mm-dd", "General", "#,##0"]));
    expect(rows * bytes).toBeLessThanOrEqual(1_000_000);
    expect(rows * bytes).toBeGreaterThan(800_000);
  });

  it("a failure part way through a first insertion clears what it wrote, and says so", async () => {
    // Syncs: 2 + 1 to read the roster, then one a chunk of 10 rows: the 5th is the second chunk.
    const wb = new FakeWorkbook({ failAtSync: 5 });
    const roster = wb.addSheet("名单", rosterCells(30));
    const before = JSON.stringify(roster.cells);
    const error = await insertFormulaColumns(
      wb.run,
      DEFAULT_SETTINGS,
      DEFAULT_TARGETS,
      "名单",
      10
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "FormulaColumnsError",
      message: expect.stringContaining("cleared again"),
      text: expect.objectContaining({ "zh-CN": expect.stringContaining("已清除") }),
    });
    expect(wb.writesTo("名单").filter((w) => w.kind === "formulas")).toHaveLength(2);
    expect(JSON.stringify(roster.cells.map((r) => r.slice(0, 4)))).toBe(before);
    expect(roster.cells.every((r) => r.slice(4).every((v) => v === null || v === undefined))).toBe(
      true
    );
  });

  it("clicked again with a typed value in a later chunk: every chunk is checked before anything is written", async () => {
    const wb = new FakeWorkbook();
    const roster = wb.addSheet("名单", rosterCells(30));
    await insertFormulaColumns(wb.run, DEFAULT_SETTINGS, DEFAULT_TARGETS, "名单", 4);
    roster.cells[25][5] = "是"; // F26
    const writes = wb.writes.length;
    await expect(
      insertFormulaColumns(wb.run, DEFAULT_SETTINGS, DEFAULT_TARGETS, "名单", 4)
    ).rejects.toMatchObject({ message: expect.stringContaining("F26") });
    expect(wb.writes.length).toBe(writes);
  });

  it("a sheet without a roster header gets a clear error and no write", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("备注", [["随便写写"]]);
    await expect(
      insertFormulaColumns(wb.run, DEFAULT_SETTINGS, DEFAULT_TARGETS, "备注")
    ).rejects.toMatchObject({ name: "FormulaColumnsError" });
    await expect(
      insertFormulaColumns(wb.run, DEFAULT_SETTINGS, DEFAULT_TARGETS, "没有")
    ).rejects.toMatchObject({ name: "FormulaColumnsError" });
    expect(wb.writes).toEqual([]);
  });
});
