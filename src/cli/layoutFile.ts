/** A layout (the report, a target table) staged as a one-sheet .xlsx among the command's outputs. */
import * as ExcelJS from "exceljs";
import type { ReportLayout } from "../domain/report/layout";
import type { OutputSet } from "./outputs";
import { renderLayout } from "./renderXlsx";

/** Draws `layout` into a new workbook staged for `out`; resolves to whether a chart was left out. */
export async function stageLayout(outputs: OutputSet, out: string, layout: ReportLayout): Promise<boolean> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "gaoqi";
  const { chartOmitted } = renderLayout(workbook, layout);
  await outputs.stage(out, (temp) => workbook.xlsx.writeFile(temp));
  return chartOmitted;
}
