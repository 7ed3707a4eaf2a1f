/**
 * What each file of several read as one brought (docs/rules.md section 12, 报送情况): the units its own
 * roster and pool rows name and its newest date, not facts another file's rows supplied.
 */
import { analyseWorkbook } from "../../../src/domain/analysis/analyseWorkbook";
import { serialFromYmd } from "../../../src/domain/core/dates";
import type { Analysis, CellValue, SheetInput } from "../../../src/domain/core/types";

const asOf = serialFromYmd(2024, 12, 31);
const HEAD = ["企业名称", "证书编号", "发证日期", "所属镇（园区）", "迁入日期"];

const roster = (file: string, name: string, rows: CellValue[][]): SheetInput => ({
  file,
  name,
  values: [HEAD, ...rows],
});

const source = (a: Analysis, file: string) => a.sources?.find((s) => s.file === file);

describe("a file's own facts", () => {
  it("leave out a unit and an issue date that a repeat in another file supplied", () => {
    const a = analyseWorkbook(
      [
        roster("镇甲.xlsx", "高企名单", [["上海甲科技有限公司", "GR202331000001", null, "", null]]),
        roster("镇乙.xlsx", "迁入", [
          [
            "上海甲科技有限公司",
            "GR202331000001",
            serialFromYmd(2023, 3, 5),
            "朱泾镇",
            serialFromYmd(2024, 2, 1),
          ],
        ]),
      ],
      { asOf }
    );
    // The one certificate takes the second file's unit and date (section 2) ...
    expect(a.units.find((u) => u.unit === "朱泾镇")?.valid).toBe(1);
    // ... but only the second file holds them.
    expect(source(a, "镇甲.xlsx")).toMatchObject({ units: [], newest: null });
    expect(source(a, "镇乙.xlsx")).toMatchObject({
      units: ["朱泾镇"],
      newest: serialFromYmd(2023, 3, 5),
    });
  });

  it("have no newest date from a certificate number's year alone", () => {
    const a = analyseWorkbook(
      [
        roster("镇甲.xlsx", "高企名单", [
          ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 3, 5), "枫泾镇", null],
          // No issue date: counted from 31 December 2024, a date the file does not hold.
          ["上海乙科技有限公司", "GR202431000002", null, "枫泾镇", null],
        ]),
        roster("镇乙.xlsx", "高企名单", [["上海丙科技有限公司", "GR202431000003", null, "", null]]),
      ],
      { asOf }
    );
    expect(a.units.find((u) => u.unit === "枫泾镇")?.valid).toBe(2);
    expect(source(a, "镇甲.xlsx")?.newest).toBe(serialFromYmd(2023, 3, 5));
    expect(source(a, "镇乙.xlsx")?.newest).toBeNull();
  });
});
