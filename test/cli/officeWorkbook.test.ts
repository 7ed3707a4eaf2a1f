/**
 * The office-shaped workbook (test/fixtures/office-workbook.xlsx, written by `npm run
 * fixtures`) through the CLI's own reader: merged cells, the 迁入 sheet and the short-name target table
 * give the hand-computed figures, the same as through the engine and the Excel adapter.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { analyseFile } from "../../src/cli/analyseFile";
import { serialFromYmd } from "../../src/domain/core/dates";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import {
  AS_OF,
  DUPLICATE_MESSAGE,
  EXPECTED_FIGURES,
  officeFigures,
} from "../fixtures/officeWorkbook.expected";
import { runCli } from "./helpers";

jest.setTimeout(120_000);

const FIXTURE = path.join(__dirname, "..", "fixtures", "office-workbook.xlsx");

describe("the office workbook through the CLI", () => {
  it("gives the hand-computed figures", async () => {
    const a = await analyseFile(FIXTURE, { asOf: AS_OF, settings: DEFAULT_SETTINGS });
    expect(officeFigures(a)).toEqual(EXPECTED_FIGURES);
    expect(a.findings.find((f) => f.code === "duplicate")?.message["zh-CN"]).toBe(
      DUPLICATE_MESSAGE
    );
  });

  it("prints the units under their canonical names, 庚 under 朱泾镇, and the relocation stage in the JSON", async () => {
    const r = await runCli(["report", FIXTURE, "--year", "2023", "--json", "-"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.units.map((u: { unit: string; valid: number }) => [u.unit, u.valid])).toEqual([
      ["枫泾镇", 3],
      ["朱泾镇", 3],
      ["碳谷绿湾公司", 3],
      ["其他", 0],
    ]);
    expect(json.awards[0]).toMatchObject({
      type: "relocation",
      date: "2023-05-06",
      amount: 100000,
      stage: 1,
      stages: 2,
    });
    expect(json.findings.map((f: { code: string; name: string }) => [f.code, f.name])[0]).toEqual([
      "formula-like",
      "=戊芯智能装备有限公司",
    ]);
  });
});

describe("formula cells without a calculated value", () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-novalue-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("are read as blank, each with a no-value finding naming its cell and enterprise", async () => {
    const file = path.join(dir, "f.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("名单");
    ws.addRow(["企业名称", "证书编号", "发证日期", "所属镇"]);
    ws.addRow(["甲公司", "GR202331000001", new Date(Date.UTC(2023, 4, 1)), "朱泾镇"]);
    ws.getCell("D2").value = { formula: 'IF(1,"朱泾镇","")' } as ExcelJS.CellFormulaValue;
    ws.getCell("E1").value = "备注";
    ws.getCell("E2").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(file);
    const a = await analyseFile(file, {
      asOf: serialFromYmd(2023, 12, 31),
      settings: DEFAULT_SETTINGS,
    });
    // D2 is the unit column: blank, so 其他 and a missing-unit finding too; E2 is no column of ours.
    expect(a.findings.map((f) => [f.row, f.column, f.code, f.name])).toEqual([
      [2, "D", "missing-unit", "甲公司"],
      [2, "D", "no-value", "甲公司"],
    ]);
  });
});
