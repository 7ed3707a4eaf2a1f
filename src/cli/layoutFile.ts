/** Layouts (the report, a target table) staged as an .xlsx among the command's outputs. */
import type { ReportLayout } from "../domain/report/layout";
import type { OutputSet } from "./outputs";
import { writeReportXlsx } from "./renderXlsx";

/** Writes `layout` (a sheet, or several) to a file staged for `out`. */
export async function stageLayout(
  outputs: OutputSet,
  out: string,
  layout: ReportLayout | readonly ReportLayout[]
): Promise<void> {
  const layouts = Array.isArray(layout) ? layout : [layout as ReportLayout];
  await outputs.stage(out, (temp) => writeReportXlsx(temp, layouts));
}
