import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import { DEFAULT_TARGETS } from "../../src/domain/targets/targetTable";
import type { RunBatch } from "../../src/excel/excelRun";
import {
  callsGaoqi,
  gaoqiRuns,
  recalcOnSessionChange,
  recalculateGaoqiCells,
} from "../../src/excel/recalcOnChange";
import { setDate1904, setSettings, setTargets } from "../../src/state/session";
import { colLetter, FakeWorkbook, parseA1, rosterCells } from "./fakeExcel";

const all = () => true;

/**
 * A workbook of two sheets (the recording fake): the roster with GAOQI formulas in E2:E4 and G2:G3 beside
 * user formulas (=SUM, =IF), and a user sheet with formulas only; `fail` makes its first sync fail.
 */
function recorder(fail = false): { run: RunBatch; calculations: string[] } {
  const wb = new FakeWorkbook(fail ? { failAtSync: 1 } : {});
  const roster = wb.addSheet("名单", rosterCells(3));
  const formulas: [number, number, string][] = [
    [1, 4, "=GAOQI.EXPIRY(C2)"],
    [2, 4, "=GAOQI.EXPIRY(C3)"],
    [3, 4, "=gaoqi.expiry(C4)"],
    [1, 5, "=SUM(C2:C4)"],
    [1, 6, '=IF(GAOQI.ISVALID(C2),"有效","")'],
    [2, 6, '=IF(GAOQI.ISVALID(C3),"有效","")'],
    [3, 6, "=MYGAOQI.X(1)"],
  ];
  for (const [r, c, f] of formulas) {
    roster.cells[r][c] = f;
    roster.formulaCells.add(`${r},${c}`);
  }
  const mine = wb.addSheet("目标", [
    ["责任单位", 2024],
    ["朱泾镇", "=1+1"],
  ]);
  mine.formulaCells.add("1,1");
  return { run: wb.run, calculations: wb.calculations };
}

/** What one recalculation covers: the GAOQI cells of the roster, nothing else. */
const ONCE = ["名单!E2", "名单!E3", "名单!E4", "名单!G2", "名单!G3"];

/** The cells the recorded recalculations covered, sorted; anything but a range recalculation as it is. */
function covered(calculations: string[]): string[] {
  return calculations
    .flatMap((c) => {
      const m = /^range:'(.+)'!(.+)$/.exec(c);
      if (!m) return [c];
      const r = parseA1(m[2]);
      return Array.from(
        { length: r.rows * r.cols },
        (_, i) => `${m[1]}!${colLetter(r.col + (i % r.cols))}${r.row + Math.floor(i / r.cols) + 1}`
      );
    })
    .sort();
}

const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));
const withFirstAward = (first: number) => ({
  ...DEFAULT_SETTINGS,
  awards: { ...DEFAULT_SETTINGS.awards, first },
});

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  setSettings(DEFAULT_SETTINGS);
  setTargets(DEFAULT_TARGETS);
  setDate1904(false);
});

describe("recalcOnSessionChange", () => {
  it("recalculates only the GAOQI cells of this workbook (not the user's formulas, not other workbooks) when the settings' content changes", async () => {
    const { run, calculations } = recorder();
    stop = recalcOnSessionChange(run, all, (e) => {
      throw e;
    });
    setSettings(withFirstAward(300_000));
    await turn();
    expect(covered(calculations)).toEqual(ONCE);
  });

  it("recalculates the GAOQI cells when the workbook turns out to count dates from 1904", async () => {
    const { run, calculations } = recorder();
    stop = recalcOnSessionChange(run, all, (e) => {
      throw e;
    });
    setDate1904(true);
    await turn();
    expect(covered(calculations)).toEqual(ONCE);
  });

  it("a host without ExcelApi 1.9 is left alone: no recalculation of the user's formulas instead", async () => {
    const { run, calculations } = recorder();
    stop = recalcOnSessionChange(
      run,
      (_s, v) => v !== "1.9",
      (e) => {
        throw e;
      }
    );
    setSettings(withFirstAward(300_000));
    await turn();
    expect(calculations).toEqual([]);
  });

  it("once for several changes in the same turn; not at all for a new object with the same content", async () => {
    const { run, calculations } = recorder();
    stop = recalcOnSessionChange(run, all, (e) => {
      throw e;
    });
    setSettings(withFirstAward(300_000));
    setSettings(withFirstAward(400_000));
    setTargets({ ...DEFAULT_TARGETS, units: DEFAULT_TARGETS.units.slice(1) });
    await turn();
    expect(covered(calculations)).toEqual(ONCE);
    setSettings(withFirstAward(400_000));
    setTargets({ ...DEFAULT_TARGETS, units: DEFAULT_TARGETS.units.slice(1) });
    await turn();
    expect(covered(calculations)).toEqual(ONCE);
  });

  it("a change and its undoing within one turn recalculate nothing", async () => {
    const { run, calculations } = recorder();
    stop = recalcOnSessionChange(run, all, (e) => {
      throw e;
    });
    setSettings(withFirstAward(300_000));
    setSettings(DEFAULT_SETTINGS);
    await turn();
    expect(calculations).toEqual([]);
  });

  it("watches once per page, and not after stopping", async () => {
    const { run, calculations } = recorder();
    stop = recalcOnSessionChange(run, all, (e) => {
      throw e;
    });
    expect(
      recalcOnSessionChange(run, all, (e) => {
        throw e;
      })
    ).toBe(stop);
    setSettings(withFirstAward(300_000));
    await turn();
    expect(covered(calculations)).toEqual(ONCE);
    stop();
    setSettings(withFirstAward(500_000));
    await turn();
    expect(covered(calculations)).toEqual(ONCE);
  });

  it("hands a failed recalculation to onError", async () => {
    const { run } = recorder(true);
    const errors: unknown[] = [];
    stop = recalcOnSessionChange(run, all, (e) => errors.push(e));
    setSettings(withFirstAward(300_000));
    await turn();
    expect(errors).toEqual([expect.objectContaining({ message: "fake: the host failed" })]);
  });

  it("hands a run that throws at once (no Excel on the page) to onError too, not to the page", async () => {
    const missing = new ReferenceError("Excel is not defined");
    const errors: unknown[] = [];
    stop = recalcOnSessionChange(
      () => {
        throw missing;
      },
      all,
      (e) => errors.push(e)
    );
    setSettings(withFirstAward(300_000));
    await turn();
    expect(errors).toEqual([missing]);
  });
});

describe("the GAOQI cells", () => {
  it.each([
    ["=GAOQI.EXPIRY(C2)", true],
    ["=gaoqi.isvalid(C2, TODAY())", true],
    ['=IF(GAOQI.ISVALID(C2),"有效","")', true],
    ["=MYGAOQI.X(1)", false],
    // Text that names a function is taken for a call: one cell recalculated too many is harmless.
    ['="GAOQI.EXPIRY"', true],
    ["GAOQI.EXPIRY", false],
    [42, false],
  ])("%j calls GAOQI: %s", (formula, calls) => {
    expect(callsGaoqi(formula)).toBe(calls);
  });

  it("runs per column of consecutive GAOQI cells", () => {
    const f = [
      ["=GAOQI.A()", "=SUM(1)"],
      ["=GAOQI.A()", "=GAOQI.B()"],
      ["x", "=GAOQI.B()"],
      ["=GAOQI.A()", ""],
    ];
    expect(gaoqiRuns(f)).toEqual([
      [0, 0, 2],
      [3, 0, 1],
      [1, 1, 2],
    ]);
  });

  it("a workbook without GAOQI cells is not recalculated at all (nothing changes in it)", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("名单", rosterCells(3));
    expect(await recalculateGaoqiCells(wb.run, all)).toBe(0);
    expect(wb.calculations).toEqual([]);
  });

  it("a few formula cells are loaded in one sync: the sheets, their counts, their formulas, the recalculation", async () => {
    const wb = new FakeWorkbook();
    const roster = wb.addSheet("名单", rosterCells(3));
    roster.cells[1][4] = "=GAOQI.EXPIRY(B2)";
    roster.formulaCells.add("1,4");
    expect(await recalculateGaoqiCells(wb.run, all)).toBe(1);
    expect(wb.calculations).toEqual(["range:'名单'!E2"]);
    expect(wb.syncs).toBe(4);
  });

  it("a formula on every row of a large roster is loaded in blocks within the payload limit, each GAOQI cell recalculated once", async () => {
    // The budget scaled down with the limit: Excel on the web refuses a response over 5 MB, the fake
    // here 20 KB, so one load of every formula (about 55 KB) fails where blocks of 500 cells pass.
    const budget = 500;
    const rows = 2000;
    const wb = new FakeWorkbook({ payloadLimitBytes: 20_000 });
    const roster = wb.addSheet("名单", rosterCells(rows));
    for (let r = 1; r <= rows; r++) {
      roster.cells[r][4] = `=GAOQI.EXPIRY(B${r + 1})`;
      roster.formulaCells.add(`${r},4`);
      // A user's formula beside it, on every other row: loaded, never recalculated.
      if (r % 2 === 0) {
        roster.cells[r][5] = `=C${r + 1}+1`;
        roster.formulaCells.add(`${r},5`);
      }
    }
    const small = wb.addSheet("目标", [
      ["责任单位", 2024],
      ["朱泾镇", "=GAOQI.AWARD(1)"],
    ]);
    small.formulaCells.add("1,1");
    expect(await recalculateGaoqiCells(wb.run, all, budget)).toBe(rows + 1);
    const cells = covered(wb.calculations);
    expect(cells).toHaveLength(rows + 1);
    expect(new Set(cells).size).toBe(rows + 1);
    expect(cells.filter((c) => !/^名单!E\d+$/.test(c))).toEqual(["目标!B2"]);
    expect(wb.largestLoadCells).toBeLessThanOrEqual(budget);
    // Sheets, counts, then several blocks (the recalculations ride along), then the last recalculation.
    expect(wb.syncs).toBeGreaterThan(5);
  });
});
