/** A small roster the engine analyses for real: a few enterprises in several units, one expiring, some problems. */
import { serialFromYmd } from "../../src/domain/core/dates";
import type { SheetInput } from "../../src/domain/core/types";

export const AS_OF = serialFromYmd(2023, 6, 30);

export const ROSTER: SheetInput = {
  name: "名单",
  values: [
    ["企业名称", "统一社会信用代码", "证书编号", "发证日期", "所属镇（园区）", "认定类型"],
    ["上海甲科技有限公司", "", "GR202031000001", serialFromYmd(2020, 11, 12), "朱泾镇", "首次认定"],
    ["上海乙科技有限公司", "", "GR202131000002", serialFromYmd(2021, 12, 1), "枫泾", ""],
    ["上海丙科技有限公司", "", "GR202231000003", serialFromYmd(2022, 10, 20), "亭林镇", ""],
    ["上海丁科技有限公司", "", "GR202331000004", serialFromYmd(2023, 3, 1), "碳谷绿湾", "首次认定"],
    ["上海戊科技有限公司", "", "GR202031000005", serialFromYmd(2020, 8, 1), "", ""],
    ["上海己科技有限公司", "", "GR20223100006", "2022年13月1日", "火星镇", ""],
  ],
};

export const NOTES: SheetInput = { name: "说明", values: [["示例"], ["不参与统计"]] };

export const SHEETS: SheetInput[] = [NOTES, ROSTER];

/**
 * A pool (培育库) beside the roster, as of AS_OF: 甲 holds a valid certificate (recognised, stage stale,
 * unit from the roster); 庚 and 壬 have applied (candidates); 辛 is being served; 癸 has no unit (其他).
 */
export const POOL: SheetInput = {
  name: "培育库",
  values: [
    ["企业名称", "统一社会信用代码", "所属镇（园区）", "培育阶段", "计划申报年度"],
    ["上海甲科技有限公司", "", "", "推出", 2023],
    ["上海庚科技有限公司", "", "朱泾镇", "已申报", 2023],
    ["上海辛科技有限公司", "", "枫泾", "培育", null],
    ["上海壬科技有限公司", "", "亭林镇", "推荐", null],
    ["上海癸科技有限公司", "", "", "发现", null],
  ],
};

/**
 * A contact log (走访记录) beside the roster and the pool, as of AS_OF (N = 90): 甲 (expiring) was visited
 * on 2023-05-10 and its problem is past its due date; 庚 (submitted) was last called on 2023-01-05, more
 * than 90 days before: to visit; 戊 (expiring) and 壬 (submitted) were never contacted; the last row names
 * no enterprise of the roster or the pool.
 */
export const CONTACTS: SheetInput = {
  name: "走访记录",
  values: [
    ["走访日期", "企业名称", "走访形式", "问题或诉求", "办理状态", "办结时限"],
    [
      serialFromYmd(2023, 5, 10),
      "上海甲科技有限公司",
      "走访",
      "用地",
      "办理中",
      serialFromYmd(2023, 6, 1),
    ],
    [serialFromYmd(2023, 1, 5), "上海庚科技有限公司", "电话", "无", null, null],
    [
      serialFromYmd(2023, 6, 20),
      "上海乙科技有限公司",
      "座谈",
      "融资",
      "待办",
      serialFromYmd(2023, 8, 1),
    ],
    [serialFromYmd(2023, 6, 21), "上海不在名单科技有限公司", "走访", null, null, null],
  ],
};
