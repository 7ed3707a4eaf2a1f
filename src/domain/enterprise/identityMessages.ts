/** The finding messages about an enterprise's name, credit code and unit, as every sheet reader gives them. */
import { QuotedText, type Template } from "../core/quotedText";
import type { LocalText } from "../core/types";

const CREDIT_FORM: Template = [
  (t) => `统一社会信用代码“${t}”格式不符（应为 18 位）`,
  (t) => `Credit code "${t}" is malformed (expected 18 characters)`,
];
const CREDIT_CHECKSUM: Template = [
  (t) => `统一社会信用代码“${t}”校验位不符`,
  (t) => `Credit code "${t}" fails its check character`,
];

const FORMULA_LIKE: Template = [
  (t) => `企业名称“${t}”以 = + - @ 开头，在表格中可能被当作公式：Gaoqi 按文本写出，请在源表中修正`,
  (t) =>
    `Company name "${t}" starts with = + - or @ and a spreadsheet may take it for a formula: Gaoqi writes it as text; please correct the source`,
];

/** One template per column label, made once (a sheet of formula-like stages costs a small object a cell). */
const formulaLikeTemplates = new Map<LocalText, Template>();
function formulaLikeTemplate(label: LocalText): Template {
  let t = formulaLikeTemplates.get(label);
  if (t === undefined) {
    t = [
      (text) =>
        `${label["zh-CN"]}“${text}”以 = + - @ 开头，在表格中可能被当作公式：Gaoqi 按文本写出，请在源表中修正`,
      (text) =>
        `${label["en-US"]} "${text}" starts with = + - or @ and a spreadsheet may take it for a formula: Gaoqi writes it as text; please correct the source`,
    ];
    if (formulaLikeTemplates.size < 64) formulaLikeTemplates.set(label, t);
  }
  return t;
}

/** Messages by situation; each takes the offending text where it helps the user find the problem. */
export const identityText = {
  creditForm: (text: string): LocalText => new QuotedText(CREDIT_FORM, text),
  creditChecksum: (text: string): LocalText => new QuotedText(CREDIT_CHECKSUM, text),
  unknownUnit: (text: string, unit: string): LocalText => ({
    "zh-CN": `无法识别的单位“${text}”：计入“${unit}”`,
    "en-US": `Unknown unit "${text}": counted under "${unit}"`,
  }),
  badName: (text: string): LocalText => ({
    "zh-CN": `企业名称单元格为“${text}”（错误值或逻辑值），不是企业名称：按未填名称处理`,
    "en-US": `The company name cell holds "${text}" (an error or logical value), not a name: read as blank`,
  }),
  badCode: (text: string): LocalText => ({
    "zh-CN": `统一社会信用代码单元格为“${text}”（错误值或逻辑值），不是代码：按未填代码处理`,
    "en-US": `The credit code cell holds "${text}" (an error or logical value), not a code: read as blank`,
  }),
  formulaLike: (text: string): LocalText => new QuotedText(FORMULA_LIKE, text),
  /** A formula-like text in another column than the name (`label`: the column as the message names it). */
  formulaLikeIn: (label: LocalText, text: string): LocalText =>
    new QuotedText(formulaLikeTemplate(label), text),
};
