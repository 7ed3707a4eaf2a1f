/**
 * `npm run sample:json`: turns samples/jinshan-sample.xlsx into src/taskpane/preview/sample.json, the
 * SheetInput[] the task pane's preview mode reads. The browser has no room for an .xlsx reader, so the
 * conversion happens here, once, with the CLI's own reader (dates stay serials). When the .xlsx has not
 * been generated yet, the sample is built by scripts/makeSample.ts into a temporary file and read back
 * through the same reader, so both paths give identical JSON.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { packageRoot } from "../src/cli/packageRoot";
import { engineValues, streamWorkbook } from "../src/cli/readWorkbook";
import type { CellValue, SheetInput } from "../src/domain/core/types";
import { buildSampleWorkbook } from "./makeSample";

/** Drops trailing empty cells and rows: the JSON is shipped to the browser, so every byte counts. */
function compact(rows: CellValue[][]): CellValue[][] {
  const out = rows.map((r) => {
    let end = r.length;
    while (end > 0 && (r[end - 1] === null || r[end - 1] === undefined || r[end - 1] === "")) end--;
    return Array.from(r.slice(0, end), (v) => (v === undefined ? null : v));
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

/**
 * Every worksheet of an .xlsx file as a SheetInput (values from A1, so firstRow/firstColumn stay 1). A
 * merged range's value stays in its top-left cell only, as Office.js (the real source) gives it, and the
 * merged areas go with the sheet.
 */
export async function fileToSheets(file: string): Promise<SheetInput[]> {
  const sheets: SheetInput[] = [];
  for await (const sheet of streamWorkbook(file)) {
    const rows: CellValue[][] = [];
    for await (const block of sheet.blocks) {
      for (const row of block) {
        while (rows.length < row.number - 1) rows.push([]);
        rows.push(engineValues(row));
      }
    }
    // With its merged areas, as the Excel adapter hands them to the engine.
    const merges = sheet.merges.map(({ top, left, bottom, right }) => ({
      top,
      left,
      bottom,
      right,
    }));
    sheets.push(
      merges.length
        ? { name: sheet.name, values: compact(rows), merges }
        : { name: sheet.name, values: compact(rows) }
    );
  }
  return sheets;
}

async function loadSample(file: string): Promise<SheetInput[]> {
  if (fs.existsSync(file)) return fileToSheets(file);
  process.stderr.write(
    `${path.relative(process.cwd(), file)} not found: building the sample in a temporary file\n`
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-sample-"));
  try {
    const temp = path.join(dir, "sample.xlsx");
    await buildSampleWorkbook().xlsx.writeFile(temp);
    return await fileToSheets(temp);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function run(): Promise<void> {
  const root = packageRoot();
  const file = path.join(root, "samples", "jinshan-sample.xlsx");
  const out = path.join(root, "src", "taskpane", "preview", "sample.json");
  const sheets = await loadSample(file);
  fs.writeFileSync(out, JSON.stringify(sheets) + "\n");
  const rows = sheets.reduce((n, s) => n + s.values.length, 0);
  process.stdout.write(
    `wrote ${path.relative(root, out)}: ${sheets.length} sheets, ${rows} rows, ${fs.statSync(out).size} bytes\n`
  );
}

if (require.main === module) {
  run().catch((e: unknown) => {
    process.stderr.write(`sampleToJson failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
