/**
 * Formula cells saved without a calculated value give the same no-value findings whether the CLI
 * streams the file or a page or the pane reads its bytes (readWorkbookBytes) for the engine.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { analyseFile } from "../../../src/cli/analyseFile";
import { readWorkbookBytes } from "../../../src/cli/workbookBytes";
import { analyseWorkbook } from "../../../src/domain/analysis/analyseWorkbook";
import { serialFromYmd } from "../../../src/domain/core/dates";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings/settings";

jest.setTimeout(60_000);

const AS_OF = serialFromYmd(2023, 12, 31);
const formula = (f: string): ExcelJS.CellFormulaValue =>
  ({ formula: f }) as ExcelJS.CellFormulaValue;

let dir: string;
let file: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-novalue-bytes-"));
  file = path.join(dir, "名单.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名单");
  // Row 1 left empty, so the sheet's values start at row 2 and rows are told by sheet number.
  ws.getRow(2).values = ["企业名称", "证书编号", "发证日期", "所属镇", "备注"];
  ws.getRow(3).values = ["甲公司", "GR202331000001", new Date(Date.UTC(2023, 4, 1)), "朱泾镇"];
  ws.getRow(4).values = ["乙公司", "GR202331000002", new Date(Date.UTC(2022, 4, 1)), "枫泾镇"];
  ws.getRow(5).values = ["丙公司", "GR202331000003", new Date(Date.UTC(2021, 4, 1)), "枫泾镇"];
  ws.getCell("D3").value = formula('IF(1,"朱泾镇","")');
  ws.getCell("C4").value = formula("DATE(2022,5,1)");
  ws.getCell("E4").value = formula("1+1");
  ws.getCell("A5").value = formula('"丙公司"');
  await wb.xlsx.writeFile(file);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("the byte reader lists every formula cell without a value by its sheet row and column", async () => {
  const [sheet] = await readWorkbookBytes(new Uint8Array(fs.readFileSync(file)), "名单.xlsx");
  expect(sheet.firstRow).toBe(2);
  expect(sheet.noValues).toEqual([
    { row: 3, column: 4 },
    { row: 4, column: 3 },
    { row: 4, column: 5 },
    { row: 5, column: 1 },
  ]);
});

it("the engine gives the CLI's findings for the bytes: a no-value finding in each mapped column only", async () => {
  const cli = await analyseFile(file, { asOf: AS_OF, settings: DEFAULT_SETTINGS });
  const sheets = await readWorkbookBytes(new Uint8Array(fs.readFileSync(file)), "名单.xlsx");
  const page = analyseWorkbook(sheets, { asOf: AS_OF, settings: DEFAULT_SETTINGS });
  const noValue = cli.findings.filter((f) => f.code === "no-value");
  // E4 is no column of ours; A5, the name itself, leaves its finding unnamed.
  expect(noValue.map((f) => [f.sheet, f.row, f.column, f.name])).toEqual([
    ["名单", 3, "D", "甲公司"],
    ["名单", 4, "C", "乙公司"],
    ["名单", 5, "A", undefined],
  ]);
  // Every finding, messages and order included, the same for the page as for the CLI.
  expect(page.findings).toEqual(cli.findings);
});
