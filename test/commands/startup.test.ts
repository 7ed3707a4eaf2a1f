import { DEFAULT_SETTINGS } from "../../src/domain/policy";
import { startRuntime } from "../../src/commands/commands";
import type { CommandDeps } from "../../src/commands/handlers";

const associate = jest.fn();
beforeAll(() => {
  (globalThis as { Office?: unknown }).Office = { actions: { associate } };
});
afterAll(() => {
  delete (globalThis as { Office?: unknown }).Office;
});
beforeEach(() => associate.mockClear());

const depsWith = (loadSettings: () => Promise<unknown>) => () => ({ source: { loadSettings } }) as unknown as CommandDeps;

describe("startRuntime", () => {
  it("registers the three ribbon actions and loads the workbook's settings", async () => {
    const loadSettings = jest.fn(async () => DEFAULT_SETTINGS);
    await startRuntime(depsWith(loadSettings));
    expect(associate.mock.calls.map((c) => c[0])).toEqual(["generateReport", "formatSelection", "markExpiring"]);
    expect(loadSettings).toHaveBeenCalledTimes(1);
  });

  it("still registers the actions, and says why, when the settings cannot be loaded", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const failure = new Error("no document settings");
    await expect(startRuntime(depsWith(() => Promise.reject(failure)))).resolves.toBeUndefined();
    expect(associate).toHaveBeenCalledTimes(3);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("settings"), failure);
    warn.mockRestore();
  });
});
