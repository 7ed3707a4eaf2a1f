/**
 * The enterprises a roster or pool sheet names, each once, for picking one by name (记录走访's enterprise
 * field). Only the name and credit code columns are read: no dates, units or findings, so a million-row
 * roster is one cheap pass. Which enterprise a picked name is, is still decided by the identity module
 * when the recorded row is read back.
 */
import { normaliseCreditCode } from "../enterprise/creditCode";
import { detectPoolHeader } from "../pool/poolHeader";
import { cellText } from "../sheets/cellValues";
import { detectHeader } from "../roster/rosterHeader";
import { HEADER_ROWS } from "../sheets/headerCells";
import { ownValue } from "../core/textRecord";
import type { SheetInput, Settings } from "../core/types";
import { classifySheet } from "./analyseWorkbook";

export interface NamedEnterprise {
  name: string;
  /** Normalised; "" when no row with this name has one. */
  creditCode: string;
}

/** Every name the roster and pool sheets hold, in reading order, with the first credit code found beside it. */
export function enterpriseNames(
  sheets: readonly SheetInput[],
  settings: Settings
): NamedEnterprise[] {
  const byName = new Map<string, NamedEnterprise>();
  for (const sheet of sheets) {
    const kind = classifySheet(sheet.values, settings, sheet.name);
    if (kind !== "roster" && kind !== "pool") continue;
    const head =
      sheet.values.length > HEADER_ROWS ? sheet.values.slice(0, HEADER_ROWS) : sheet.values;
    const header =
      kind === "roster"
        ? (() => {
            const h = detectHeader(head, ownValue(settings.columnMappings, sheet.name));
            return (
              h && { rowIndex: h.rowIndex, name: h.columns.name, creditCode: h.columns.creditCode }
            );
          })()
        : detectPoolHeader(head);
    if (!header || header.name === undefined) continue;
    // A header merged over two rows repeats its words in the second: that row names no enterprise.
    const heading = cellText(head[header.rowIndex]?.[header.name] ?? null);
    for (let i = header.rowIndex + 1; i < sheet.values.length; i++) {
      const row = sheet.values[i];
      const name = row ? cellText(row[header.name]) : "";
      if (name === "" || name === heading) continue;
      const code = header.creditCode === undefined ? "" : row[header.creditCode];
      const creditCode = typeof code === "string" ? normaliseCreditCode(code) : "";
      const known = byName.get(name);
      if (!known) byName.set(name, { name, creditCode });
      else if (known.creditCode === "") known.creditCode = creditCode;
    }
  }
  return [...byName.values()];
}
