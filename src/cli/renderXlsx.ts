/** Draws report layouts as an .xlsx file with the CLI's own streaming writer (src/cli/xlsx/write). */
import type { ReportLayout } from "../domain/report/layout";
import { reportWorkbookSpec } from "./reportSpec";
import { writeXlsx } from "./xlsx/write/writeXlsx";

export { FONT_NAME, layoutSheet } from "./reportSpec";

/** Writes `layouts` (one sheet each, charts included) to the new file `file`. */
export async function writeReportXlsx(
  file: string,
  layouts: readonly ReportLayout[]
): Promise<void> {
  await writeXlsx(file, reportWorkbookSpec(layouts));
}
