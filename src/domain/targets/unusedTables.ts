/** Target tables a workbook holds but the analysis does not use: each named in a finding, never silently ignored. */
import { yearOfSerial } from "../core/dates";
import { finding } from "../core/findings";
import type { Finding, Serial, TargetTable } from "../core/types";
import { hasUnits } from "./targetTable";

/**
 * One finding (info, on the table's sheet) for every table in `tables` other than `used`: the one in use
 * and the as-of year named, so the office knows which numbers the report counts against.
 */
export function unusedTargetTables(
  tables: readonly TargetTable[],
  used: TargetTable,
  asOf: Serial
): Finding[] {
  const year = yearOfSerial(asOf);
  const usedName =
    used.source === "default"
      ? { "zh-CN": "政策默认目标表", "en-US": "the policy's default table" }
      : { "zh-CN": `“${used.source}”`, "en-US": `"${used.source}"` };
  return tables
    .filter((t) => t !== used)
    .map((t) =>
      hasUnits(t)
        ? finding(t.source, 0, "", "targets-ignored", "info", {
            "zh-CN": `本目标表未使用：${year}年按${usedName["zh-CN"]}计算`,
            "en-US": `This target table is not used: ${year} is counted against ${usedName["en-US"]}`,
          })
        : finding(t.source, 0, "", "targets-ignored", "warning", {
            "zh-CN": `本目标表在表头下没有任何单位行：未使用，${year}年按${usedName["zh-CN"]}计算`,
            "en-US": `This target table has no unit rows under its header: not used; ${year} is counted against ${usedName["en-US"]}`,
          })
    );
}
