/**
 * Where several files read as one disagree (docs/rules.md section 12): each conflict on a pair of files
 * built for it, the figure counted as one workbook would count it, the finding naming both files.
 */
import { analyseWorkbook } from "../../../src/domain/analysis/analyseWorkbook";
import { serialFromYmd } from "../../../src/domain/core/dates";
import type { Analysis, CellValue, SheetInput } from "../../../src/domain/core/types";

const asOf = serialFromYmd(2024, 12, 31);
const ROSTER_HEAD = ["企业名称", "证书编号", "发证日期", "所属镇（园区）"];
const CONTACT_HEAD = ["走访日期", "企业名称", "走访形式", "问题"];

const roster = (file: string, rows: CellValue[][]): SheetInput => ({
  file,
  name: "高企名单",
  values: [ROSTER_HEAD, ...rows],
});

const conflicts = (a: Analysis, code: string) => a.findings.filter((f) => f.code === code);
const unitOf = (a: Analysis, unit: string) => a.units.find((u) => u.unit === unit);

describe("files that disagree", () => {
  it("on a unit: counted under the latest certificate's, the other file's row named", () => {
    const a = analyseWorkbook(
      [
        roster("镇甲.xlsx", [
          ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 11, 2), "枫泾镇"],
        ]),
        roster("镇乙.xlsx", [
          ["上海乙科技有限公司", "GR202331000002", serialFromYmd(2023, 11, 2), "朱泾镇"],
          ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 11, 2), "朱泾镇"],
        ]),
      ],
      { asOf }
    );
    const [f] = conflicts(a, "unit-conflict");
    expect(conflicts(a, "unit-conflict")).toHaveLength(1);
    expect(f).toMatchObject({ file: "镇乙.xlsx", sheet: "高企名单", row: 3, column: "D" });
    expect(f.severity).toBe("warning");
    expect(f.message["zh-CN"]).toContain("镇乙.xlsx");
    expect(f.message["zh-CN"]).toContain("镇甲.xlsx");
    expect(f.message["en-US"]).toContain('counts under "枫泾镇"');
    expect(unitOf(a, "枫泾镇")?.valid).toBe(1);
    expect(unitOf(a, "朱泾镇")?.valid).toBe(1);
  });

  it("not within one file, nor when the units agree", () => {
    const a = analyseWorkbook(
      [
        roster("镇甲.xlsx", [
          ["上海甲科技有限公司", "GR202031000001", serialFromYmd(2020, 11, 2), "朱泾镇"],
          ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 11, 2), "枫泾镇"],
        ]),
        roster("镇乙.xlsx", [
          ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 11, 2), "枫泾"],
        ]),
      ],
      { asOf }
    );
    expect(conflicts(a, "unit-conflict")).toEqual([]);
  });

  it("on a unit a repeat in a third file brought: named on the repeat's row only", () => {
    const a = analyseWorkbook(
      [
        roster("镇甲.xlsx", [
          ["上海甲科技有限公司", "GR202031000001", serialFromYmd(2020, 11, 2), ""],
        ]),
        roster("镇乙.xlsx", [
          ["上海甲科技有限公司", "GR202331000002", serialFromYmd(2023, 11, 2), "枫泾镇"],
        ]),
        roster("镇丙.xlsx", [["上海甲科技有限公司", "GR202031000001", null, "亭林镇"]]),
      ],
      { asOf }
    );
    // 镇甲's row names no unit: 亭林镇 is 镇丙's, taken over into the one certificate.
    const found = conflicts(a, "unit-conflict");
    expect(found.map((f) => f.file)).toEqual(["镇丙.xlsx"]);
    expect(unitOf(a, "枫泾镇")?.valid).toBe(1);
  });

  it("on a unit, where the other file repeats the certificate without its date", () => {
    // At mid-year: the repeat's blank date would read as 31 December, after the as-of date.
    const a = analyseWorkbook(
      [
        roster("镇甲.xlsx", [
          ["上海甲科技有限公司", "GR202431000001", serialFromYmd(2024, 3, 1), "枫泾镇"],
        ]),
        roster("镇乙.xlsx", [["上海甲科技有限公司", "GR202431000001", null, "朱泾镇"]]),
      ],
      { asOf: serialFromYmd(2024, 6, 30) }
    );
    const found = conflicts(a, "unit-conflict");
    expect(found.map((f) => [f.file, f.row])).toEqual([["镇乙.xlsx", 2]]);
    expect(unitOf(a, "枫泾镇")?.valid).toBe(1);
  });

  it("on a unit the counted row took from a repeat: the repeat's file named", () => {
    const a = analyseWorkbook(
      [
        roster("镇甲.xlsx", [
          ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 11, 2), ""],
        ]),
        roster("镇乙.xlsx", [["上海甲科技有限公司", "GR202331000001", null, "枫泾镇"]]),
        roster("镇丙.xlsx", [
          ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 11, 2), "朱泾镇"],
        ]),
      ],
      { asOf }
    );
    // Counted under 枫泾镇, the unit 镇乙.xlsx wrote (镇甲.xlsx wrote none).
    expect(unitOf(a, "枫泾镇")?.valid).toBe(1);
    const found = conflicts(a, "unit-conflict");
    expect(found.map((f) => [f.file, f.row])).toEqual([["镇丙.xlsx", 2]]);
    expect(found[0].message["zh-CN"]).toContain("镇乙.xlsx 列于“枫泾镇”");
    expect(found[0].message["zh-CN"]).not.toContain("镇甲.xlsx");
  });

  it("on an issue date: the first row's date counts", () => {
    const a = analyseWorkbook(
      [
        roster("镇甲.xlsx", [
          ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 11, 2), "枫泾镇"],
        ]),
        roster("镇乙.xlsx", [
          ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 12, 8), "枫泾镇"],
        ]),
      ],
      { asOf: serialFromYmd(2023, 11, 30) }
    );
    const found = conflicts(a, "certificate-conflict");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: "镇乙.xlsx", row: 2, column: "C", severity: "warning" });
    expect(found[0].message["zh-CN"]).toContain("2023-12-08");
    expect(found[0].message["zh-CN"]).toContain("2023-11-02");
    expect(found[0].message["en-US"]).toContain("镇甲.xlsx");
    // Valid from 2 November (the first row), though the second file says 8 December.
    expect(unitOf(a, "枫泾镇")?.valid).toBe(1);
  });

  it("on an issue date the first row lacks: compared with the row that gave it", () => {
    const row = (issue: CellValue): CellValue[] => [
      "上海甲科技有限公司",
      "GR201731000001",
      issue,
      "枫泾镇",
    ];
    const march = row(serialFromYmd(2017, 3, 1));
    const february = row(serialFromYmd(2017, 2, 1));
    // 镇乙.xlsx gives both dates: no disagreement between files (镇甲.xlsx has no date).
    const within = analyseWorkbook(
      [roster("镇甲.xlsx", [row(null)]), roster("镇乙.xlsx", [march, february])],
      { asOf }
    );
    expect(conflicts(within, "certificate-conflict")).toEqual([]);
    // 镇丙.xlsx gives the date counted: the finding names it, not 镇甲.xlsx.
    const across = analyseWorkbook(
      [
        roster("镇甲.xlsx", [row(null)]),
        roster("镇丙.xlsx", [march]),
        roster("镇乙.xlsx", [february]),
      ],
      { asOf }
    );
    const found = conflicts(across, "certificate-conflict");
    expect(found.map((f) => [f.file, f.row])).toEqual([["镇乙.xlsx", 2]]);
    expect(found[0].message["en-US"]).toContain("2017-03-01 in 镇丙.xlsx");
  });

  it("on targets: the table used named on the other", () => {
    const table = (file: string, n: number): SheetInput => ({
      file,
      name: "目标任务",
      values: [
        ["责任单位", "2024年"],
        ["枫泾镇", n],
        ["朱泾镇", 50],
        ["合计", n + 50],
      ],
    });
    const a = analyseWorkbook(
      [
        table("区.xlsx", 100),
        roster("镇甲.xlsx", [
          ["上海甲科技有限公司", "GR202431000001", serialFromYmd(2024, 3, 2), "枫泾镇"],
        ]),
        table("镇甲.xlsx", 90),
      ],
      { asOf }
    );
    expect(unitOf(a, "枫泾镇")?.target).toBe(100);
    const found = conflicts(a, "targets-conflict");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: "镇甲.xlsx", sheet: "目标任务", row: 0 });
    expect(found[0].message["zh-CN"]).toContain("区.xlsx");
    expect(found[0].message["en-US"]).toContain("枫泾镇: 90 here, 100 in the table used");
  });

  it("on a visit logged in two files: counted once", () => {
    const log = (file: string, rows: CellValue[][]): SheetInput => ({
      file,
      name: "走访记录",
      values: [CONTACT_HEAD, ...rows],
    });
    const visit = [serialFromYmd(2024, 5, 6), "上海甲科技有限公司", "走访", "用地"];
    const a = analyseWorkbook(
      [
        roster("镇甲.xlsx", [
          ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 11, 2), "枫泾镇"],
        ]),
        log("镇甲.xlsx", [visit]),
        log("镇乙.xlsx", [visit, [serialFromYmd(2024, 5, 6), "上海甲科技有限公司", "电话", ""]]),
      ],
      { asOf }
    );
    const found = conflicts(a, "visit-duplicate");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: "镇乙.xlsx", sheet: "走访记录", row: 2, column: "A" });
    expect(found[0].message["zh-CN"]).toContain("镇甲.xlsx");
    // The visit by telephone is another contact.
    expect(unitOf(a, "枫泾镇")?.contacts.visits).toBe(2);
    expect(a.problems).toHaveLength(1);
    expect(a.sources?.map((s) => [s.file, s.rows, s.findings])).toEqual([
      ["镇甲.xlsx", 2, 0],
      ["镇乙.xlsx", 2, 1],
    ]);
  });

  it("on a visit one log names by credit code and another by name: counted once", () => {
    const code = "91310116MA1J00001X";
    const a = analyseWorkbook(
      [
        {
          file: "镇甲.xlsx",
          name: "高企名单",
          values: [
            ["企业名称", "统一社会信用代码", "证书编号", "发证日期", "所属镇（园区）"],
            ["上海甲科技有限公司", code, "GR202331000001", serialFromYmd(2023, 11, 2), "枫泾镇"],
          ],
        },
        {
          file: "镇甲.xlsx",
          name: "走访记录",
          values: [
            ["走访日期", "统一社会信用代码", "走访形式"],
            [serialFromYmd(2024, 5, 6), code, "走访"],
          ],
        },
        {
          file: "镇乙.xlsx",
          name: "走访记录",
          values: [
            ["走访日期", "企业名称", "走访形式"],
            [serialFromYmd(2024, 5, 6), "上海甲科技有限公司", "走访"],
          ],
        },
      ],
      { asOf }
    );
    // The roster makes the code and the name one enterprise (section 2): one visit.
    expect(unitOf(a, "枫泾镇")?.contacts).toMatchObject({ visits: 1, enterprises: 1 });
    expect(conflicts(a, "visit-duplicate")).toHaveLength(1);
    expect(conflicts(a, "visit-duplicate")[0]).toMatchObject({ file: "镇乙.xlsx", row: 2 });
  });

  it("are no findings in one workbook", () => {
    const a = analyseWorkbook(
      [
        {
          name: "甲",
          values: [
            ROSTER_HEAD,
            ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 11, 2), "枫泾镇"],
          ],
        },
        {
          name: "乙",
          values: [
            ROSTER_HEAD,
            ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 12, 8), "朱泾镇"],
          ],
        },
      ],
      { asOf }
    );
    expect(a.findings.map((f) => f.code)).toEqual(["duplicate"]);
    expect(a.sources).toBeUndefined();
  });
});

describe("a visit two contact sheets of one workbook both record", () => {
  const visit = [serialFromYmd(2024, 5, 6), "上海甲科技有限公司", "走访", "用地"];
  const sheets = (file?: (k: number) => string): SheetInput[] => [
    {
      ...(file ? { file: file(0) } : {}),
      name: "高企名单",
      values: [
        ROSTER_HEAD,
        ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 11, 2), "枫泾镇"],
      ],
    },
    // Two calls on one day in one log are two contacts; the same visit in the second log is a repeat.
    {
      ...(file ? { file: file(1) } : {}),
      name: "一季度走访",
      values: [CONTACT_HEAD, visit, visit],
    },
    { ...(file ? { file: file(2) } : {}), name: "二季度走访", values: [CONTACT_HEAD, visit] },
  ];

  it("counts it once, naming both sheets", () => {
    const a = analyseWorkbook(sheets(), { asOf });
    expect(unitOf(a, "枫泾镇")?.contacts).toMatchObject({ visits: 2, enterprises: 1, open: 2 });
    const found = conflicts(a, "visit-duplicate");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      sheet: "二季度走访",
      row: 2,
      column: "A",
      severity: "warning",
    });
    expect(found[0].message["zh-CN"]).toContain("一季度走访 第 2 行");
    expect(found[0].message["en-US"]).toContain('Sheets "二季度走访" and "一季度走访"');
    expect(a.problems).toHaveLength(2);
  });

  it("gives the same figures as the workbook split into files, or gathered into one file", () => {
    const one = analyseWorkbook(sheets(), { asOf });
    const split = analyseWorkbook(
      sheets((k) => `镇${k}.xlsx`),
      { asOf }
    );
    const gathered = analyseWorkbook(
      sheets(() => "镇.xlsx"),
      { asOf }
    );
    for (const other of [split, gathered]) {
      expect(other.units).toEqual(one.units);
      expect(other.total).toEqual(one.total);
      expect(conflicts(other, "visit-duplicate")).toHaveLength(1);
    }
    // Within one file the sheets are named; across files, the files.
    expect(conflicts(gathered, "visit-duplicate")[0].message["zh-CN"]).toContain("二季度走访");
    expect(conflicts(split, "visit-duplicate")[0].message["zh-CN"]).toContain("镇1.xlsx");
  });
});
