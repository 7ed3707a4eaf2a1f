/** Layouts (the report, a target table) staged as an .xlsx among the command's outputs. */
import type { ReportLayout } from "../domain/report/layout";
import type { OutputSet } from "./outputs";
import { writeReportXlsx } from "./renderXlsx";

/** Writes `layout` (a sheet, or several) to a file staged for `out`; resolves to whether a chart was left out. */
export async function stageLayout(outputs: OutputSet, out: string, layout: ReportLayout | readonly ReportLayout[]): Promise<boolean> {
  const layouts = Array.isArray(layout) ? layout : [layout as ReportLayout];
  let chartOmitted = false;
  await outputs.stage(out, async (temp) => {
    chartOmitted = (await writeReportXlsx(temp, layouts)).chartOmitted;
  });
  return chartOmitted;
}
