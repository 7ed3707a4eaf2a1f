/**
 * The benches' synthetic roster: its header and its rows, the same sequence wherever they are written
 * (the same seed), so that files of different formats hold the same data.
 */
import { creditCodeCheckChar } from "../src/domain/enterprise/creditCode";
import { DEFAULT_TARGETS } from "../src/domain/targets/targetTable";

export const ROSTER_HEADER = [
  "序号",
  "企业名称",
  "统一社会信用代码",
  "证书编号",
  "发证日期",
  "所属镇（园区）",
  "认定类型",
];

/** A check character that is not `right`'s: a credit code that fails its checksum. */
function wrongCheckChar(right: string): string {
  return right === "0" ? "1" : "0";
}

/**
 * Rows 1..rows after the header: [seq, name, credit code, certificate, issue date, unit, type].
 * `badCheckChars`: every credit code ends in a wrong check character (one finding a row, as in lists
 * typed by hand).
 */
export function* syntheticRows(
  rows: number,
  badCheckChars = false
): Generator<(string | number | Date)[]> {
  const units = DEFAULT_TARGETS.units;
  let seed = 12345;
  const rand = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  for (let i = 1; i <= rows; i++) {
    // Unique credit codes: the engine counts an enterprise once, COUNTIFS counts rows.
    const body = "91310116" + String(100_000_000 + i * 7);
    const year = 2019 + Math.floor(rand() * 5);
    const issue = new Date(Date.UTC(year, 9 + Math.floor(rand() * 3), 1 + Math.floor(rand() * 28)));
    const check = creditCodeCheckChar(body) ?? "0";
    yield [
      i,
      `上海样本${i}科技有限公司`,
      body + (badCheckChars ? wrongCheckChar(check) : check),
      `GR${year}31${String(i % 1_000_000).padStart(6, "0")}`,
      issue,
      units[i % units.length],
      rand() < 0.5 ? "首次认定" : "",
    ];
  }
}
