/**
 * What commands.ts does when the page loads, with a stand-in for office.js: the ribbon actions are
 * associated at once (top level), and the Excel side starts only when Office reports Excel as the host.
 */
import { DEFAULT_SETTINGS, settingsToJson } from "../../src/domain/settings/settings";
import type { CommandDeps } from "../../src/commands/handlers";
import { SETTINGS_KEY } from "../../src/excel/settingsStore";
import { FakeWorkbook, rosterCells } from "../excel/fakeExcel";

type ReadyInfo = { host: string | null; platform: string | null };

/** office.js as far as commands.ts uses it; onReady waits until the test says what Office reports. */
function fakeOffice() {
  const associate = jest.fn();
  let ready: ((info: ReadyInfo) => void) | null = null;
  const office = {
    actions: { associate },
    HostType: { Excel: "Excel" },
    onReady: jest.fn((callback: (info: ReadyInfo) => void) => {
      ready = callback;
      return new Promise(() => undefined);
    }),
    context: { requirements: { isSetSupported: () => true } },
  };
  return { office, associate, report: (info: ReadyInfo) => ready?.(info) };
}

type Session = typeof import("../../src/state/session");

/** Loads commands.ts (and the session it shares) afresh, as a page load does. */
function loadPage(): { session: Session; commands: typeof import("../../src/commands/commands") } {
  let loaded: ReturnType<typeof loadPage> | null = null;
  jest.isolateModules(() => {
    loaded = {
      commands: require("../../src/commands/commands"),
      session: require("../../src/state/session"),
    };
  });
  return loaded!;
}

const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 10));

/** Waits until `done()` holds (the settings load and the recalculation it triggers take a few turns). */
async function until(done: () => boolean, ms = 5000): Promise<void> {
  for (const end = Date.now() + ms; !done() && Date.now() < end;) await turn();
}
const globals = globalThis as { Office?: unknown; Excel?: unknown };

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
});

describe("commands.ts on page load", () => {
  it("associates the three ribbon actions at once, before Office is ready", () => {
    const { office, associate } = fakeOffice();
    globals.Office = office;
    loadPage();
    expect(associate.mock.calls.map((c) => c[0])).toEqual([
      "generateReport",
      "formatSelection",
      "markExpiring",
    ]);
  });

  it("inside Excel: loads the workbook's settings, and the GAOQI cells are recalculated for them", async () => {
    const { office, report } = fakeOffice();
    const wb = new FakeWorkbook();
    const roster = wb.addSheet("名单", rosterCells(2));
    roster.cells[1][4] = '=GAOQI.AWARD("首次认定",C2)';
    roster.formulaCells.add("1,4");
    wb.settings.set(
      SETTINGS_KEY,
      JSON.stringify(
        settingsToJson({
          ...DEFAULT_SETTINGS,
          awards: { ...DEFAULT_SETTINGS.awards, first: 300_000 },
        })
      )
    );
    globals.Office = office;
    globals.Excel = { run: wb.run };
    const { session } = loadPage();
    report({ host: "Excel", platform: "OfficeOnline" });
    await until(() => wb.calculations.length > 0);
    expect(session.currentSettings().awards.first).toBe(300_000);
    // The GAOQI cell only: the user's other formulas are not recalculated, nor is the workbook as a whole.
    expect(wb.calculations).toEqual(["range:'名单'!E2"]);
  });

  it("in a plain browser where office.js loaded (no host): nothing calls Excel, even when a setting changes", async () => {
    const { office, report } = fakeOffice();
    const run = jest.fn();
    globals.Office = office;
    globals.Excel = { run };
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const { session } = loadPage();
    report({ host: null, platform: null });
    await turn();
    session.setSettings({ ...DEFAULT_SETTINGS, awards: { ...DEFAULT_SETTINGS.awards, first: 1 } });
    await turn();
    expect(run).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it("does nothing at all without office.js", () => {
    expect(() => loadPage()).not.toThrow();
  });
});

describe("loadWorkbookSettings", () => {
  it("says why when the settings cannot be loaded, and resolves", async () => {
    const { commands } = loadPage();
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const failure = new Error("no document settings");
    const deps = () =>
      ({ source: { loadSettings: () => Promise.reject(failure) } }) as unknown as CommandDeps;
    await expect(commands.loadWorkbookSettings(deps)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("settings"), failure);
    warn.mockRestore();
  });
});
