import { NO_SERIAL, RecordTable, typeCode } from "../../../src/domain/enterprise/recordTable";
import { emptyScratchPool, pooledBytes } from "../../../src/domain/core/scratch";
import type { CertRecord } from "../../../src/domain/core/types";

function record(i: number, extra: Partial<CertRecord> = {}): CertRecord {
  return {
    sheet: i % 2 ? "甲表" : "乙表",
    row: i + 2,
    seq: i,
    name: `企业${i}`,
    creditCode: i % 3 ? `C${i}` : "",
    certNo: `GR2022310000${String(i).padStart(2, "0")}`,
    issue: i % 5 ? 44000 + i : null,
    issueInferred: i % 7 === 0,
    unit: i % 2 ? "朱泾镇" : "其他",
    rawUnit: i % 2 ? "朱泾" : "",
    type: i % 3 === 0 ? "first" : i % 3 === 1 ? "renewal" : null,
    moveIn: i % 4 ? null : 44100,
    moveOut: i % 6 ? null : 44200,
    revoked: i % 9 ? null : 44300,
    key: "",
    ...extra,
  };
}

/** Appends each record to the table, as a roster reader does. */
function fill(table: RecordTable, records: CertRecord[]): void {
  for (const r of records)
    table.add({
      ...r,
      sheet: table.sheetIndex(r.sheet),
      unit: table.unitIndex(r.unit),
      type: typeCode(r.type),
      rawUnit: table.rawUnitIndex(r.rawUnit),
    });
}

describe("RecordTable", () => {
  it("gives back the records it was made from, field for field", () => {
    const records = Array.from({ length: 40 }, (_, i) => record(i));
    const table = RecordTable.fromRecords(records);
    expect(table.length).toBe(40);
    expect(table.toRecords()).toEqual(records);
    expect(table.toRecords(5, 8)).toEqual(records.slice(5, 8));
    expect(table.record(3)).toEqual(records[3]);
  });

  it("grows past its capacity without losing a row", () => {
    const table = new RecordTable(1);
    const records = Array.from({ length: 1000 }, (_, i) => record(i));
    fill(table, records);
    expect(table.toRecords()).toEqual(records);
    expect(table.sheetNames).toEqual(["乙表", "甲表"]);
  });

  it("stores a missing date as NO_SERIAL and the type as a small code", () => {
    const table = RecordTable.fromRecords([
      record(5, { issue: null, type: null }),
      record(6, { type: "renewal" }),
    ]);
    expect(table.issue[0]).toBe(NO_SERIAL);
    expect(table.record(0).issue).toBeNull();
    expect(table.record(1).issue).toBe(44006);
    expect([table.typeAt(0), table.typeAt(1)]).toEqual([null, "renewal"]);
    expect([typeCode(null), typeCode("first"), typeCode("renewal")]).toEqual([0, 1, 2]);
  });

  it("derives each row's seq from its sheet and row while the rows are numbered as the reader numbers them", () => {
    const records = Array.from({ length: 30 }, (_, i) =>
      record(i, { seq: (i % 2 ? 1_000_000 : 0) + i + 2 })
    );
    const table = RecordTable.fromRecords(records);
    expect(table.seqColumn).toBeNull();
    expect(records.map((_, i) => table.seqAt(i))).toEqual(records.map((r) => r.seq));
  });

  it("keeps every row's own seq once a row is numbered otherwise, also through growth", () => {
    const records = Array.from({ length: 60 }, (_, i) =>
      record(i, { seq: i === 25 ? 7.5 : i * 3 })
    );
    const table = new RecordTable(16);
    fill(table, records);
    expect(table.seqColumn).not.toBeNull();
    expect(table.toRecords().map((r) => r.seq)).toEqual(records.map((r) => r.seq));
  });

  it("keeps each distinct unit text once, with blank as index 0", () => {
    const table = RecordTable.fromRecords([
      record(1, { rawUnit: "枫泾" }),
      record(2, { rawUnit: "" }),
      record(3, { rawUnit: "枫泾" }),
      record(4, { rawUnit: "朱泾镇" }),
    ]);
    expect(table.rawUnitTexts).toEqual(["", "枫泾", "朱泾镇"]);
    expect([...table.rawUnitId.subarray(0, 4)]).toEqual([1, 0, 1, 2]);
    expect([0, 1, 2, 3].map((i) => table.rawUnitAt(i))).toEqual(["枫泾", "", "枫泾", "朱泾镇"]);
  });

  it("allocates the revocation column only when a row has a revocation", () => {
    const without = RecordTable.fromRecords([record(1), record(2)]);
    expect(without.revoked).toBeNull();
    expect(without.record(1).revoked).toBeNull();
    const withOne = RecordTable.fromRecords([record(1), record(2, { revoked: 45000 }), record(3)]);
    expect(withOne.revoked).not.toBeNull();
    expect([0, 1, 2].map((i) => withOne.record(i).revoked)).toEqual([null, 45000, null]);
  });

  it("keeps a revocation column made late through growth", () => {
    const table = new RecordTable(16);
    const rows = Array.from({ length: 40 }, (_, k) =>
      record(k + 1, { revoked: k === 20 ? 45000 : null })
    );
    fill(table, rows);
    expect(table.toRecords().map((r) => r.revoked)).toEqual(rows.map((r) => r.revoked));
  });

  describe("release", () => {
    /** Rows enough for every column, bytes too, to come from the pool (64 KB and more). */
    const BIG = 70_000;
    beforeEach(() => emptyScratchPool());

    it("gives the columns to the next table, which sees none of the old rows", () => {
      const first = new RecordTable(BIG);
      fill(
        first,
        Array.from({ length: BIG }, (_, i) => record(i))
      );
      const columns = [first.codeHash.buffer, first.issue.buffer, first.unit.buffer];
      const names = first.name;
      first.release();
      expect(first.length).toBe(0);

      const second = new RecordTable(BIG);
      expect([second.codeHash.buffer, second.issue.buffer, second.unit.buffer]).toEqual(columns);
      expect(second.name).toBe(names);
      expect(second.length).toBe(0);
      expect(second.issue.every((x) => x === 0)).toBe(true);
      expect(second.name.every((x) => x === "")).toBe(true);
      const records = Array.from({ length: 500 }, (_, i) => record(i + 7));
      fill(second, records);
      expect(second.toRecords()).toEqual(records);
    });

    it("leaves the table empty and usable again", () => {
      const table = RecordTable.fromRecords(Array.from({ length: 40 }, (_, i) => record(i)));
      table.release();
      expect(table.toRecords()).toEqual([]);
      const records = Array.from({ length: 30 }, (_, i) => record(i + 100));
      fill(table, records);
      expect(table.toRecords()).toEqual(records);
    });

    it("grows on a longer pooled text column without losing a row", () => {
      new RecordTable(BIG * 3).release();
      const table = new RecordTable(BIG / 4);
      expect(table.name.length).toBeGreaterThanOrEqual(BIG * 3);
      const records = Array.from({ length: BIG }, (_, i) => record(i));
      fill(table, records);
      expect(table.toRecords()).toEqual(records);
    });

    it("lets the columns it outgrows go, keeping none in the pool", () => {
      const table = new RecordTable(1024);
      fill(
        table,
        Array.from({ length: BIG * 2 }, (_, i) => record(i))
      );
      expect(pooledBytes()).toBe(0);
      table.release();
      expect(pooledBytes()).toBeGreaterThan(BIG * 2 * 40);
    });

    it("keeps every row when the table grows on pooled columns", () => {
      const records = Array.from({ length: BIG * 2 }, (_, i) =>
        record(i, { revoked: i === BIG + 3 ? 45000 : null, seq: i === 5000 ? 1 : i })
      );
      const earlier = new RecordTable(BIG * 2);
      earlier.release();
      const table = new RecordTable(1024);
      fill(table, records);
      expect(table.toRecords()).toEqual(records);
    });
  });
});
