/** An alias added from a finding: saved with the workbook's settings, then put in force (the analysis runs again). */
import type { Settings } from "../../domain/core/types";
import type { WorkbookSource } from "../../excel/workbookSource";
import { setSettings } from "../../state/session";

export async function saveAlias(
  source: WorkbookSource,
  settings: Settings,
  raw: string,
  unit: string
): Promise<Settings> {
  const next: Settings = { ...settings, aliases: { ...settings.aliases, [raw]: unit } };
  await source.saveSettings(next);
  setSettings(next);
  return next;
}
