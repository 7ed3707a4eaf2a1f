/**
 * `npm run sample:json`: turns samples/jinshan-sample.xlsx into src/taskpane/preview/sample.json, the
 * SheetInput[] the task pane's preview mode reads. The browser has no room for exceljs, so the
 * conversion happens here, once, with the CLI's own cell conversion (dates become serials). When the
 * .xlsx has not been generated yet, the sample is built in memory by scripts/makeSample.ts and read
 * back through the same .xlsx round trip, so both paths give identical JSON.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { toRowValues } from "../src/cli/cellValue";
import { packageRoot } from "../src/cli/packageRoot";
import type { CellRange, CellValue, SheetInput } from "../src/domain/types";
import { buildSampleWorkbook } from "./makeSample";

/** Drops trailing empty cells and rows: the JSON is shipped to the browser, so every byte counts. */
function compact(rows: CellValue[][]): CellValue[][] {
  const out = rows.map((r) => {
    let end = r.length;
    while (end > 0 && (r[end - 1] === null || r[end - 1] === undefined || r[end - 1] === "")) end--;
    return r.slice(0, end).map((v) => (v === undefined ? null : v));
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

/** "F9:F10" -> {top 9, left 6, bottom 10, right 6}. */
function rangeOf(ref: string): CellRange {
  const corner = (a1: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1);
    if (!m) throw new Error(`not a cell reference: ${a1}`);
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [Number(m[2]), col];
  };
  const [a, b = a] = ref.split(":");
  const [top, left] = corner(a);
  const [bottom, right] = corner(b);
  return { top, left, bottom, right };
}

/**
 * Every worksheet of the workbook as a SheetInput (values from A1, so firstRow/firstColumn stay 1), with
 * its merged areas, as the Excel adapter hands them to the engine.
 */
export function workbookToSheets(wb: ExcelJS.Workbook): SheetInput[] {
  const sheets: SheetInput[] = [];
  wb.eachSheet((ws) => {
    const rows: CellValue[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const values = toRowValues(row.values);
      // exceljs repeats a merged range's value in every cell; Office.js (the real source) gives it once.
      row.eachCell((cell, col) => {
        if (cell.type === ExcelJS.ValueType.Merge) values[col - 1] = null;
      });
      rows.push(values);
    }
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    sheets.push(merges.length ? { name: ws.name, values: compact(rows), merges: merges.map(rangeOf) } : { name: ws.name, values: compact(rows) });
  });
  return sheets;
}

async function loadSample(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (fs.existsSync(file)) {
    await wb.xlsx.readFile(file);
  } else {
    process.stderr.write(`${path.relative(process.cwd(), file)} not found: building the sample in memory\n`);
    const buffer = await buildSampleWorkbook().xlsx.writeBuffer();
    await wb.xlsx.load(buffer as ArrayBuffer);
  }
  return wb;
}

async function run(): Promise<void> {
  const root = packageRoot();
  const file = path.join(root, "samples", "jinshan-sample.xlsx");
  const out = path.join(root, "src", "taskpane", "preview", "sample.json");
  const sheets = workbookToSheets(await loadSample(file));
  fs.writeFileSync(out, JSON.stringify(sheets) + "\n");
  const rows = sheets.reduce((n, s) => n + s.values.length, 0);
  process.stdout.write(`wrote ${path.relative(root, out)}: ${sheets.length} sheets, ${rows} rows, ${fs.statSync(out).size} bytes\n`);
}

if (require.main === module) {
  run().catch((e: unknown) => {
    process.stderr.write(`sampleToJson failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
