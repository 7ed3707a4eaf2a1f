/**
 * A visit recorded in two contact logs (docs/rules.md sections 10 and 12): the same enterprise (as the rows
 * joined it, section 2: one log may name it by credit code, the other by name), date and form on rows of
 * two contact sheets, of one workbook or of several files read as one. The later row in reading order is a
 * `visit-duplicate` finding and is not counted, so splitting a workbook into files, or gathering files into
 * one, changes no figure. Two such rows of one log are two contacts (two calls on one day) and both count.
 */
import { finding } from "../core/findings";
import type { Finding, LocalText } from "../core/types";
import type { ContactRow } from "./readContactSheet";

export interface VisitsKept {
  /** Indexes of the contact rows to count, ascending. */
  kept: number[];
  findings: Finding[];
}

/** The contact rows less the visits another log recorded first; `message` words each repeat's finding. */
export function withoutRepeatedVisits(
  contacts: readonly ContactRow[],
  enterpriseOf: ArrayLike<number>,
  message: (repeat: ContactRow, first: ContactRow) => LocalText
): VisitsKept {
  const firstOf = new Map<string, ContactRow>();
  const kept: number[] = [];
  const findings: Finding[] = [];
  contacts.forEach((c, k) => {
    const key = `${enterpriseOf[k]}|${c.date}|${c.form.replace(/\s+/g, "")}`;
    const first = firstOf.get(key);
    if (first && first.sheet !== c.sheet) {
      findings.push(
        finding(
          c.sheet,
          c.row,
          c.dateColumn,
          "visit-duplicate",
          "warning",
          message(c, first),
          c.name
        )
      );
      return;
    }
    if (!first) firstOf.set(key, c);
    kept.push(k);
  });
  return { kept, findings };
}
