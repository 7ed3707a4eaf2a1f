/** The call list: certificates whose last valid day falls in the as-of year (or the rolling window). */
import type { Analysis, Lang } from "../types";
import type { ReportGrid } from "./grid";
import { statusLabel } from "../i18n";
import { reportText } from "./labels";
import { COLORS, FORMATS } from "./palette";
import { addCaption, addTable, columnSpecs } from "./tableParts";

/** Appends the expiring list; expired rows are set in red. */
export function addExpiring(grid: ReportGrid, analysis: Analysis, lang: Lang): void {
  grid.addRow();
  addCaption(
    grid,
    reportText(lang, "expiringCaption", { year: analysis.year, count: analysis.expiring.length })
  );
  const rows = analysis.expiring.map((e) => [
    e.name,
    e.certNo,
    e.unit,
    e.lastValid,
    statusLabel(e.status, lang),
    e.daysLeft,
  ]);
  const { firstRow } = addTable(
    grid,
    "expiring",
    lang,
    columnSpecs(lang, [
      ["name", FORMATS.text, "left"],
      ["certNo", FORMATS.text, "left"],
      ["ownUnit", FORMATS.text, "left"],
      ["lastValid", FORMATS.date, "center"],
      ["status", FORMATS.text, "center"],
      ["daysLeft", FORMATS.integer, "right"],
    ]),
    rows
  );
  analysis.expiring.forEach((e, i) => {
    if (e.status === "expired")
      grid.style(firstRow + i, 4, 1, 1, { fontColor: COLORS.expiredFont });
  });
}
