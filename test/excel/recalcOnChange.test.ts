import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import { DEFAULT_TARGETS } from "../../src/domain/targets/targetTable";
import type { RunBatch } from "../../src/excel/excelRun";
import { recalcOnSessionChange } from "../../src/excel/recalcOnChange";
import { setSettings, setTargets } from "../../src/state/session";
import { FakeWorkbook, rosterCells } from "./fakeExcel";

/** A workbook of two sheets (the recording fake); `fail` makes its first sync fail. */
function recorder(fail = false): { run: RunBatch; calculations: string[] } {
  const wb = new FakeWorkbook(fail ? { failAtSync: 1 } : {});
  wb.addSheet("名单", rosterCells(3));
  wb.addSheet("目标", [["责任单位", 2024]]);
  return { run: wb.run, calculations: wb.calculations };
}

/** What one recalculation of the fake's workbook asks for: each of its sheets, every cell dirty. */
const ONCE = ["sheet:名单:true", "sheet:目标:true"];

const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));
const withFirstAward = (first: number) => ({ ...DEFAULT_SETTINGS, awards: { ...DEFAULT_SETTINGS.awards, first } });

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  setSettings(DEFAULT_SETTINGS);
  setTargets(DEFAULT_TARGETS);
});

describe("recalcOnSessionChange", () => {
  it("recalculates each sheet of this workbook (not every open workbook) when the settings' content changes", async () => {
    const { run, calculations } = recorder();
    stop = recalcOnSessionChange(run, (e) => { throw e; });
    setSettings(withFirstAward(300_000));
    await turn();
    expect(calculations).toEqual(ONCE);
  });

  it("once for several changes in the same turn; not at all for a new object with the same content", async () => {
    const { run, calculations } = recorder();
    stop = recalcOnSessionChange(run, (e) => { throw e; });
    setSettings(withFirstAward(300_000));
    setSettings(withFirstAward(400_000));
    setTargets({ ...DEFAULT_TARGETS, units: DEFAULT_TARGETS.units.slice(1) });
    await turn();
    expect(calculations).toEqual(ONCE);
    setSettings(withFirstAward(400_000));
    setTargets({ ...DEFAULT_TARGETS, units: DEFAULT_TARGETS.units.slice(1) });
    await turn();
    expect(calculations).toEqual(ONCE);
  });

  it("a change and its undoing within one turn recalculate nothing", async () => {
    const { run, calculations } = recorder();
    stop = recalcOnSessionChange(run, (e) => { throw e; });
    setSettings(withFirstAward(300_000));
    setSettings(DEFAULT_SETTINGS);
    await turn();
    expect(calculations).toEqual([]);
  });

  it("watches once per page, and not after stopping", async () => {
    const { run, calculations } = recorder();
    stop = recalcOnSessionChange(run, (e) => { throw e; });
    expect(recalcOnSessionChange(run, (e) => { throw e; })).toBe(stop);
    setSettings(withFirstAward(300_000));
    await turn();
    expect(calculations).toEqual(ONCE);
    stop();
    setSettings(withFirstAward(500_000));
    await turn();
    expect(calculations).toEqual(ONCE);
  });

  it("hands a failed recalculation to onError", async () => {
    const { run } = recorder(true);
    const errors: unknown[] = [];
    stop = recalcOnSessionChange(run, (e) => errors.push(e));
    setSettings(withFirstAward(300_000));
    await turn();
    expect(errors).toEqual([expect.objectContaining({ message: "fake: the host failed" })]);
  });

  it("hands a run that throws at once (no Excel on the page) to onError too, not to the page", async () => {
    const missing = new ReferenceError("Excel is not defined");
    const errors: unknown[] = [];
    stop = recalcOnSessionChange(() => {
      throw missing;
    }, (e) => errors.push(e));
    setSettings(withFirstAward(300_000));
    await turn();
    expect(errors).toEqual([missing]);
  });
});
