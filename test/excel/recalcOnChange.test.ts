import { DEFAULT_SETTINGS } from "../../src/domain/policy";
import { DEFAULT_TARGETS } from "../../src/domain/targets";
import type { RunBatch } from "../../src/excel/excelRun";
import { recalcOnSessionChange } from "../../src/excel/recalcOnChange";
import { setSettings, setTargets } from "../../src/state/session";

/** A run that records each calculate() request of a batch that reached sync. */
function recorder(fail?: Error): { run: RunBatch; calculations: string[] } {
  const calculations: string[] = [];
  const run = (async (batch: (context: Excel.RequestContext) => Promise<unknown>) => {
    const queued: string[] = [];
    const context = {
      workbook: { application: { calculate: (type: string) => queued.push(type) } },
      sync: async () => {
        if (fail) throw fail;
        calculations.push(...queued.splice(0));
      },
    };
    return batch(context as unknown as Excel.RequestContext);
  }) as RunBatch;
  return { run, calculations };
}

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
  it("asks for one full recalculation when the settings' content changes", async () => {
    const { run, calculations } = recorder();
    stop = recalcOnSessionChange(run, (e) => { throw e; });
    setSettings(withFirstAward(300_000));
    await turn();
    expect(calculations).toEqual(["Full"]);
  });

  it("once for several changes in the same turn; not at all for a new object with the same content", async () => {
    const { run, calculations } = recorder();
    stop = recalcOnSessionChange(run, (e) => { throw e; });
    setSettings(withFirstAward(300_000));
    setSettings(withFirstAward(400_000));
    setTargets({ ...DEFAULT_TARGETS, units: DEFAULT_TARGETS.units.slice(1) });
    await turn();
    expect(calculations).toEqual(["Full"]);
    setSettings(withFirstAward(400_000));
    setTargets({ ...DEFAULT_TARGETS, units: DEFAULT_TARGETS.units.slice(1) });
    await turn();
    expect(calculations).toEqual(["Full"]);
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
    expect(calculations).toEqual(["Full"]);
    stop();
    setSettings(withFirstAward(500_000));
    await turn();
    expect(calculations).toEqual(["Full"]);
  });

  it("hands a failed recalculation to onError", async () => {
    const failure = new Error("host gone");
    const { run } = recorder(failure);
    const errors: unknown[] = [];
    stop = recalcOnSessionChange(run, (e) => errors.push(e));
    setSettings(withFirstAward(300_000));
    await turn();
    expect(errors).toEqual([failure]);
  });
});
