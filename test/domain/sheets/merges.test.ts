import { serialFromYmd } from "../../../src/domain/core/dates";
import { MergeFiller, withMergesFilled } from "../../../src/domain/sheets/merges";
import type { CellRange, CellValue, SheetInput } from "../../../src/domain/core/types";
import { analyseWorkbook } from "../../../src/domain/analysis/analyseWorkbook";

const area = (top: number, left: number, bottom: number, right: number): CellRange => ({
  top,
  left,
  bottom,
  right,
});

describe("MergeFiller", () => {
  it("gives the top-left value to every cell of an area, rows and columns", () => {
    const rows: CellValue[][] = [
      ["a", null, null, "x"],
      [null, null, null, "y"],
      ["b", "c", null, "z"],
    ];
    new MergeFiller([area(1, 1, 2, 3), area(3, 2, 3, 3)]).fill(rows, 1);
    expect(rows).toEqual([
      ["a", "a", "a", "x"],
      ["a", "a", "a", "y"],
      ["b", "c", "c", "z"],
    ]);
  });

  it("keeps an area open across blocks, as rows stream in", () => {
    const filler = new MergeFiller([area(21, 6, 23, 6)], 1);
    const block1: CellValue[][] = [["甲", null, null, null, null, "朱泾镇"]];
    const block2: CellValue[][] = [
      ["乙", null, null, null, null, null],
      ["丙"],
      ["丁", null, null, null, null, null],
    ];
    filler.fill(block1, 21);
    filler.fill(block2, 22);
    expect(block2.map((r) => r[5])).toEqual(["朱泾镇", "朱泾镇", null]);
    // A short row is lengthened to reach the area.
    expect(block2[1]).toEqual(["丙", null, null, null, null, "朱泾镇"]);
    expect(filler.done).toBe(true);
  });

  it("reads columns relative to the first column of the values", () => {
    const rows: CellValue[][] = [
      ["v", null],
      [null, null],
    ];
    new MergeFiller([area(5, 3, 6, 3)], 3).fill(rows, 5);
    expect(rows).toEqual([
      ["v", null],
      ["v", null],
    ]);
  });

  it("an area whose top row was never handed over gives nothing; single cells and inverted areas are ignored", () => {
    const rows: CellValue[][] = [["a"], ["b"]];
    new MergeFiller([area(1, 1, 3, 1), area(2, 1, 2, 1), area(3, 1, 2, 1)]).fill(rows, 2);
    expect(rows).toEqual([[null], [null]]);
  });

  it("copies rows when asked, leaving the caller's arrays as they were", () => {
    const original: CellValue[] = ["a", null];
    const rows = [original, [null, null]];
    new MergeFiller([area(1, 1, 1, 2)], 1, true).fill(rows, 1);
    expect(original).toEqual(["a", null]);
    expect(rows[0]).toEqual(["a", "a"]);
  });

  it("fills a missing row of a sparse block", () => {
    const rows: CellValue[][] = [["a"]];
    rows[2] = ["c"];
    new MergeFiller([area(1, 1, 2, 1)]).fill(rows, 1);
    expect(rows[1]).toEqual(["a"]);
  });
});

describe("merged cells in a workbook (docs/rules.md section 6)", () => {
  // 高企名单: a title merged over A1:F1, a header merged over two rows (序号, 企业名称 in A3:A4, B3:B4; 高企证书 over C3:D3
  // with 证书编号 / 发证日期 below), and 所属镇 merged over rows 21-22 as offices do for a town's block.
  const values: CellValue[][] = [];
  values[0] = ["金山区高新技术企业名单", null, null, null, null, null];
  values[1] = [];
  values[2] = ["序号", "企业名称", "高企证书", null, "统一社会信用代码", "所属镇"];
  values[3] = [null, null, "证书编号", "发证日期", null, null];
  for (let r = 5; r <= 22; r++)
    values[r - 1] = [
      r - 4,
      `企业${r}`,
      `GR2023310000${String(r).padStart(2, "0")}`,
      serialFromYmd(2023, 11, 1),
      null,
      r === 22 ? null : "枫泾镇",
    ];
  values[20][5] = "朱泾镇"; // row 21; row 22's cell is the merged area's second cell
  const sheet: SheetInput = {
    name: "高企名单",
    values,
    merges: [
      area(1, 1, 1, 6),
      area(3, 1, 4, 1),
      area(3, 2, 4, 2),
      area(3, 3, 3, 4),
      area(3, 5, 4, 5),
      area(3, 6, 4, 6),
      area(21, 6, 22, 6),
    ],
  };

  it("a unit merged over rows 21-22 is the unit of both rows: no missing-unit finding, no count under 其他", () => {
    const a = analyseWorkbook([sheet], { asOf: serialFromYmd(2023, 12, 31) });
    expect(a.sheets[0]).toMatchObject({ kind: "roster", headerRow: 4, records: 18 });
    expect(a.units.find((u) => u.unit === "朱泾镇")).toMatchObject({ valid: 2, awards: 400000 });
    expect(a.units.find((u) => u.unit === "枫泾镇")?.valid).toBe(16);
    expect(a.units.find((u) => u.unit === "其他")).toMatchObject({ valid: 0, awards: 0 });
    expect(a.findings.filter((f) => f.code === "missing-unit")).toEqual([]);
  });

  it("without the merges the two-row header names no usable columns on either row", () => {
    const a = analyseWorkbook([{ ...sheet, merges: undefined }], {
      asOf: serialFromYmd(2023, 12, 31),
    });
    expect(a.sheets[0].kind).toBe("ignored");
  });

  it("without the unit merge, row 22 would count under 其他 with a missing-unit finding (what the fix is for)", () => {
    const merges = sheet.merges!.filter((m) => m.top !== 21);
    const a = analyseWorkbook([{ ...sheet, merges }], { asOf: serialFromYmd(2023, 12, 31) });
    expect(a.units.find((u) => u.unit === "其他")).toMatchObject({ valid: 1, awards: 200000 });
    expect(
      a.findings.filter((f) => f.code === "missing-unit").map((f) => [f.row, f.column, f.name])
    ).toEqual([[22, "F", "企业22"]]);
  });

  it("leaves the caller's values untouched", () => {
    const before = JSON.stringify(sheet.values);
    withMergesFilled(sheet);
    analyseWorkbook([sheet], { asOf: serialFromYmd(2023, 12, 31) });
    expect(JSON.stringify(sheet.values)).toBe(before);
  });
});

describe("a host that cannot report merged cells", () => {
  it("says so once per roster or target sheet, not on other sheets", () => {
    const roster: SheetInput = {
      name: "名单",
      values: [
        ["企业名称", "证书编号", "发证日期", "所属镇"],
        ["甲", "GR202331000001", serialFromYmd(2023, 5, 1), "朱泾镇"],
      ],
      mergesUnread: true,
    };
    const notes: SheetInput = { name: "说明", values: [["说明"]], mergesUnread: true };
    const targets: SheetInput = {
      name: "目标",
      values: [
        ["责任单位", "2023年"],
        ["朱泾", 3],
      ],
      mergesUnread: true,
    };
    const a = analyseWorkbook([notes, roster, targets], { asOf: serialFromYmd(2023, 12, 31) });
    expect(
      a.findings.filter((f) => f.code === "merges-unread").map((f) => [f.sheet, f.row, f.severity])
    ).toEqual([
      ["名单", 0, "warning"],
      ["目标", 0, "warning"],
    ]);
  });
});
