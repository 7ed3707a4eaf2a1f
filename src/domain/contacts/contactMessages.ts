/** The contact sheets' finding messages (docs/rules.md section 10), in both interface languages. */
import { isoFromSerial } from "../core/dates";
import type { LocalText, Serial } from "../core/types";
import { quotedText, type Template } from "../core/quotedText";

// Messages quoting a cell are worded when read: a hostile contact log has a million of them.
const BAD_DATE: Template = [
  (t) => `走访日期无法识别：“${t}”：此行不计入走访统计`,
  (t) => `Contact date cannot be read: "${t}": not counted`,
];
const BAD_DUE: Template = [
  (t) => `办结时限无法识别：“${t}”：按未填处理`,
  (t) => `Due date cannot be read: "${t}": read as blank`,
];
const UNKNOWN_STATUS: Template = [
  (t) => `办理状态“${t}”无法识别（应为已办结、办理中、未办结或待办）：按未办结计入`,
  (t) =>
    `Status "${t}" cannot be read (expected 已办结, 办理中, 未办结 or 待办): counted as not done`,
];

export const contactText = {
  /** The same visit in two contact sheets of one file (several files: sourceText.visitDuplicate). */
  repeatedVisit: (
    sheet: string,
    date: Serial,
    first: { sheet: string; row: number }
  ): LocalText => ({
    "zh-CN": `工作表“${sheet}”与“${first.sheet}”都记有此次联系（${isoFromSerial(date)}，同一企业、同一形式）：只计一次，按 ${first.sheet} 第 ${first.row} 行`,
    "en-US": `Sheets "${sheet}" and "${first.sheet}" both record this contact (${isoFromSerial(date)}, same enterprise and form): counted once, as row ${first.row} of ${first.sheet}`,
  }),
  noEnterprise: (): LocalText => ({
    "zh-CN": "走访记录缺少企业名称和统一社会信用代码：此行不计入走访统计",
    "en-US": "Contact row with neither company name nor credit code: not counted",
  }),
  /** A contact dated a year or more after the as-of date: a typo, not a planned visit. */
  farFuture: (date: Serial, asOf: Serial): LocalText => ({
    "zh-CN": `走访日期 ${isoFromSerial(date)} 比统计日 ${isoFromSerial(asOf)} 晚一年以上：此行不计入走访统计，请核对日期`,
    "en-US": `Contact date ${isoFromSerial(date)} is more than a year after the as-of date ${isoFromSerial(asOf)}: not counted; check the date`,
  }),
  /** A row whose name or code joins no enterprise of the roster or the pool. */
  unmatched: (byCode: boolean): LocalText => ({
    "zh-CN": `高企名单和培育库中都没有此企业（按${byCode ? "统一社会信用代码" : "企业名称"}对应）：此行不计入走访统计，请核对企业名称或代码`,
    "en-US": `No enterprise of the roster or the pool matches this row (by ${byCode ? "credit code" : "company name"}): not counted; check the name or code`,
  }),
  noDate: (): LocalText => ({
    "zh-CN": "缺少走访日期：此行不计入走访统计",
    "en-US": "No contact date: not counted",
  }),
  badDate: (text: string): LocalText => quotedText(BAD_DATE, text),
  badDue: (text: string): LocalText => quotedText(BAD_DUE, text),
  unknownStatus: (text: string): LocalText => quotedText(UNKNOWN_STATUS, text),
};
