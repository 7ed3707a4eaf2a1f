/**
 * Writes a decomposed target table (目标任务分解, docs/rules.md section 9) to a NEW worksheet, never over an
 * existing one, whole or not at all (writeNewSheets.ts says how).
 */
import type { ReportLayout } from "../domain/report/layout";
import type { RunBatch, SupportsSet } from "./excelRun";
import { writeNewSheets } from "./writeNewSheets";

/** Writes `layout` to a new sheet (activated); resolves to the name it got. */
export async function writeTargetSheet(
  run: RunBatch,
  layout: ReportLayout,
  supports: SupportsSet
): Promise<string> {
  const [name] = await writeNewSheets(run, [layout], supports, {
    "zh-CN": "写入目标表",
    "en-US": "Writing the target table",
  });
  return name;
}
