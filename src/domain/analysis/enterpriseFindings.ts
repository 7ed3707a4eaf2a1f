/**
 * The findings the analysis itself makes (docs/rules.md sections 2, 5, 7): duplicate rows and what they
 * brought to their enterprise, relocations that earn nothing, relocation stages that lapse. Each names
 * its enterprise and, where the row has it, the column of the fact it is about.
 */
import { isoFromSerial } from "../core/dates";
import type { TakenOver } from "../enterprise/enterprises";
import { finding } from "../core/findings";
import { TextWhenRead } from "../core/quotedText";
import { awardTypeLabel } from "../core/i18n";
import { NO_SERIAL, type RecordTable } from "../enterprise/recordTable";
import { dateLabels } from "../roster/rosterMessages";
import type { Finding, LocalText, Serial } from "../core/types";

/** "高企名单 第 26 行" / "高企名单 row 26". */
function rowRefText(sheet: string, row: number, lang: keyof LocalText): string {
  return lang === "zh-CN" ? `${sheet} 第 ${row} 行` : `${sheet} row ${row}`;
}

/** Row `i` of the table, named as rowRefText names it. */
function rowRef(t: RecordTable, i: number): LocalText {
  const sheet = t.sheetNames[t.sheet[i]];
  return {
    "zh-CN": rowRefText(sheet, t.row[i], "zh-CN"),
    "en-US": rowRefText(sheet, t.row[i], "en-US"),
  };
}

const LABELS: Record<"unit" | "creditCode" | "type", LocalText> = {
  unit: { "zh-CN": "所属单位", "en-US": "unit" },
  creditCode: { "zh-CN": "统一社会信用代码", "en-US": "credit code" },
  type: { "zh-CN": "认定类型", "en-US": "recognition type" },
};

/** The facts a duplicate row brought, as "迁入日期 2023-05-06" parts (the first row's values where written into it). */
function broughtParts(t: RecordTable, took: TakenOver): LocalText[] {
  const { row, first } = took;
  const parts: LocalText[] = [];
  const part = (label: LocalText, value: string | LocalText): void => {
    const v = typeof value === "string" ? { "zh-CN": value, "en-US": value } : value;
    parts.push({
      "zh-CN": `${label["zh-CN"]} ${v["zh-CN"]}`,
      "en-US": `${label["en-US"].toLowerCase()} ${v["en-US"]}`,
    });
  };
  const date = (v: number): string => isoFromSerial(v);
  if (took.unit) part(LABELS.unit, t.unitNames[t.unit[first]]);
  if (took.creditCode) part(LABELS.creditCode, t.creditCode[first]);
  if (took.issue) part(dateLabels.issueDate, date(t.issue[first]));
  if (took.type) {
    const type = t.typeAt(first) === "renewal" ? "renewal" : "first";
    part(LABELS.type, {
      "zh-CN": awardTypeLabel(type, "zh-CN"),
      "en-US": awardTypeLabel(type, "en-US").toLowerCase(),
    });
  }
  if (took.moveIn) part(dateLabels.moveIn, date(t.moveIn[row]));
  if (took.moveOut) part(dateLabels.moveOut, date(t.moveOut[row]));
  if (took.revoked && t.revoked !== null && t.revoked[row] !== NO_SERIAL)
    part(dateLabels.revoked, date(t.revoked[row]));
  return parts;
}

/**
 * Row `took.row` repeats the certificate of row `took.first` of the same enterprise: not counted again.
 * What it brought is named; a row that brought something only explains a result (info), one that
 * brought nothing is probably a copy to remove (warning).
 */
export function duplicateFinding(t: RecordTable, took: TakenOver): Finding {
  const { row: j, first } = took;
  const certNo = t.certNo[j];
  const parts = broughtParts(t, took);
  const sheet = t.sheetNames[t.sheet[j]];
  const name = t.name[j] || t.name[first];
  // A plain copy (it brought nothing) is the usual case, and a sheet pasted twice makes one a row: its
  // words are made when read, from the three values kept (see SameCertificateText).
  if (parts.length === 0)
    return finding(
      sheet,
      t.row[j],
      "",
      "duplicate",
      "warning",
      new SameCertificateText(t.sheetNames[t.sheet[first]], t.row[first], certNo),
      name
    );
  const ref = rowRef(t, first);
  return finding(
    sheet,
    t.row[j],
    "",
    "duplicate",
    "info",
    {
      "zh-CN": `${sameCertificate(ref["zh-CN"], certNo, "zh-CN")}；${parts.map((p) => p["zh-CN"]).join("、")} 已并入 ${ref["zh-CN"]}`,
      "en-US": `${sameCertificate(ref["en-US"], certNo, "en-US")}; ${parts.map((p) => p["en-US"]).join(", ")} merged into ${ref["en-US"]}`,
    },
    name
  );
}

/** "与 高企名单 第 26 行为同一企业的同一证书（GR…）：此行不重复计算", in either language. */
function sameCertificate(ref: string, certNo: string, lang: keyof LocalText): string {
  return lang === "zh-CN"
    ? `与 ${ref}为同一企业的同一证书（${certNo}）：此行不重复计算`
    : `Same enterprise and certificate (${certNo}) as ${ref}: this row is not counted again`;
}

/**
 * The message on a row that repeats an earlier row's certificate and brought nothing, put into words
 * only when read: a sheet pasted twice holds one such row for every row, and two made strings each
 * (with their parts) would be most of the analysis's memory.
 */
class SameCertificateText extends TextWhenRead {
  constructor(
    private readonly sheet: string,
    private readonly row: number,
    private readonly certNo: string
  ) {
    super();
  }

  protected say(lang: keyof LocalText): string {
    return sameCertificate(rowRefText(this.sheet, this.row, lang), this.certNo, lang);
  }
}

function moveInFinding(
  t: RecordTable,
  i: number,
  code: "no-relocation-award" | "stage-lapsed",
  message: LocalText
): Finding {
  const sheet = t.sheet[i];
  return finding(
    t.sheetNames[sheet],
    t.row[i],
    t.fieldLetters[sheet]?.moveIn ?? "",
    code,
    "info",
    message,
    t.name[i]
  );
}

/** Row i's move-in (in the policy window) was not of a high-tech enterprise: no relocation award. */
export function noRelocationAward(t: RecordTable, i: number, moveIn: Serial): Finding {
  const day = isoFromSerial(moveIn);
  return moveInFinding(t, i, "no-relocation-award", {
    "zh-CN": `迁入日期 ${day} 时未持有有效的高新技术企业证书：不计迁入奖励`,
    "en-US": `No valid high-tech enterprise certificate on the move-in date ${day}: no relocation award`,
  });
}

/** Stage `stage` (1-based) of row i's relocation, due on `due`, is not paid: the enterprise had left, or held no valid certificate. */
export function stageLapsed(
  t: RecordTable,
  i: number,
  stage: number,
  due: Serial,
  left: boolean
): Finding {
  const day = isoFromSerial(due);
  return moveInFinding(t, i, "stage-lapsed", {
    "zh-CN": `迁入奖励第${stage}期（应于 ${day} 发放）不予发放：届时${left ? "企业已迁出本区" : "企业未持有有效的高企证书"}`,
    "en-US": `Relocation award stage ${stage} (due ${day}) is not paid: by then the enterprise ${left ? "had left the district" : "held no valid certificate"}`,
  });
}

/**
 * The roster's "missing unit" and "issue date inferred" findings restated where the same certificate's
 * other row has the fact: the cell is still blank, but the certificate does not count under 其他 nor on
 * an inferred date. On the first row, where a duplicate supplied it (still a warning: the main list has
 * a gap); on a duplicate row, where the first row has it (only an explanation, info: a 迁入 or 迁出 sheet
 * that repeats companies of the main list need not repeat their units and issue dates).
 */
export function withTakeOverNotes(
  findings: Finding[],
  t: RecordTable,
  takenOver: TakenOver[]
): Finding[] {
  if (takenOver.length === 0) return findings;
  const key = (sheet: string, row: number, code: string): string =>
    `${sheet}\u0000${row}\u0000${code}`;
  const keyOf = (i: number, code: string): string => key(t.sheetNames[t.sheet[i]], t.row[i], code);
  // Only rows that hold such a finding get a note, made for them alone: a sheet pasted twice makes every
  // row a duplicate, and two notes made for each would be most of the analysis's memory.
  const wanted = new Set<string>();
  for (const f of findings)
    if (f.row > 0 && (f.code === "missing-unit" || f.code === "issue-date-inferred"))
      wanted.add(key(f.sheet, f.row, f.code));
  if (wanted.size === 0) return findings;
  const notes = new Map<string, { message: LocalText; severity?: Finding["severity"] }>();
  const note = (
    i: number,
    code: string,
    make: () => { message: LocalText; severity?: Finding["severity"] }
  ): void => {
    const k = keyOf(i, code);
    if (wanted.has(k)) notes.set(k, make());
  };
  for (const took of takenOver) {
    const { first, row } = took;
    const unit = t.unitNames[t.unit[first]];
    const day = (): string => isoFromSerial(t.issue[first]);
    if (took.unit) {
      note(first, "missing-unit", () => {
        const from = rowRef(t, row);
        return {
          message: {
            "zh-CN": `缺少所属单位：按同一证书的 ${from["zh-CN"]}计入“${unit}”`,
            "en-US": `No unit: counted under "${unit}" from the same certificate's ${from["en-US"]}`,
          },
        };
      });
    } else if (t.rawUnitId[first] !== 0) {
      note(row, "missing-unit", () => {
        const at = rowRef(t, first);
        return {
          message: {
            "zh-CN": `缺少所属单位：同一证书按 ${at["zh-CN"]}计入“${unit}”`,
            "en-US": `No unit: the same certificate counts under "${unit}" by ${at["en-US"]}`,
          },
          severity: "info",
        };
      });
    }
    if (took.issue) {
      note(first, "issue-date-inferred", () => {
        const from = rowRef(t, row);
        return {
          message: {
            "zh-CN": `缺少发证日期：取同一证书的 ${from["zh-CN"]}的 ${day()}`,
            "en-US": `No issue date: ${day()} taken from the same certificate's ${from["en-US"]}`,
          },
        };
      });
    } else if (!t.inferred[first] && t.issue[first] !== NO_SERIAL) {
      note(row, "issue-date-inferred", () => {
        const at = rowRef(t, first);
        return {
          message: {
            "zh-CN": `缺少发证日期：同一证书按 ${at["zh-CN"]}的 ${day()}`,
            "en-US": `No issue date: the same certificate is dated ${day()} by ${at["en-US"]}`,
          },
          severity: "info",
        };
      });
    }
  }
  if (notes.size === 0) return findings;
  return findings.map((f) => {
    const note = f.row > 0 ? notes.get(`${f.sheet}\u0000${f.row}\u0000${f.code}`) : undefined;
    if (!note) return f;
    return { ...f, message: note.message, severity: note.severity ?? f.severity };
  });
}
