import { lastCommandMessage, notifyUser, onCommandMessage } from "../../src/commands/notify";

const globals = globalThis as { Office?: unknown };
const message = (zh: string) => ({ kind: "success" as const, text: { "zh-CN": zh, "en-US": zh } });

afterEach(() => {
  delete globals.Office;
});

describe("notifyUser", () => {
  it("hands each message, numbered, to the listeners and keeps the latest for a pane that opens later", () => {
    const seen: number[] = [];
    const stop = onCommandMessage((m) => seen.push(m.seq));
    notifyUser(message("一"));
    notifyUser(message("二"));
    stop();
    notifyUser(message("三"));
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0] + 1);
    expect(lastCommandMessage()).toMatchObject({ text: { "zh-CN": "三" }, seq: seen[1] + 1 });
  });

  it("asks Office to show the task pane without waiting for it: a call that never settles holds nothing up", () => {
    const showAsTaskpane = jest.fn(() => new Promise<void>(() => undefined));
    globals.Office = { addin: { showAsTaskpane } };
    expect(notifyUser(message("通报已写入"))).toBeUndefined();
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  });

  it("a refused or missing showAsTaskpane is no error", async () => {
    globals.Office = {
      addin: { showAsTaskpane: () => Promise.reject(new Error("not in a shared runtime")) },
    };
    expect(() => notifyUser(message("a"))).not.toThrow();
    globals.Office = {
      addin: {
        showAsTaskpane: () => {
          throw new Error("no addin");
        },
      },
    };
    expect(() => notifyUser(message("b"))).not.toThrow();
    globals.Office = {};
    expect(() => notifyUser(message("c"))).not.toThrow();
    await new Promise((r) => setTimeout(r, 0)); // an unhandled rejection would fail the run here
  });
});
