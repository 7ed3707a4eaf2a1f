import { serialFromYmd } from "../../../src/domain/core/dates";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings/settings";
import { RecordTable } from "../../../src/domain/enterprise/recordTable";
import { analyse } from "../../../src/domain/analysis/analyse";
import type { CertRecord, TargetTable } from "../../../src/domain/core/types";

const TABLE: TargetTable = {
  units: ["朱泾镇", "枫泾镇"],
  years: [2022, 2023],
  targets: { 朱泾镇: { 2022: 3, 2023: 4 }, 枫泾镇: { 2022: 2, 2023: 2 } },
  declaredTotals: { 2022: 5, 2023: 6 },
  source: "test",
};

/** Certificates over several years, units, moves and renewals: counts that differ from date to date. */
function records(): CertRecord[] {
  const out: CertRecord[] = [];
  for (let i = 0; i < 40; i++) {
    const year = 2018 + (i % 6);
    out.push({
      sheet: "名单",
      row: i + 2,
      seq: i + 2,
      name: `企业${i % 31}`,
      creditCode: "",
      certNo: `GR${year}3100${String(i).padStart(4, "0")}`,
      issue: serialFromYmd(year, 10 + (i % 3), 1 + (i % 27)),
      issueInferred: false,
      unit: i % 3 === 0 ? "枫泾镇" : i % 3 === 1 ? "朱泾镇" : "别处",
      rawUnit: "",
      type: null,
      moveIn: i % 7 === 0 ? serialFromYmd(2022, 8, 1) : null,
      moveOut: i % 11 === 0 ? serialFromYmd(2023, 3, 1) : null,
      revoked: null,
      key: "",
    });
  }
  return out;
}

describe("analyse with countsOnly", () => {
  it.each([serialFromYmd(2022, 12, 31), serialFromYmd(2023, 6, 30), serialFromYmd(2023, 12, 31)])(
    "gives the units and total of the full analysis at %d, and no lists",
    (asOf) => {
      const opts = { asOf, settings: DEFAULT_SETTINGS, targets: TABLE };
      const full = analyse(RecordTable.fromRecords(records()), opts);
      const counts = analyse(RecordTable.fromRecords(records()), { ...opts, countsOnly: true });
      const figures = (a: typeof full) =>
        [...a.units, a.total].map((u) => ({
          unit: u.unit,
          target: u.target,
          valid: u.valid,
          validPrevYearEnd: u.validPrevYearEnd,
          netIncrease: u.netIncrease,
          gap: u.gap,
          completion: u.completion,
          expiring: u.expiring,
        }));
      expect(full.total.valid).toBeGreaterThan(0);
      expect(figures(counts)).toEqual(figures(full));
      expect(counts.asOf).toBe(full.asOf);
      expect(counts.expiring).toEqual([]);
      expect(counts.awards).toEqual([]);
      expect(counts.progress).toEqual([]);
      expect(full.expiring.length + full.awards.length).toBeGreaterThan(0);
    }
  );
});
