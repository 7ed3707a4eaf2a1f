/** Pool sheets (培育库, docs/rules.md section 8): recognising them, reading their rows, stage words. */
import { creditCodeCheckChar } from "../../../src/domain/enterprise/creditCode";
import { serialFromYmd } from "../../../src/domain/core/dates";
import { readPoolSheet } from "../../../src/domain/pool/readPoolSheet";
import { detectPoolHeader, isPoolHeaderRow } from "../../../src/domain/pool/poolHeader";
import { parseStage, POOL_STAGES, STAGE_NAMES } from "../../../src/domain/pool/poolStage";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings/settings";
import { DEFAULT_TARGETS } from "../../../src/domain/targets/targetTable";
import type { CellValue, PoolStage, SheetInput } from "../../../src/domain/core/types";
import { createUnitResolver } from "../../../src/domain/enterprise/units";
import { classifySheet } from "../../../src/domain/analysis/analyseWorkbook";
import { withMergesFilled } from "../../../src/domain/sheets/merges";

const resolve = createUnitResolver(DEFAULT_TARGETS.units, {});
const code = (n: number): string => {
  const body = "91310116MA1P" + String(n).padStart(5, "0");
  return body + creditCodeCheckChar(body);
};

describe("parseStage: the four stages and the words offices use for them", () => {
  it.each<[string, PoolStage | null]>([
    ["发现", "found"],
    ["入库", "found"],
    ["储备", "found"],
    ["已入库", "found"],
    ["服务", "served"],
    ["培育", "served"],
    ["辅导", "served"],
    ["培育中", "served"],
    ["服务阶段", "served"],
    ["推出", "submitted"],
    ["申报", "submitted"],
    ["已申报", "submitted"],
    ["推荐", "submitted"],
    ["已推荐", "submitted"],
    ["推出一批", "submitted"],
    ["认定", "recognised"],
    ["已认定", "recognised"],
    [" 已 认定 ", "recognised"],
    ["Submitted", "submitted"],
    ["RECOGNIZED", "recognised"],
    ["served", "served"],
    ["", null],
    ["待定", null],
    ["申报中心", null],
    ["认定".repeat(11), null],
  ])("%p -> %p", (text, stage) => {
    expect(parseStage(text)).toBe(stage);
  });

  it("names each stage in Chinese, in the order enterprises go through them", () => {
    expect(POOL_STAGES.map((s) => STAGE_NAMES[s])).toEqual(["发现", "服务", "推出", "认定"]);
    for (const s of POOL_STAGES) expect(parseStage(STAGE_NAMES[s])).toBe(s);
  });
});

const POOL: SheetInput = {
  name: "培育库",
  values: [
    /* 1 */ ["金山区高企培育库（2023年）"],
    /* 2 */ [
      "序号",
      "企业名称",
      "统一社会信用代码",
      "所属镇（园区）",
      "培育阶段",
      "计划申报年度",
      "入库日期",
      "联系人",
      "备注",
    ],
    /* 3 */ [
      1,
      "上海池一科技有限公司",
      code(1),
      "朱泾",
      "推出",
      2023,
      serialFromYmd(2022, 3, 1),
      "张三",
      "",
    ],
    /* 4 */ [2, "上海池二科技有限公司", "", "碳谷绿湾", "已申报", "2024年度"],
    /* 5 */ [3, "", "", "枫泾镇", "发现"],
    /* 6 */ [4, "上海池四科技有限公司", "", "", "培育中", "２０２３年"],
    /* 7 */ [5, "上海池五科技有限公司", "", "石化街道", "待定", "明年"],
    /* 8 */ [],
    /* 9 */ [6, "#N/A", code(6), "亭林镇", "认定", serialFromYmd(2023, 6, 1)],
    /* 10 */ [7, "=上海池七", code(7).slice(0, 17) + "0", "亭林镇", null, null],
  ],
};

describe("readPoolSheet", () => {
  const read = readPoolSheet(POOL, resolve, 1000)!;

  it("finds the header under a title row, with its columns", () => {
    expect(read.header).toEqual({
      rowIndex: 1,
      name: 1,
      creditCode: 2,
      unit: 3,
      stage: 4,
      plannedYear: 5,
      entered: 6,
    });
  });

  it("reads the date entered where there is one (it only dates the file's newest entry)", () => {
    expect(read.rows.map((r) => r.entered)).toEqual([
      serialFromYmd(2022, 3, 1),
      ...read.rows.slice(1).map(() => null),
    ]);
  });

  it("reads each counted row: identity, unit (blank kept blank), stage, planned year; blank rows skipped", () => {
    expect(
      read.rows.map((r) => [r.row, r.seq, r.name, r.creditCode, r.unit, r.stage, r.plannedYear])
    ).toEqual([
      [3, 1003, "上海池一科技有限公司", code(1), "朱泾镇", "submitted", 2023],
      [4, 1004, "上海池二科技有限公司", "", "碳谷绿湾公司", "submitted", 2024],
      [6, 1006, "上海池四科技有限公司", "", "", "served", 2023],
      [7, 1007, "上海池五科技有限公司", "", "其他", null, null],
      [9, 1009, "", code(6), "亭林镇", "recognised", 2023],
      [10, 1010, "=上海池七", code(7).slice(0, 17) + "0", "亭林镇", null, null],
    ]);
    expect(read.rows[0]).toMatchObject({ sheet: "培育库", unitColumn: "D", stageColumn: "E" });
  });

  it("reports each problem at its cell, naming the enterprise", () => {
    expect(read.findings.map((f) => [f.row, f.column, f.code, f.severity, f.name ?? ""])).toEqual([
      [5, "B", "pool-unmatched", "error", ""],
      [7, "D", "unknown-unit", "warning", "上海池五科技有限公司"],
      [7, "E", "pool-stage-unknown", "warning", "上海池五科技有限公司"],
      [7, "F", "bad-date", "warning", "上海池五科技有限公司"],
      [9, "B", "bad-value", "warning", ""],
      [10, "B", "formula-like", "warning", "=上海池七"],
      [10, "C", "credit-code", "warning", "=上海池七"],
      [10, "E", "pool-stage-unknown", "warning", "=上海池七"],
    ]);
    const byCode = (c: string) => read.findings.find((f) => f.code === c)!.message["zh-CN"];
    expect(byCode("pool-unmatched")).toBe("培育库行缺少企业名称和统一社会信用代码：此行不计入");
    expect(byCode("pool-stage-unknown")).toBe("培育阶段“待定”无法识别：按“发现”计入");
    expect(read.findings[7].message["zh-CN"]).toBe("培育阶段为空：按“发现”计入");
    expect(byCode("bad-date")).toBe("计划申报年度无法识别：“明年”：按未填处理");
  });

  it("shifts date serials of a 1904-system workbook, in the planned year and the date entered", () => {
    // Mac Excel's 1904 system counts 1462 days fewer than the 1900 system for the same day.
    const serial1904 = (y: number, m: number, d: number): number => serialFromYmd(y, m, d) - 1462;
    const sheet: SheetInput = {
      name: "培育库",
      date1904: true,
      values: [
        ["企业名称", "培育阶段", "计划申报年度", "入库日期"],
        ["上海池八科技有限公司", "推出", serial1904(2024, 3, 1), serial1904(2024, 11, 1)],
      ],
    };
    const [row] = readPoolSheet(sheet, resolve)!.rows;
    expect(row.plannedYear).toBe(2024);
    expect(row.entered).toBe(serialFromYmd(2024, 11, 1));
  });

  it("places columns by the sheet's first column", () => {
    const shifted = readPoolSheet({ ...POOL, firstColumn: 3, firstRow: 5 }, resolve)!;
    expect(shifted.rows[0]).toMatchObject({ row: 7, unitColumn: "F", stageColumn: "G" });
    expect(shifted.findings[0]).toMatchObject({ row: 9, column: "D", code: "pool-unmatched" });
  });

  it("takes a name of only zero-width and direction marks for no name", () => {
    const read = readPoolSheet(
      {
        name: "培育库",
        values: [
          ["企业名称", "培育阶段"],
          ["\u200b", "服务"],
          ["\u200e\u202e", "推出"],
        ],
      },
      resolve
    )!;
    expect(read.rows).toEqual([]);
    expect(read.findings.map((f) => [f.row, f.code])).toEqual([
      [2, "pool-unmatched"],
      [3, "pool-unmatched"],
    ]);
  });

  it("is null for a sheet without a pool header", () => {
    expect(
      readPoolSheet({ name: "说明", values: [["说明"], ["企业名称", "备注"]] }, resolve)
    ).toBeNull();
  });
});

describe("recognising a pool sheet", () => {
  const ROSTER_HEAD = ["企业名称", "统一社会信用代码", "证书编号", "发证日期", "所属镇"];
  it.each<[string, CellValue[][], string]>([
    ["name and stage", [["企业名称", "培育阶段"]], "pool"],
    ["credit code and 入库状态", [["信用代码", "入库状态", "属地"]], "pool"],
    ["English headers", [["Company", "Unit", "Stage", "Planned Year"]], "pool"],
    ["a stage with a note in brackets", [["企业名称", "阶段（发现/服务/推出/认定）"]], "pool"],
    [
      "a recognition-date column, no certificate number: still a pool",
      [
        ["企业名称", "培育阶段", "认定日期"],
        ["甲", "认定", "2023-11-20"],
      ],
      "pool",
    ],
    [
      "a roster with a stage column: certificate numbers make it a roster",
      [[...ROSTER_HEAD, "培育阶段"]],
      "roster",
    ],
    ["a plain roster", [ROSTER_HEAD], "roster"],
    ["a stage without a name or code", [["序号", "培育阶段", "备注"]], "ignored"],
    ["a name without a stage", [["企业名称", "联系人", "备注"]], "ignored"],
  ])("%s -> %s", (_label, values, kind) => {
    expect(classifySheet(values, DEFAULT_SETTINGS, "表")).toBe(kind);
  });

  it("a sheet the user mapped columns for is a roster, stage column or not", () => {
    const settings = { ...DEFAULT_SETTINGS, columnMappings: { 表: { name: "A", issueDate: "C" } } };
    expect(classifySheet([["企业名称", "培育阶段", "认定日期"]], settings, "表")).toBe("roster");
    expect(
      classifySheet(
        [["企业名称", "培育阶段", "认定日期"]],
        { ...DEFAULT_SETTINGS, columnMappings: { 表: {} } },
        "表"
      )
    ).toBe("pool");
  });

  it("a stage heading merged over two header rows names both (merged cells filled before classifying)", () => {
    const sheet: SheetInput = {
      name: "培育库",
      values: [
        ["企业名称", "信用代码", "培育阶段", null],
        [null, null, null, null],
        ["上海池甲", "", "服务", null],
      ],
      merges: [
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 3, bottom: 2, right: 3 },
      ],
    };
    const filled = withMergesFilled(sheet);
    expect(classifySheet(filled.values, DEFAULT_SETTINGS, sheet.name)).toBe("pool");
    const read = readPoolSheet(filled, resolve)!;
    // The second header row, filled from the merged areas, repeats the header: it is no enterprise.
    expect(read.rows.map((r) => [r.row, r.name, r.stage])).toEqual([[3, "上海池甲", "served"]]);
  });

  it("detectPoolHeader picks the row naming the most columns; isPoolHeaderRow refuses certificate numbers", () => {
    expect(
      detectPoolHeader([
        ["企业名称", "阶段"],
        ["企业名称", "阶段", "所属镇", "申报年度"],
      ])?.rowIndex
    ).toBe(1);
    expect(isPoolHeaderRow(["企业名称", "阶段", "证书编号"])).toBe(false);
    expect(isPoolHeaderRow(undefined)).toBe(false);
  });
});
