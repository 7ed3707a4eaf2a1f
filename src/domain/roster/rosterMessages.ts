/** The roster reader's finding messages, in both interface languages. */
import { QuotedText, type Template } from "../core/quotedText";
import type { LocalText } from "../core/types";

const CERT_NUMBER: Template = [
  (t) => `证书编号“${t}”格式不符（应为 GR/GF + 12 位数字）`,
  (t) => `Certificate number "${t}" is malformed (expected GR/GF + 12 digits)`,
];
const CERT_OLD: Template = [
  (t) => `证书编号“${t}”为旧版 GF 编号：已接受，请核对`,
  (t) => `Certificate number "${t}" is an old GF number: accepted, please check`,
];
/** One template per date label, made once: a sheet of unreadable dates then costs a small object a cell. */
const badDateTemplates = new Map<LocalText, Template>();
function badDateTemplate(label: LocalText): Template {
  let t = badDateTemplates.get(label);
  if (t === undefined) {
    t = [
      (text) => `${label["zh-CN"]}无法识别：“${text}”`,
      (text) => `${label["en-US"]} cannot be read: "${text}"`,
    ];
    if (badDateTemplates.size < 64) badDateTemplates.set(label, t);
  }
  return t;
}

/** Messages by situation; each takes the offending text where it helps the user find the problem. */
export const rosterText = {
  missingIdentity: (): LocalText => ({
    "zh-CN": "缺少企业名称和统一社会信用代码：此行无法计入",
    "en-US": "Neither company name nor credit code: this row cannot be counted",
  }),
  badDate: (label: LocalText, text: string): LocalText =>
    new QuotedText(badDateTemplate(label), text),
  issueInferred: (year: number, unreadable: boolean): LocalText => ({
    "zh-CN": `${unreadable ? "发证日期无法识别" : "缺少发证日期"}：按证书编号年份推定为 ${year}-12-31；推定日期不计奖励`,
    "en-US": `${unreadable ? "Issue date unreadable" : "No issue date"}: assumed ${year}-12-31 from the certificate number's year; an inferred date earns no award`,
  }),
  noIssue: (certText: string): LocalText => ({
    "zh-CN": certText
      ? `证书编号“${certText}”无法识别且没有可用的发证日期：此行无法计入`
      : "既没有证书编号也没有可用的发证日期：此行无法计入",
    "en-US": certText
      ? `Certificate number "${certText}" cannot be read and there is no usable issue date: this row cannot be counted`
      : "Neither a certificate number nor a usable issue date: this row cannot be counted",
  }),
  badCertNumber: (text: string): LocalText => ({
    "zh-CN": `证书编号单元格为“${text}”（错误值或逻辑值），不是证书编号：按未填处理`,
    "en-US": `The certificate number cell holds "${text}" (an error or logical value), not a number: read as blank`,
  }),
  certNumber: (text: string): LocalText => new QuotedText(CERT_NUMBER, text),
  certOld: (text: string): LocalText => new QuotedText(CERT_OLD, text),
  yearMismatch: (certYear: number, issueYear: number): LocalText => ({
    "zh-CN": `证书编号年份 ${certYear} 与发证日期年份 ${issueYear} 不一致`,
    "en-US": `The certificate number's year ${certYear} differs from the issue date's year ${issueYear}`,
  }),
  missingUnit: (unit: string): LocalText => ({
    "zh-CN": `缺少所属单位：计入“${unit}”`,
    "en-US": `No unit: counted under "${unit}"`,
  }),
  unlisted: (count: number, budget: number): LocalText => ({
    "zh-CN": `另有 ${count} 条同类问题未逐条列出（全部名单表逐条列出的问题已达 ${budget} 条，其后只计数）：请先修正上面列出的问题`,
    "en-US": `${count.toLocaleString("en-US")} more findings of this kind are not listed one by one (the rosters' listed findings reached ${budget.toLocaleString("en-US")}; past that they are only counted): please fix the ones listed first`,
  }),
  noValue: (): LocalText => ({
    "zh-CN":
      "公式单元格没有计算结果（文件保存时未重新计算）：按空白读取；请在 Excel 中重新计算并保存",
    "en-US":
      "A formula cell without a calculated value (the file was saved without recalculating): read as blank; recalculate and save it in Excel",
  }),
  noUnitColumn: (unit: string): LocalText => ({
    "zh-CN": `此表没有所属单位列：全部计入“${unit}”`,
    "en-US": `This sheet has no unit column: every row counts under "${unit}"`,
  }),
};

/** Column labels used in date messages. */
export const dateLabels: Record<"issueDate" | "moveIn" | "moveOut" | "revoked", LocalText> = {
  issueDate: { "zh-CN": "发证日期", "en-US": "Issue date" },
  moveIn: { "zh-CN": "迁入日期", "en-US": "Move-in date" },
  moveOut: { "zh-CN": "迁出日期", "en-US": "Move-out date" },
  revoked: { "zh-CN": "取消日期", "en-US": "Revocation date" },
};
