/**
 * Target tables of several files that give other numbers for a year the table in use has
 * (docs/rules.md section 12): one finding per table, on its sheet, naming the table used.
 */
import { finding } from "../core/findings";
import type { Finding, TargetTable } from "../core/types";
import type { SourceMap } from "./sourceMap";
import { sourceText } from "./sourceMessages";

/** A unit's target in one table and in the table used ("-" when that one has none). */
export interface TargetDifference {
  unit: string;
  mine: number;
  used: string;
}

/** The first unit whose target in `year` differs between `other` and `used`; null when none. */
function firstDifference(
  used: TargetTable,
  other: TargetTable,
  year: number
): TargetDifference | null {
  for (const unit of [...used.units, ...other.units]) {
    const mine = other.targets[unit]?.[year];
    const theirs = used.targets[unit]?.[year];
    if (mine !== undefined && mine !== theirs)
      return { unit, mine, used: theirs === undefined ? "-" : String(theirs) };
  }
  return null;
}

/** A finding for every workbook table of another file that disagrees with the one used in a year both have. */
export function targetsConflicts(
  tables: readonly TargetTable[],
  used: TargetTable,
  sources: SourceMap
): Finding[] {
  // A table the caller brought (or the default) is no file's: nothing to disagree with.
  if (!tables.includes(used)) return [];
  const usedFile = sources.fileOf(used.source);
  const out: Finding[] = [];
  for (const table of tables) {
    const file = sources.fileOf(table.source);
    if (table === used || file === usedFile) continue;
    for (const year of table.years) {
      if (!used.years.includes(year)) continue;
      const diff = firstDifference(used, table, year);
      if (diff === null) continue;
      out.push(
        finding(
          table.source,
          0,
          "",
          "targets-conflict",
          "warning",
          sourceText.targetsConflict(file, usedFile, used.source, year, diff)
        )
      );
      break;
    }
  }
  return out;
}
