/**
 * The notes on duplicate rows (withTakeOverNotes) and the message of a plain copy (duplicateFinding):
 * made for the rows that need them, in words only when read. A sheet pasted twice makes every row a
 * duplicate, so what each costs is what the analysis costs.
 */
import { serialFromYmd } from "../../../src/domain/core/dates";
import { Enterprises } from "../../../src/domain/enterprise/enterprises";
import { RecordTable } from "../../../src/domain/enterprise/recordTable";
import {
  duplicateFinding,
  withTakeOverNotes,
} from "../../../src/domain/analysis/enterpriseFindings";
import type { CertRecord, Finding } from "../../../src/domain/core/types";

const rec = (seq: number, row: number, unit: string): CertRecord => ({
  seq,
  sheet: "名单",
  row,
  name: `公司${row % 3}`,
  creditCode: "",
  certNo: `GR2023310000${row % 3}`,
  issue: serialFromYmd(2023, 11, 1),
  issueInferred: false,
  unit: unit || "其他",
  rawUnit: unit,
  type: null,
  moveIn: null,
  moveOut: null,
  revoked: null,
  key: "",
});

/** Rows 2-4 and a copy of them at rows 5-7, the copy of row 3 without its unit. */
function pastedTwice(): { t: RecordTable; ent: Enterprises } {
  const rows = [2, 3, 4, 5, 6, 7].map((r, k) => rec(k, r, r === 6 ? "" : "枫泾镇"));
  const t = RecordTable.fromRecords(rows);
  return { t, ent: new Enterprises(t) };
}

describe("withTakeOverNotes", () => {
  it("gives the findings back as they are when none is about a unit or an issue date", () => {
    const { t, ent } = pastedTwice();
    const findings: Finding[] = [
      {
        sheet: "名单",
        row: 5,
        column: "B",
        code: "bad-value",
        severity: "warning",
        message: { "zh-CN": "x", "en-US": "x" },
      },
    ];
    expect(ent.takenOver).toHaveLength(3);
    expect(withTakeOverNotes(findings, t, ent.takenOver)).toBe(findings);
  });

  it("notes only the rows that hold such a finding", () => {
    const { t, ent } = pastedTwice();
    const missing: Finding = {
      sheet: "名单",
      row: 6,
      column: "E",
      code: "missing-unit",
      severity: "warning",
      message: { "zh-CN": "缺少所属单位", "en-US": "No unit" },
    };
    const out = withTakeOverNotes([missing], t, ent.takenOver);
    expect(out).toEqual([
      {
        ...missing,
        severity: "info",
        message: {
          "zh-CN": "缺少所属单位：同一证书按 名单 第 3 行计入“枫泾镇”",
          "en-US": 'No unit: the same certificate counts under "枫泾镇" by 名单 row 3',
        },
      },
    ]);
  });
});

describe("duplicateFinding of a plain copy", () => {
  it("reads, prints and serialises as words in both languages", () => {
    const { t, ent } = pastedTwice();
    const f = duplicateFinding(t, ent.takenOver[0]);
    const zh = "与 名单 第 2 行为同一企业的同一证书（GR20233100002）：此行不重复计算";
    const en =
      "Same enterprise and certificate (GR20233100002) as 名单 row 2: this row is not counted again";
    expect([f.row, f.code, f.severity, f.name]).toEqual([5, "duplicate", "warning", "公司2"]);
    expect([f.message["zh-CN"], f.message["en-US"]]).toEqual([zh, en]);
    expect(JSON.parse(JSON.stringify(f)).message).toEqual({ "zh-CN": zh, "en-US": en });
  });
});
