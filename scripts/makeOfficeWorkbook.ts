/**
 * `npm run fixtures`: writes test/fixtures/office-workbook.xlsx from test/fixtures/officeWorkbook.ts, the
 * office-shaped workbook (merged cells, a 迁入 sheet, a short-name target table). Dates go in
 * as date cells, the merged areas as merges, the name starting with = as text; fixed timestamps, so the
 * file only changes when the definition does.
 */
import * as path from "path";
import * as ExcelJS from "exceljs";
import { utcDateFromSerial } from "../src/domain/core/dates";
import { packageRoot } from "../src/cli/packageRoot";
import { officeWorkbookSheets } from "../test/fixtures/officeWorkbook";

/** Headers whose columns hold dates (the fixture writes serials). */
const DATE_HEADERS = new Set(["发证日期", "迁入日期", "走访日期", "办结时限"]);

/** The fixture as an exceljs workbook. */
export function buildOfficeWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "gaoqi fixture generator";
  wb.created = wb.modified = new Date(Date.UTC(2024, 0, 15));
  for (const sheet of officeWorkbookSheets()) {
    const ws = wb.addWorksheet(sheet.name);
    const dateColumns = new Set<number>();
    sheet.values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (typeof v === "string" && DATE_HEADERS.has(v)) dateColumns.add(c);
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof v === "number" && dateColumns.has(c) && r > 0) {
          cell.value = utcDateFromSerial(v);
          cell.numFmt = "yyyy-mm-dd";
        } else cell.value = v as ExcelJS.CellValue;
      });
    });
    for (const m of sheet.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    ws.getColumn(2).width = 30;
  }
  return wb;
}

async function run(): Promise<void> {
  const file = path.join(packageRoot(), "test", "fixtures", "office-workbook.xlsx");
  await buildOfficeWorkbook().xlsx.writeFile(file);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}

if (require.main === module) {
  run().catch((e: unknown) => {
    process.stderr.write(`fixture failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
