/**
 * What the XML reader finds malformed in a part, said in both languages: the refusal line carries it
 * (after "XML 格式错误：" / "malformed XML: "), so a zh-CN user reads no parser English.
 */
import type { LocalText } from "../../domain/core/types";

const fault = (en: string, zh: string): LocalText => ({ "en-US": en, "zh-CN": zh });

export const XML_FAULTS = {
  endTagMismatch: fault("an end tag that does not match its start tag", "结束标记与开始标记不匹配"),
  ltStartsNoTag: fault("a '<' that starts no tag", "“<”之后没有标记名"),
  secondRoot: fault("a second root element", "出现第二个根元素"),
  ltInTag: fault("a '<' inside a tag", "标记内出现“<”"),
  unknownDeclaration: fault("an unknown <! declaration", "无法识别的 <! 声明"),
  endsInComment: fault("the part ends inside a comment", "部件在注释中途结束"),
  endsInCdata: fault("the part ends inside a CDATA section", "部件在 CDATA 段中途结束"),
  endsInInstruction: fault(
    "the part ends inside a processing instruction",
    "部件在处理指令中途结束"
  ),
  endsInTag: fault("the part ends inside a tag or text", "部件在标记或文本中途结束"),
  rootNotClosed: fault(
    "the part ends before its root element is closed (truncated?)",
    "部件在根元素闭合之前结束（文件可能被截断）"
  ),
  slashInTag: fault("a '/' inside a tag", "标记内出现“/”"),
  attributeWithoutName: fault("an attribute without a name", "属性缺少名称"),
  attributeWithoutValue: fault("an attribute without a value", "属性缺少值"),
  unquotedValue: fault("an unquoted attribute value", "属性值没有加引号"),
  ltInValue: fault("a '<' inside an attribute value", "属性值内出现“<”"),
  attributesTogether: fault("attributes not separated by white space", "属性之间缺少空白"),
} as const;

/** A reference with no ";" (`text` is its start, as found). */
export function unterminatedReference(text: string): LocalText {
  return fault(`an unterminated reference "${text}"`, `引用“${text}”缺少结尾的“;”`);
}

/** A character reference to no character XML allows (`ref` is the text between "&" and ";"). */
export function badCharacterReference(ref: string): LocalText {
  return fault(`a bad character reference "&${ref};"`, `无效的字符引用“&${ref};”`);
}

/** An entity XML does not predefine (no DTD is read, so there is no other). */
export function unknownEntity(ref: string): LocalText {
  return fault(`an unknown entity "&${ref};"`, `未定义的实体“&${ref};”`);
}
