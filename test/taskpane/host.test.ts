import { detectHost, watchTaskpaneShown, whenPaneShown } from "../../src/excel/paneHost";

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
    context: {
      displayLanguage: "en-US",
      officeTheme: { bodyBackgroundColor: "#1f1f1f" },
      diagnostics: { platform },
    },
    addin,
  };
}

/** Office with a shared runtime: `handler()` plays Office changing the pane's visibility. */
function officeWithAddin() {
  let registered: ((m: { visibilityMode: string }) => void) | null = null;
  const deregister = jest.fn(async () => undefined);
  globals.Office = office("Excel", {
    onVisibilityModeChanged: async (h: (m: { visibilityMode: string }) => void) => {
      registered = h;
      return deregister;
    },
  });
  return { handler: (m: { visibilityMode: string }) => registered!(m), deregister };
}

describe("detectHost", () => {
  it("is in Office only when Office reports Excel", async () => {
    globals.Office = office("Excel");
    expect(await detectHost()).toEqual({
      inOffice: true,
      lang: "en-US",
      dark: true,
      downloadsBlockedOn: null,
    });
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
    const { handler, deregister } = officeWithAddin();
    const shown = jest.fn();
    const stop = watchTaskpaneShown(shown);
    handler({ visibilityMode: "Hidden" });
    handler({ visibilityMode: "Taskpane" });
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

describe("whenPaneShown", () => {
  /** A document whose visibility the test sets, firing visibilitychange as a browser does. */
  function page(initial: DocumentVisibilityState) {
    const target = new EventTarget();
    const doc = {
      visibilityState: initial,
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
    };
    const show = (state: DocumentVisibilityState) => {
      doc.visibilityState = state;
      target.dispatchEvent(new Event("visibilitychange"));
    };
    return { doc: doc as unknown as Document, show };
  }
  const settled = async (p: Promise<void>): Promise<boolean> => {
    let done = false;
    void p.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 0));
    return done;
  };

  it.each(["visible", "prerender"] as DocumentVisibilityState[])(
    "a %s page goes ahead at once",
    async (state) => {
      expect(await settled(whenPaneShown(page(state).doc))).toBe(true);
    }
  );

  it("goes ahead at once where there is no document to ask", async () => {
    expect(await settled(whenPaneShown(undefined))).toBe(true);
  });

  it("a hidden page (a runtime started by a GAOQI cell or a ribbon button) waits until the page becomes visible", async () => {
    globals.Office = office("Excel");
    const { doc, show } = page("hidden");
    const shown = whenPaneShown(doc);
    expect(await settled(shown)).toBe(false);
    show("hidden");
    expect(await settled(shown)).toBe(false);
    show("visible");
    expect(await settled(shown)).toBe(true);
  });

  it("... or until Office shows the pane, and then stops listening", async () => {
    const { handler, deregister } = officeWithAddin();
    const shown = whenPaneShown(page("hidden").doc);
    handler({ visibilityMode: "Hidden" });
    expect(await settled(shown)).toBe(false);
    handler({ visibilityMode: "Taskpane" });
    expect(await settled(shown)).toBe(true);
    expect(deregister).toHaveBeenCalledTimes(1);
  });
});
