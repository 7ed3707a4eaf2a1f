import type { ReportLayout, ReportValue, SheetId } from "../../src/domain/report/layout";
import { MARGINS } from "../../src/domain/report/pageFit";
import type { SupportsSet } from "../../src/excel/excelRun";
import { markerName, REPORT_NAME } from "../../src/excel/reportMarker";
import { STAGING_PREFIX, writeReport } from "../../src/excel/writeReport";
import { FakeWorkbook, rosterCells } from "./fakeExcel";

const all: SupportsSet = () => true;
const upTo14: SupportsSet = (_set, v) => Number(v.split(".")[1]) <= 4;

function layout(
  values: ReportValue[][],
  sheetName = "高企通报",
  id: SheetId = "bulletin"
): ReportLayout {
  return {
    id,
    sheetName,
    lang: "zh-CN",
    values,
    styles: [
      {
        range: { row: 0, col: 0, rows: 1, cols: values[0].length },
        style: { bold: true, border: true },
      },
    ],
    merges: [],
    columnWidths: values[0].map(() => 12),
    rowHeights: [],
    freeze: { rows: 1, columns: 0 },
    conditionalFormats: [
      {
        range: { row: 1, col: 1, rows: 1000, cols: 1 },
        operator: "lessThan",
        value1: 1,
        fill: "FFC7CE",
      },
    ],
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      margins: MARGINS,
      centerHorizontally: true,
      footer: "第 &P 页 共 &N 页",
      repeatRows: { first: 0, last: 0 },
      rowBreaks: [],
    },
    chart: null,
    sections: [],
  };
}

const first = [
  layout([
    ["单位", "数量"],
    ['=HYPERLINK("x")', 1],
    ["+1", 2],
    ["朱泾镇", 3],
  ]),
];
const second = [
  layout([
    ["单位", "数量"],
    ["枫泾镇", 7],
  ]),
];

function setup(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("名单", rosterCells(50));
  return wb;
}

const visibleNames = (wb: FakeWorkbook): string[] => wb.sheets.map((s) => s.name);

describe.each([
  ["ExcelApi 1.9 (staging sheet + copyFrom)", all],
  ["ExcelApi 1.4 only (direct drawing)", upTo14],
])("writeReport, %s", (_label, supports) => {
  it("writes strings as text: the '@' format reaches a cell before its value, no formula appears", async () => {
    const wb = setup();
    const name = await writeReport(wb.run, first, supports);
    const ws = wb.sheet(name)!;
    expect(ws.cells[1][0]).toBe('=HYPERLINK("x")');
    expect(ws.formats.get("1,0")).toBe("@");
    expect(ws.formats.get("2,0")).toBe("@");
    expect(ws.formulaCells.size).toBe(0);
    // Wherever the values were first drawn, the number formats were written first.
    const drawn = wb.writes.filter((w) => w.kind === "values" || w.kind === "numberFormat");
    expect(drawn[0].kind).toBe("numberFormat");
    expect(drawn[1]).toMatchObject({ kind: "values", address: drawn[0].address });
  });

  it("regenerating twice leaves exactly one report sheet holding the latest report, no staging sheet", async () => {
    const wb = setup();
    const a = await writeReport(wb.run, first, supports);
    const b = await writeReport(wb.run, second, supports);
    const c = await writeReport(wb.run, second, supports);
    expect(a).toBe("高企通报");
    expect([b, c]).toEqual([a, a]);
    expect(visibleNames(wb)).toEqual(["名单", "高企通报"]);
    expect(wb.sheets.every((s) => !s.name.startsWith(STAGING_PREFIX))).toBe(true);
    const ws = wb.sheet(a)!;
    expect(ws.cells[1].slice(0, 2)).toEqual(["枫泾镇", 7]);
    expect(ws.cells[2]?.[0] ?? null).toBeNull();
    expect(ws.visibility).toBe("Visible");
    expect(wb.names.get(REPORT_NAME)?.sheet).toBe(ws);
  });

  it("finds its report sheet by the marker after the user renames it", async () => {
    const wb = setup();
    await writeReport(wb.run, first, supports);
    wb.sheet("高企通报")!.name = "My report";
    expect(await writeReport(wb.run, second, supports)).toBe("My report");
    expect(visibleNames(wb)).toEqual(["名单", "My report"]);
  });

  it("never writes to a roster sheet", async () => {
    const wb = setup();
    await writeReport(wb.run, first, supports);
    await writeReport(wb.run, second, supports);
    expect(wb.writesTo("名单")).toEqual([]);
  });

  it("clamps conditional formats to the used rows", async () => {
    const wb = setup();
    const name = await writeReport(wb.run, first, supports);
    const rules = wb.sheet(name)!.rules;
    expect(rules).toHaveLength(1);
    expect(rules[0].row + rules[0].rows).toBeLessThanOrEqual(first[0].values.length);
  });
});

describe("writeReport, the 通报 and its 附件", () => {
  const annex = (n: number, id: SheetId, rows: ReportValue[][]) =>
    layout([["序号", "名称"], ...rows], `附件${n} ${id}`, id);
  const full = [
    second[0],
    annex(1, "expiring", [[1, "甲"]]),
    annex(2, "awards", [[1, "乙"]]),
    annex(3, "findings", [[1, "丙"]]),
  ];
  const noFindings = [
    second[0],
    annex(1, "expiring", [[1, "丁"]]),
    annex(2, "awards", [[1, "戊"]]),
  ];

  it.each([
    ["1.9", all],
    ["1.4", upTo14],
  ])(
    "ExcelApi %s: writes each sheet marked by its id, and a report without the findings 附件 removes that sheet and its marker",
    async (_v, supports) => {
      const wb = setup();
      expect(await writeReport(wb.run, full, supports)).toBe("高企通报");
      expect(visibleNames(wb)).toEqual([
        "名单",
        "高企通报",
        "附件1 expiring",
        "附件2 awards",
        "附件3 findings",
      ]);
      for (const l of full) expect(wb.names.get(markerName(l.id))?.sheet.name).toBe(l.sheetName);
      await writeReport(wb.run, noFindings, supports);
      expect(visibleNames(wb)).toEqual(["名单", "高企通报", "附件1 expiring", "附件2 awards"]);
      expect(wb.names.has(markerName("findings"))).toBe(false);
      expect(wb.sheet("附件1 expiring")!.cells[1].slice(0, 2)).toEqual([1, "丁"]);
      expect(wb.writesTo("名单")).toEqual([]);
    }
  );

  it("sets up printing on every sheet: A4, fit to width, print titles, the page footer (ExcelApi 1.9)", async () => {
    const wb = setup();
    await writeReport(wb.run, full, all);
    // Set up while each sheet still has its staging name: counted over the workbook, once per sheet.
    const formats = wb.writes
      .filter((w) => w.kind === "format")
      .map((w) => `${w.address}=${JSON.stringify(w.data)}`);
    const count = (re: RegExp) => formats.filter((f) => re.test(f)).length;
    expect(count(/pageLayout\.paperSize="A4"/)).toBe(full.length);
    expect(count(/pageLayout\.zoom=\{"horizontalFitToPages":1,"verticalFitToPages":0\}/)).toBe(
      full.length
    );
    expect(count(/pageLayout\.setPrintTitleRows\("\$1:\$1"\)/)).toBe(full.length);
    expect(count(/centerFooter="第 &P 页 共 &N 页"/)).toBe(full.length);
  });
});

describe("writeReport whole or not at all", () => {
  /** Syncs taken by a successful regeneration, to fail at each of them in turn. */
  async function syncsOfRegeneration(supports: SupportsSet): Promise<number> {
    const wb = setup();
    await writeReport(wb.run, first, supports);
    const before = wb.syncs;
    await writeReport(wb.run, second, supports);
    return wb.syncs - before;
  }

  it.each([
    ["1.9", all],
    ["1.4", upTo14],
  ])(
    "ExcelApi %s: a failure at any sync leaves the previous report or the message, never a half report",
    async (_v, supports) => {
      const n = await syncsOfRegeneration(supports);
      expect(n).toBeGreaterThan(2);
      for (let k = 1; k <= n; k++) {
        const wb = setup();
        await writeReport(wb.run, first, supports);
        wb.options.failAtSync = wb.syncs + k;
        let failed = false;
        try {
          await writeReport(wb.run, second, supports);
        } catch {
          failed = true;
        }
        const ws = wb.sheet("高企通报")!;
        const text = ws.cells
          .map((r) => (r ?? []).filter((v) => v !== null && v !== "").join("|"))
          .filter((r) => r !== "");
        const previous = ["单位|数量", '=HYPERLINK("x")|1', "+1|2", "朱泾镇|3"];
        const latest = ["单位|数量", "枫泾镇|7"];
        const isMessage = text.length === 1 && /^生成通报失败/.test(text[0]);
        // The last sync may fail after its writes landed: then the latest report is whole too.
        expect({
          k,
          ok:
            isMessage ||
            JSON.stringify(text) === JSON.stringify(previous) ||
            JSON.stringify(text) === JSON.stringify(latest),
        }).toEqual({ k, ok: true });
        if (!failed) expect(text).toEqual(latest);
        // With a staging sheet, only the swap (the last sync) touches the report sheet: a failure before
        // it leaves the previous report exactly as it was, not a message in its place.
        if (supports === all && k < n)
          expect({ k, failed, text }).toEqual({ k, failed: true, text: previous });
        expect(wb.sheets.filter((s) => s.name.startsWith(STAGING_PREFIX))).toEqual([]);
        expect(wb.writesTo("名单")).toEqual([]);
      }
    }
  );

  it("a failure while writing the first report leaves no sheet behind", async () => {
    const wb = setup();
    wb.options.failAtSync = 3;
    await expect(writeReport(wb.run, first, all)).rejects.toThrow("fake: the host failed");
    expect(visibleNames(wb)).toEqual(["名单"]);
  });

  it("refuses hosts without ExcelApi 1.4 with a RequirementError", async () => {
    const wb = setup();
    await expect(writeReport(wb.run, first, () => false)).rejects.toMatchObject({
      name: "RequirementError",
    });
    expect(wb.syncs).toBe(0);
  });
});
