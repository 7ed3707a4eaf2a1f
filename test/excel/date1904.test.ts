/**
 * A 1904 date-system workbook end to end on the recording fake: the same roster, contact log and targets
 * as a 1900 workbook (each date cell 1462 lower, so it shows the same day), read, reported, templated and
 * appended to. Every figure must agree, and every date Gaoqi writes must show the same day as in the 1900
 * workbook: the written serial is 1462 lower in exactly the cells formatted as dates, nothing else moves.
 */
import { isDateFormatCode } from "../../src/cli/xlsx/dateFormats";
import { DATE1904_OFFSET, isoFromSerial, serialFromYmd } from "../../src/domain/core/dates";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import { buildReportBook } from "../../src/domain/report/buildReport";
import { TEMPLATE_KINDS, templateLayout } from "../../src/domain/report/templateSheets";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import type { SupportsSet } from "../../src/excel/excelRun";
import { createExcelSource } from "../../src/excel/excelSource";
import { setDate1904 } from "../../src/state/session";
import { type Cell, FakeWorkbook, type FakeSheet } from "./fakeExcel";

const all: SupportsSet = () => true;
const d = serialFromYmd;
const AS_OF = d(2024, 12, 31);
const TODAY = d(2025, 1, 6);

/** Cells of the 1900 workbook; `date` marks the date cells (shifted for the 1904 copy). */
const date = (s: number) => ({ date: s });
type Spec = (Cell | { date: number })[][];
const ROSTER: Spec = [
  ["企业名称", "证书编号", "发证日期", "所属镇/园区", "迁入日期"],
  ["上海甲科技有限公司", "GR202131000001", date(d(2021, 11, 20)), "朱泾镇", null],
  ["上海乙科技有限公司", "GR202231000002", date(d(2022, 12, 1)), "枫泾镇", date(d(2024, 3, 1))],
  ["上海丙科技有限公司", "GR202431000003", date(d(2024, 2, 20)), "朱泾镇", null],
  ["上海丁科技有限公司", "GR202131000004", date(d(2021, 12, 15)), "亭林镇", null],
];
const CONTACTS: Spec = [
  ["走访日期", "企业名称", "走访形式", "问题或诉求", "办理状态", "办结时限"],
  [date(d(2024, 2, 1)), "上海甲科技有限公司", "走访", "用地", "办理中", date(d(2024, 4, 30))],
];

const cells = (spec: Spec, date1904: boolean): Cell[][] =>
  spec.map((row) =>
    row.map((v) =>
      v !== null && typeof v === "object" ? v.date - (date1904 ? DATE1904_OFFSET : 0) : v
    )
  );

/** The day a cell shows: a date-formatted number as its ISO date in the workbook's system, else the value. */
function shown(ws: FakeSheet, r: number, c: number, date1904: boolean): unknown {
  const v = ws.cells[r]?.[c] ?? null;
  const format = ws.formats.get(`${r},${c}`);
  if (typeof v === "number" && format && isDateFormatCode(format))
    return `date ${isoFromSerial(v + (date1904 ? DATE1904_OFFSET : 0))}`;
  return v;
}

const view = (ws: FakeSheet, date1904: boolean): unknown[][] =>
  ws.cells.map((row, r) => (row ?? []).map((_, c) => shown(ws, r, c, date1904)));

async function runAll(date1904: boolean) {
  setDate1904(false);
  const wb = new FakeWorkbook({ date1904 });
  wb.addSheet("名单", cells(ROSTER, date1904));
  wb.addSheet("走访", cells(CONTACTS, date1904));
  const source = createExcelSource({ run: wb.run, supports: all, settings: null });
  const settings = await source.loadSettings();
  const sheets = await source.readSheets();
  const analysis = analyseWorkbook(sheets, { asOf: AS_OF, settings });
  const report = await source.writeReport(
    buildReportBook({ sheets, analysis, settings, lang: "zh-CN", today: TODAY })
  );
  const templates = await source.insertSheets(
    TEMPLATE_KINDS.map((k) => templateLayout(k, "zh-CN"))
  );
  const entry = {
    date: d(2024, 12, 20),
    name: "上海丁科技有限公司",
    creditCode: "",
    form: "电话",
    visitor: "王",
    problem: "续期材料",
    status: "in-progress" as const,
    due: d(2025, 1, 15),
  };
  const appended = await source.appendContact("走访", entry);
  const after = analyseWorkbook(await source.readSheets(), { asOf: AS_OF, settings });
  const written = wb.sheets.filter((s) => s.name !== "名单" && s.name !== "走访");
  return { wb, analysis, after, report, templates, appended, written, settings };
}

afterEach(() => setDate1904(false));

describe("a 1904 date-system workbook", () => {
  it("reads, reports, templates and records a contact with every date on the same day as a 1900 workbook", async () => {
    const a = await runAll(false);
    const b = await runAll(true);
    expect(b.settings).toEqual(DEFAULT_SETTINGS);
    // Read: the same figures, the same dates inside the engine (1900 serials).
    expect(JSON.stringify(b.analysis)).toBe(JSON.stringify(a.analysis));
    expect(a.analysis.expiring.length).toBeGreaterThan(0);
    // Written: the same sheets, showing the same text and the same days.
    expect(b.written.map((s) => s.name)).toEqual(a.written.map((s) => s.name));
    expect(b.written.map((s) => view(s, true))).toEqual(a.written.map((s) => view(s, false)));
    // ... with dates really written (附件1 有效期至, the call list's last contact, award dates, the
    // templates' examples), each 1462 lower in the 1904 workbook.
    const dates = a.written.flatMap((s, i) =>
      s.cells.flatMap((row, r) =>
        (row ?? []).flatMap((v, c) =>
          typeof v === "number" && isDateFormatCode(s.formats.get(`${r},${c}`) ?? "")
            ? [[i, r, c, v]]
            : []
        )
      )
    );
    const shownDays = new Set(dates.map(([, , , v]) => isoFromSerial(v)));
    for (const day of ["2024-11-19", "2024-12-14", "2024-02-01", "2024-03-01"])
      expect(shownDays).toContain(day);
    for (const [i, r, c, v] of dates) expect(b.written[i].cells[r][c]).toBe(v - DATE1904_OFFSET);
    expect(b.templates).toEqual(["高企名单", "目标任务", "培育库", "走访记录"]);
    for (const name of ["高企名单", "培育库", "走访记录"])
      expect(dates.some(([i]) => a.written[i].name === name)).toBe(true);
    // The contact row: written as the workbook counts dates, read back as the same contact.
    expect(b.appended).toEqual(a.appended);
    const row = b.appended.row - 1;
    expect(b.wb.sheet("走访")!.cells[row][0]).toBe(d(2024, 12, 20) - DATE1904_OFFSET);
    expect(view(b.wb.sheet("走访")!, true)[row]).toEqual(view(a.wb.sheet("走访")!, false)[row]);
    expect(view(b.wb.sheet("走访")!, true)[row]).toContain("date 2024-12-20");
    expect(JSON.stringify(b.after)).toBe(JSON.stringify(a.after));
    // The contact recorded, and the two examples of the 走访记录 template.
    expect(a.after.total.contacts.visits).toBe(a.analysis.total.contacts.visits + 3);
  });
});
