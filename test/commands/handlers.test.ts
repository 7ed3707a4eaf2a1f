import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import { LocalError } from "../../src/domain/core/localError";
import { buildReportBook } from "../../src/domain/report/buildReport";
import type { Analysis } from "../../src/domain/core/types";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import { formatSelection } from "../../src/commands/formatSelection";
import {
  type CommandDeps,
  formatAsReport,
  generateReport,
  markExpiring,
} from "../../src/commands/handlers";
import { MSG } from "../../src/commands/messages";
import type { CommandMessage } from "../../src/commands/notify";
import { createExcelSource } from "../../src/excel/excelSource";
import type { WorkbookSource } from "../../src/excel/workbookSource";
import { FakeWorkbook, rosterCells } from "../excel/fakeExcel";

const fail = (what: string) => () =>
  Promise.reject(new LocalError({ "zh-CN": `${what}坏了`, "en-US": `${what} broke` }));

function deps(
  source: Partial<WorkbookSource>,
  over: Partial<CommandDeps> = {}
): { deps: CommandDeps; messages: CommandMessage[] } {
  const messages: CommandMessage[] = [];
  const base: WorkbookSource = {
    kind: "excel",
    readSheets: async () => [{ name: "名单", values: rosterCells(5) }],
    loadSettings: async () => DEFAULT_SETTINGS,
    saveSettings: async () => undefined,
    writeReport: async (layouts) => layouts[0].sheetName,
    highlightExpiring: async () => 2,
    clearHighlights: async () => undefined,
    insertFormulaColumns: async () => ({ sheet: "名单", address: "E1:G6", rows: 5 }),
    writeTargetTable: async (layout) => layout.sheetName,
    appendContact: async () => ({ sheet: "走访记录", row: 2, created: true, dropped: [] }),
    insertSheets: async (layouts) => layouts.map((l) => l.sheetName),
    select: async () => undefined,
  };
  return {
    messages,
    deps: {
      source: { ...base, ...source },
      analyse: analyseWorkbook,
      buildReport: buildReportBook,
      formatSelection: async () => "A1:D6",
      notify: (m) => {
        messages.push(m);
      },
      settings: () => DEFAULT_SETTINGS,
      lang: () => "zh-CN",
      asOf: () => 45657,
      ...over,
    },
  };
}

type Handler = typeof generateReport;
const handlers: [string, Handler][] = [
  ["generateReport", generateReport],
  ["formatAsReport", formatAsReport],
  ["markExpiring", markExpiring],
];

describe.each(handlers)("%s", (_name, handler) => {
  it.each([
    ["succeeds", {}, {}, "success"],
    ["reading fails", { readSheets: fail("read") }, {}, "error"],
    [
      "writing fails",
      { writeReport: fail("write"), highlightExpiring: fail("write") },
      { formatSelection: fail("write") },
      "error",
    ],
    [
      "the engine throws",
      {},
      {
        analyse: (): Analysis => {
          throw new Error("engine broke");
        },
      },
      "error",
    ],
  ] as [string, Partial<WorkbookSource>, Partial<CommandDeps>, string][])(
    "calls event.completed() once when %s",
    async (_case, source, over, kind) => {
      const { deps: d, messages } = deps(source, over);
      const completed = jest.fn();
      await handler(d, { completed });
      expect(completed).toHaveBeenCalledTimes(1);
      // formatAsReport reads nothing: reading/engine failures do not reach it.
      const expected = handler === formatAsReport && _case !== "writing fails" ? "success" : kind;
      expect(messages.map((m) => m.kind)).toEqual([expected]);
      if (expected === "error") expect(messages[0].text["zh-CN"]).toMatch(/失败：/);
    }
  );

  it("completes first, before any work starts", async () => {
    const order: string[] = [];
    const { deps: d } = deps(
      { readSheets: async () => (order.push("read"), [{ name: "名单", values: rosterCells(5) }]) },
      { formatSelection: async () => (order.push("format"), "A1:D6") }
    );
    await handler(d, { completed: () => order.push("completed") });
    expect(order[0]).toBe("completed");
    expect(order.length).toBeGreaterThan(1);
  });

  it("a hung call to Excel holds up no later click: each completes at once, and one meanwhile is told a command is running", async () => {
    let release: () => void = () => undefined;
    const hung = new Promise<never>(
      (_, reject) => (release = () => reject(new Error("host gone")))
    );
    const { deps: d, messages } = deps({ readSheets: () => hung }, { formatSelection: () => hung });
    const first = jest.fn();
    const running = handler(d, { completed: first });
    expect(first).toHaveBeenCalledTimes(1);
    const second = jest.fn();
    await handler(d, { completed: second });
    expect(second).toHaveBeenCalledTimes(1);
    expect(messages).toEqual([
      {
        kind: "info",
        text: expect.objectContaining({ "zh-CN": expect.stringContaining("仍在运行") }),
      },
    ]);
    release();
    await running;
    expect(messages.map((m) => m.kind)).toEqual(["info", "error"]);
  });

  it("completes even when telling the user fails too", async () => {
    const { deps: d } = deps(
      { readSheets: fail("read") },
      { formatSelection: fail("format"), notify: () => Promise.reject(new Error("no pane")) }
    );
    const completed = jest.fn();
    await handler(d, { completed });
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe("格式化为报表 end to end on the recording fake", () => {
  it("on a blank sheet asks the user to select a table first, and styles nothing", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    const { deps: d, messages } = deps(
      {},
      { formatSelection: () => formatSelection(wb.run, () => true) }
    );
    await formatAsReport(d, { completed: () => undefined });
    expect(messages).toEqual([{ kind: "info", text: MSG.nothingSelected }]);
    expect(wb.writes).toEqual([]);
  });
});

describe("generateReport end to end through the Office.js adapter and the recording fake", () => {
  it("writes the report sheet, leaves the roster untouched, writes '='-names as text, and regenerates in place", async () => {
    const wb = new FakeWorkbook();
    const cells = rosterCells(40, (i) =>
      i === 0 ? '=HYPERLINK("http://x","y")' : i === 1 ? "@SUM(1)" : `企业${i}`
    );
    const roster = wb.addSheet("名单", cells);
    const before = JSON.stringify(roster.cells);
    const source = createExcelSource({ run: wb.run, supports: () => true, settings: null });
    const { deps: d, messages } = deps(source);
    await generateReport({ ...d, source }, { completed: () => undefined });
    await generateReport({ ...d, source }, { completed: () => undefined });
    expect(messages.map((m) => m.kind)).toEqual(["success", "success"]);
    // The data problems are for the 工作底稿, not an 附件 of the leader's copy (setting report.findings).
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "名单",
      "高企通报",
      "附件1 年内到期名单",
      "附件2 奖励明细",
      "附件3 月度进度",
      "附件4 下降明细",
    ]);
    const report = wb.sheets.slice(1);
    // The user's "=..." / "@..." names reach the report (its lists) and stay text there.
    const texts = report
      .flatMap((s) => s.cells.flat())
      .filter((v): v is string => typeof v === "string" && /^[=@]/.test(v));
    expect(texts.length).toBeGreaterThan(0);
    for (const s of report) expect(s.formulaCells.size).toBe(0);
    expect(wb.writesTo("名单").filter((w) => w.kind !== "format")).toEqual([]);
    expect(JSON.stringify(roster.cells)).toBe(before);
    expect(wb.active).toBe(1);
    expect(wb.selection).toBe("'高企通报'!A1");
  });
});
