import { detectHost, watchTaskpaneShown } from "../../src/excel/paneHost";

const globals = globalThis as { Office?: unknown };
afterEach(() => {
  delete globals.Office;
});

/** office.js as host.ts uses it, reporting `host` from onReady. */
function office(host: string | null, addin?: unknown, platform = "OfficeOnline") {
  return {
    HostType: { Excel: "Excel" },
    VisibilityMode: { taskpane: "Taskpane", hidden: "Hidden" },
    onReady: async () => ({ host, platform: host ? platform : null }),
    context: { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#1f1f1f" }, diagnostics: { platform } },
    addin,
  };
}

describe("detectHost", () => {
  it("is in Office only when Office reports Excel", async () => {
    globals.Office = office("Excel");
    expect(await detectHost()).toEqual({ inOffice: true, lang: "en-US", dark: true, downloadsBlockedOn: null });
  });

  it.each([
    ["Mac", "Mac"],
    ["iOS", "iOS"],
    ["PC", null],
    ["OfficeOnline", null],
  ])("on %s, downloads are blocked on %s", async (platform, blocked) => {
    globals.Office = office("Excel", undefined, platform);
    expect((await detectHost()).downloadsBlockedOn).toBe(blocked);
  });

  it.each([null, "Word"])("office.js loaded but the host is %s: preview", async (host) => {
    globals.Office = office(host);
    expect((await detectHost()).inOffice).toBe(false);
  });
});

describe("watchTaskpaneShown", () => {
  it("calls back when Office shows the pane (not when it hides it) and deregisters on stop", async () => {
    let handler: ((m: { visibilityMode: string }) => void) | null = null;
    const deregister = jest.fn(async () => undefined);
    globals.Office = office("Excel", {
      onVisibilityModeChanged: async (h: (m: { visibilityMode: string }) => void) => {
        handler = h;
        return deregister;
      },
    });
    const shown = jest.fn();
    const stop = watchTaskpaneShown(shown);
    handler!({ visibilityMode: "Hidden" });
    handler!({ visibilityMode: "Taskpane" });
    expect(shown).toHaveBeenCalledTimes(1);
    stop();
    await new Promise((r) => setTimeout(r, 0));
    expect(deregister).toHaveBeenCalledTimes(1);
  });

  it("does nothing without a shared runtime", () => {
    globals.Office = office("Excel");
    expect(() => watchTaskpaneShown(() => undefined)()).not.toThrow();
  });
});
