/** Test helpers: capture the CLI's stdout/stderr, and write small workbooks with exceljs. */
import * as ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs main(argv), capturing what it writes to stdout and stderr. */
export async function runCli(argv: string[]): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const out = jest
    .spyOn(process.stdout, "write")
    .mockImplementation((chunk: string | Uint8Array) => {
      stdout += chunk.toString();
      return true;
    });
  const err = jest
    .spyOn(process.stderr, "write")
    .mockImplementation((chunk: string | Uint8Array) => {
      stderr += chunk.toString();
      return true;
    });
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Writes a workbook with one sheet per entry (rows as given) to `file`. */
export async function writeWorkbook(
  file: string,
  sheets: Record<string, ExcelJS.CellValue[][]>
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) {
      const row = ws.addRow(r);
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = "yyyy-mm-dd";
      });
    }
  }
  await wb.xlsx.writeFile(file);
}
