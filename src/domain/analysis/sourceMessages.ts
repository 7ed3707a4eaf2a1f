/** The messages of the findings about several files read as one (docs/rules.md section 12). */
import { isoFromSerial } from "../core/dates";
import type { LocalText, Serial } from "../core/types";

/** "[镇甲.xlsx]高企名单 第 12 行" / "row 12 of [镇甲.xlsx]高企名单". */
function at(sheet: string, row: number): LocalText {
  return { "zh-CN": `${sheet} 第 ${row} 行`, "en-US": `row ${row} of ${sheet}` };
}

/** A file's name; the open workbook (its sheets have no file) is "本工作簿" / "this workbook". */
const zh = (file: string): string => file || "本工作簿";
const en = (file: string): string => file || "this workbook";

export const sourceText = {
  unitConflict: (
    file: string,
    unit: string,
    countedFile: string,
    countedUnit: string,
    counted: { sheet: string; row: number }
  ): LocalText => {
    const where = at(counted.sheet, counted.row);
    return {
      "zh-CN": `${zh(file)} 将该企业列于“${unit}”，${zh(countedFile)} 列于“${countedUnit}”：按最新证书（${where["zh-CN"]}）计入“${countedUnit}”`,
      "en-US": `${en(file)} lists this enterprise under "${unit}", ${en(countedFile)} under "${countedUnit}": it counts under "${countedUnit}", the unit of its latest certificate (${where["en-US"]})`,
    };
  },
  certificateConflict: (
    certNo: string,
    file: string,
    issue: Serial,
    firstFile: string,
    firstIssue: Serial,
    first: { sheet: string; row: number }
  ): LocalText => {
    const where = at(first.sheet, first.row);
    return {
      "zh-CN": `证书 ${certNo} 的发证日期：${zh(file)} 为 ${isoFromSerial(issue)}，${zh(firstFile)} 为 ${isoFromSerial(firstIssue)}；按先读到的 ${where["zh-CN"]} 计`,
      "en-US": `Certificate ${certNo} is issued on ${isoFromSerial(issue)} in ${en(file)} and on ${isoFromSerial(firstIssue)} in ${en(firstFile)}: the first read, ${where["en-US"]}, counts`,
    };
  },
  targetsConflict: (
    file: string,
    usedFile: string,
    used: string,
    year: number,
    diff: { unit: string; mine: number; used: string }
  ): LocalText => ({
    "zh-CN": `${zh(file)} 的目标表与 ${zh(usedFile)} 的不同（${year}年${diff.unit}：本表 ${diff.mine}，所用表 ${diff.used}）：按所用的“${used}”计算`,
    "en-US": `The target table of ${en(file)} differs from that of ${en(usedFile)} (${year}, ${diff.unit}: ${diff.mine} here, ${diff.used} in the table used): "${used}" is the one used`,
  }),
  visitDuplicate: (
    file: string,
    date: Serial,
    firstFile: string,
    first: { sheet: string; row: number }
  ): LocalText => {
    const where = at(first.sheet, first.row);
    return {
      "zh-CN": `${zh(file)} 与 ${zh(firstFile)} 都记有此次联系（${isoFromSerial(date)}，同一企业、同一形式）：只计一次，按 ${where["zh-CN"]}`,
      "en-US": `${en(file)} and ${en(firstFile)} both record this contact (${isoFromSerial(date)}, same enterprise and form): counted once, as ${where["en-US"]}`,
    };
  },
  unreadable: (reason: LocalText): LocalText => ({
    "zh-CN": `文件无法读取，已跳过：${reason["zh-CN"]}`,
    "en-US": `The file could not be read and was skipped: ${reason["en-US"]}`,
  }),
};
