/**
 * An analysis draws its working arrays from buffers earlier analyses gave back (core/scratch.ts): a
 * second analysis, of the same rows or of others, must see none of the first's numbers, and the first's
 * result must not change when the buffers are reused. A workbook's analysis gives its record table's
 * columns back as well, once the analysis is made.
 */
import { serialFromYmd } from "../../../src/domain/core/dates";
import {
  emptyScratchPool,
  pooledBytes,
  pooledTextColumns,
  setScratchPooling,
} from "../../../src/domain/core/scratch";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings/settings";
import { DEFAULT_TARGETS } from "../../../src/domain/targets/targetTable";
import { RecordTable } from "../../../src/domain/enterprise/recordTable";
import { analyse } from "../../../src/domain/analysis/analyse";
import { analyseWorkbook } from "../../../src/domain/analysis/analyseWorkbook";
import { creditCodeCheckChar } from "../../../src/domain/enterprise/creditCode";
import type { ContactRow } from "../../../src/domain/contacts/readContactSheet";
import type { Analysis, CertRecord, SheetInput } from "../../../src/domain/core/types";

/** Rows enough for every per-row array, bytes too, to come from the pool (64 KB and more). */
const ROWS = 70_000;

/** A roster with renewals, name-only rows, moves and revocations, from a seed. */
function roster(seed: number): CertRecord[] {
  const rand = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const units = [...DEFAULT_TARGETS.units, "其他"];
  const out: CertRecord[] = [];
  for (let i = 0; i < ROWS; i++) {
    const n = rand() < 0.2 && i > 100 ? Math.floor(rand() * i) : i;
    const body = "9131011" + String(6000000000 + n).slice(0, 10);
    const coded = rand() > 0.05;
    const year = 2017 + Math.floor(rand() * 7);
    const move = rand();
    out.push({
      sheet: "名单",
      row: i + 2,
      seq: i + 2,
      name: `样本${n}科技有限公司`,
      creditCode: coded ? body + creditCodeCheckChar(body) : "",
      certNo: `GR${year}31${String(i).padStart(6, "0")}`,
      issue: serialFromYmd(year, 1 + Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)),
      issueInferred: false,
      unit: units[Math.floor(rand() * units.length)],
      rawUnit: "",
      type: null,
      moveIn: move < 0.02 ? serialFromYmd(2023, 1 + Math.floor(rand() * 12), 1) : null,
      moveOut: move > 0.99 ? serialFromYmd(2023, 1 + Math.floor(rand() * 12), 15) : null,
      revoked: move > 0.5 && move < 0.505 ? serialFromYmd(2023, 6, 1) : null,
      key: "",
    });
  }
  return out;
}

function contacts(records: CertRecord[]): ContactRow[] {
  return records
    .filter((_, i) => i % 97 === 0)
    .map((r, k) => ({
      sheet: "走访记录",
      row: k + 2,
      seq: 100_000 + k,
      name: r.name,
      creditCode: k % 2 === 0 ? r.creditCode : "",
      date: serialFromYmd(2023, 1 + (k % 12), 10),
      form: "走访",
      problem: k % 3 === 0 ? "用地" : "",
      status: null,
      hasProblem: k % 3 === 0,
      due: null,
      problemColumn: "D",
      nameColumn: "B",
      dateColumn: "A",
    }));
}

const asOf = serialFromYmd(2023, 12, 31);
function run(records: CertRecord[]): Analysis {
  return analyse(RecordTable.fromRecords(records), {
    asOf,
    settings: DEFAULT_SETTINGS,
    targets: DEFAULT_TARGETS,
    contacts: contacts(records),
  });
}
const snapshot = (a: Analysis): string => JSON.stringify(a);

describe("analyses one after another", () => {
  const a = roster(1);
  const b = roster(2);
  afterEach(() => setScratchPooling(true));

  it("give the result an analysis on fresh arrays gives, whatever ran before", () => {
    setScratchPooling(false);
    const truth = snapshot(run(a));
    setScratchPooling(true);
    emptyScratchPool();

    const first = run(a);
    expect(snapshot(first)).toBe(truth);
    expect(first.total.valid).toBeGreaterThan(1000);
    expect(first.expiring.length).toBeGreaterThan(100);
    expect(first.expiring.some((x) => x.lastContact !== null)).toBe(true);
    expect(pooledBytes()).toBeGreaterThan(0);

    // b's analysis writes its own numbers into the buffers a's gave back.
    expect(snapshot(run(b))).not.toBe(truth);
    expect(snapshot(run(a))).toBe(truth);
    // The first result did not change when its working arrays were reused.
    expect(snapshot(first)).toBe(truth);
  });

  it("fill each record's identity key before the arrays go back", () => {
    const records = roster(3).slice(0, 30_000);
    run(b);
    analyse(records, { asOf, settings: DEFAULT_SETTINGS, targets: DEFAULT_TARGETS });
    run(b);
    const byCode = records.filter((r) => r.creditCode !== "");
    expect(byCode.every((r) => r.key === "C:" + r.creditCode)).toBe(true);
    expect(records.filter((r) => r.key === "").length).toBe(0);
  });
});

/** The records as a workbook's roster sheet and contact log, as the task pane reads them. */
function workbook(records: CertRecord[]): SheetInput[] {
  const header =
    "企业名称 统一社会信用代码 证书编号 发证日期 所属镇（园区） 迁入日期 迁出日期".split(" ");
  const log = contacts(records);
  return [
    {
      name: "名单",
      values: [
        header,
        ...records.map((r) => [
          r.name,
          r.creditCode,
          r.certNo,
          r.issue,
          r.unit,
          r.moveIn,
          r.moveOut,
        ]),
      ],
    },
    {
      name: "走访记录",
      values: [
        ["走访日期", "企业名称", "统一社会信用代码", "问题或诉求"],
        ...log.map((c) => [c.date, c.name, c.creditCode, c.problem || null]),
      ],
    },
  ];
}

describe("workbooks analysed one after another", () => {
  afterEach(() => setScratchPooling(true));

  it("give what an analysis on fresh memory gives, and leave earlier results as they were", () => {
    const a = workbook(roster(4));
    const b = workbook(roster(5));
    const analyseAt = (sheets: SheetInput[]): Analysis => analyseWorkbook(sheets, { asOf });
    setScratchPooling(false);
    const truth = snapshot(analyseAt(a));
    setScratchPooling(true);
    emptyScratchPool();

    const first = analyseAt(a);
    expect(snapshot(first)).toBe(truth);
    expect(first.total.valid).toBeGreaterThan(1000);
    expect(first.expiring.length).toBeGreaterThan(100);
    // The record table's text columns (names, credit codes, certificate numbers) came back too.
    expect(pooledTextColumns()).toBe(3);

    const other = analyseAt(b);
    expect(snapshot(other)).not.toBe(truth);
    expect(snapshot(analyseAt(a))).toBe(truth);
    expect(snapshot(first)).toBe(truth);
  });

  it("give lists first read after later analyses reused the table's columns the same items", () => {
    const a = workbook(roster(6));
    const b = workbook(roster(7));
    const analyseAt = (sheets: SheetInput[]): Analysis => analyseWorkbook(sheets, { asOf });
    setScratchPooling(false);
    const truth = JSON.parse(snapshot(analyseAt(a))) as Analysis;
    setScratchPooling(true);
    emptyScratchPool();

    // Nothing of `unread` is read until b's analyses have written their rows into its table's columns.
    const unread = analyseAt(a);
    expect(pooledTextColumns()).toBe(3);
    analyseAt(b);
    analyseAt(b);
    expect(truth.expiring.length).toBeGreaterThan(1000);
    expect(truth.awards.length).toBeGreaterThan(1000);
    expect(truth.toVisit.length).toBeGreaterThan(1000);
    expect(truth.falls.some((f) => f.enterprises.length > 0)).toBe(true);
    expect(JSON.parse(snapshot(unread))).toEqual(truth);
  });
});
