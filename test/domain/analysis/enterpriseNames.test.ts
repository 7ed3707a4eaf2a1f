/** The names 记录走访 offers: every enterprise the roster and pool sheets name, once, with a code found beside it. */
import { serialFromYmd } from "../../../src/domain/core/dates";
import { enterpriseNames } from "../../../src/domain/analysis/enterpriseNames";
import { DEFAULT_SETTINGS, parseSettings } from "../../../src/domain/settings/settings";
import type { SheetInput } from "../../../src/domain/core/types";

const d = serialFromYmd;
const ROSTER: SheetInput = {
  name: "名单",
  values: [
    ["高企名单"],
    ["企业名称", "统一社会信用代码", "证书编号", "发证日期"],
    // A header merged over two rows repeats its words: no enterprise.
    ["企业名称", "统一社会信用代码", "证书编号", "发证日期"],
    ["上海甲科技有限公司", "", "GR202031000001", d(2020, 11, 12)],
    ["上海乙科技有限公司", " 91310116ma1k00001x ", "GR202031000002", d(2020, 12, 1)],
    ["上海甲科技有限公司", "91310116MA1K00002Y", "GR202331000003", d(2023, 11, 1)],
    [null, "91310116MA1K00003Z", "GR202331000004", d(2023, 11, 1)],
  ],
};
const POOL: SheetInput = {
  name: "培育库",
  values: [
    ["企业名称", "培育阶段"],
    ["上海丙科技有限公司", "推出"],
    ["上海乙科技有限公司", "服务"],
  ],
};
const CONTACTS: SheetInput = {
  name: "走访记录",
  values: [
    ["走访日期", "企业名称", "问题"],
    [d(2023, 5, 1), "上海丁科技有限公司", "用地"],
  ],
};
const NOTES: SheetInput = { name: "说明", values: [["企业名称"], ["上海戊科技有限公司"]] };

describe("enterpriseNames", () => {
  it("reads the roster's and the pool's names in reading order, each once, keeping the first code found", () => {
    expect(enterpriseNames([NOTES, ROSTER, POOL, CONTACTS], DEFAULT_SETTINGS)).toEqual([
      { name: "上海甲科技有限公司", creditCode: "91310116MA1K00002Y" },
      { name: "上海乙科技有限公司", creditCode: "91310116MA1K00001X" },
      { name: "上海丙科技有限公司", creditCode: "" },
    ]);
  });

  it("follows the user's column mapping on a sheet without a header", () => {
    const sheet: SheetInput = {
      name: "表1",
      values: [["上海庚科技有限公司", "GR202231000009", d(2022, 12, 1)]],
    };
    expect(enterpriseNames([sheet], DEFAULT_SETTINGS)).toEqual([]);
    const settings = parseSettings({
      columnMappings: { 表1: { name: "A", certNo: "B", issueDate: "C" } },
    });
    expect(enterpriseNames([sheet], settings)).toEqual([
      { name: "上海庚科技有限公司", creditCode: "" },
    ]);
  });

  it("skips a sheet that names enterprises by code only", () => {
    const codes: SheetInput = {
      name: "代码",
      values: [
        ["统一社会信用代码", "证书编号", "发证日期"],
        ["91310116MA1K00001X", "GR202031000002", d(2020, 12, 1)],
      ],
    };
    expect(enterpriseNames([codes], DEFAULT_SETTINGS)).toEqual([]);
  });
});
