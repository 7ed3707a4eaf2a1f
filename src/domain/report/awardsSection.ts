/** Award events of the as-of year up to the as-of date, with their amounts (0 outside the policy window). */
import type { Analysis, AwardType, Lang } from "../types";
import type { ReportGrid } from "./grid";
import { reportText, type ReportTextKey } from "./labels";
import { FORMATS } from "./palette";
import { addCaption, addTable, columnSpecs } from "./tableParts";

const TYPE_KEY: Record<AwardType, ReportTextKey> = {
  first: "awardFirst",
  renewal: "awardRenewal",
  relocation: "awardRelocation",
};

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
    reportText(lang, TYPE_KEY[a.type]),
    a.date,
    a.amount,
  ]);
  addTable(
    grid,
    "awards",
    lang,
    columnSpecs(lang, [
      ["colName", FORMATS.text, "left"],
      ["colOwnUnit", FORMATS.text, "left"],
      ["colType", FORMATS.text, "center"],
      ["colDate", FORMATS.date, "center"],
      ["colAmount", FORMATS.money, "right"],
    ]),
    rows
  );
}
