/**
 * The headings of the enterprise columns (name, credit code, certificate number, unit, dates...) in
 * Chinese or English. A roster is found by them, and pools and contact logs find their name, credit
 * code and unit columns by the same words.
 */
import { lookupHeader } from "./headerCells";
import type { CellValue, RosterField } from "../core/types";

// Keys are compared after headerCells.ts headerKey(): white space removed, half-width, lower case, punctuation dropped.
const SYNONYMS: Record<RosterField, string[]> = {
  name: [
    "企业名称",
    "单位名称",
    "公司名称",
    "企业全称",
    "企业名",
    "名称",
    "企业",
    "company",
    "companyname",
    "enterprise",
    "enterprisename",
    "name",
  ],
  creditCode: [
    "统一社会信用代码",
    "社会信用代码",
    "信用代码",
    "统一代码",
    "creditcode",
    "unifiedsocialcreditcode",
    "socialcreditcode",
    "uscc",
  ],
  certNo: [
    "证书编号",
    "证书号",
    "证书号码",
    "高企证书编号",
    "高新技术企业证书编号",
    "certificateno",
    "certificatenumber",
    "certno",
    "certificate",
    "certnumber",
  ],
  issueDate: [
    "发证日期",
    "发证时间",
    "认定日期",
    "认定时间",
    "发证年月日",
    "颁发日期",
    "issuedate",
    "dateofissue",
    "issued",
    "issuedon",
    "recognitiondate",
  ],
  unit: [
    "所属镇/园区",
    "所属镇园区",
    "所属镇",
    "所属园区",
    "所属镇(园区)",
    "责任单位",
    "所属街镇",
    "属地",
    "镇/园区",
    "街镇",
    "所属单位",
    "unit",
    "town",
    "responsibleunit",
  ],
  type: ["认定类型", "类型", "认定类别", "type", "recognitiontype", "awardtype"],
  moveIn: ["迁入日期", "迁入时间", "movein", "moveindate", "movedin", "relocationdate"],
  moveOut: ["迁出日期", "迁出时间", "moveout", "moveoutdate", "movedout"],
  revoked: [
    "取消日期",
    "撤销日期",
    "取消年度",
    "取消时间",
    "撤销时间",
    "取消资格日期",
    "revoked",
    "revokeddate",
    "revocationdate",
    "revokedon",
    "revokedyear",
    "revocationyear",
  ],
};

/** The headings a roster column is recognised by (comparison keys: Chinese as written, English lower case without spaces). */
export function rosterHeadings(field: RosterField): readonly string[] {
  return SYNONYMS[field];
}

const FIELD_OF = new Map<string, RosterField>();
for (const field of Object.keys(SYNONYMS) as RosterField[]) {
  for (const s of SYNONYMS[field]) FIELD_OF.set(s, field);
}

/** Which field a header cell names, or null. */
export function headerField(v: CellValue): RosterField | null {
  return lookupHeader(v, FIELD_OF) ?? null;
}
