/** Award events of the as-of year up to the as-of date, with their amounts (0 outside the policy window). */
import type { Analysis, Lang } from "../types";
import type { ReportGrid } from "./grid";
import { awardEventLabel } from "../i18n";
import { reportText } from "./labels";
import { FORMATS } from "./palette";
import { addCaption, addTable, columnSpecs } from "./tableParts";

/** Appends the awards list. */
export function addAwards(grid: ReportGrid, analysis: Analysis, lang: Lang): void {
  const total = analysis.awards.reduce((sum, a) => sum + a.amount, 0);
  grid.addRow();
  addCaption(
    grid,
    reportText(lang, "awardsCaption", {
      year: analysis.year,
      count: analysis.awards.length,
      amount: total.toLocaleString("en-US"),
    })
  );
  const rows = analysis.awards.map((a) => [
    a.name,
    a.unit,
    awardEventLabel(a, lang),
    a.date,
    a.amount,
  ]);
  addTable(
    grid,
    "awards",
    lang,
    columnSpecs(lang, [
      ["name", FORMATS.text, "left"],
      ["ownUnit", FORMATS.text, "left"],
      ["type", FORMATS.text, "center"],
      ["date", FORMATS.date, "center"],
      ["amount", FORMATS.money, "right"],
    ]),
    rows
  );
}
