/**
 * The analysis of several files read as one, finished (docs/rules.md section 12): every row reference
 * gets its file and its sheet's own name back, and each file its summary (报送情况).
 */
import { finding } from "../core/findings";
import type { Analysis, Finding, LocalText, SourceSummary } from "../core/types";
import type { FileChecks } from "./fileChecks";
import type { SourceMap } from "./sourceMap";
import { sourceText } from "./sourceMessages";

/** A file given but not read, and why. */
export interface UnreadableFile {
  file: string;
  reason: LocalText;
}

export interface SourcesDone {
  sources: SourceMap;
  checks: FileChecks;
  /** Every file given, in reading order (those not read too). */
  files: readonly string[];
  /** Findings made outside the analysis (target tables that disagree), in reading order. */
  findings?: readonly Finding[];
  unreadable?: readonly UnreadableFile[];
}

/** `extra` merged into `findings` by sheet (in `sheetOrder`) and row; both lists in that order. */
function merged(findings: Finding[], extra: readonly Finding[], sheetOrder: string[]): Finding[] {
  if (extra.length === 0) return findings;
  const rank = new Map(sheetOrder.map((s, i) => [s, i]));
  const key = (f: Finding): number => (rank.get(f.sheet) ?? sheetOrder.length) * 2 ** 21 + f.row;
  const out: Finding[] = [];
  let k = 0;
  for (const f of findings) {
    while (k < extra.length && key(extra[k]) < key(f)) out.push(extra[k++]);
    out.push(f);
  }
  while (k < extra.length) out.push(extra[k++]);
  return out;
}

/** The analysis with files on its row references and `sources` filled; changes `a` in place. */
export function withSources(a: Analysis, done: SourcesDone): Analysis {
  const { sources, checks } = done;
  const unreadable = done.unreadable ?? [];
  a.findings = merged(
    a.findings,
    done.findings ?? [],
    a.sheets.map((s) => s.sheet)
  );
  const place = (x: { sheet: string; file?: string }): void => {
    const o = sources.origin(x.sheet);
    if (!o) return;
    x.file = o.file;
    x.sheet = o.sheet;
  };
  // Findings are copied: a caller may analyse the same rows again, with the same earlier findings.
  a.findings = a.findings.map((f) => {
    const o = sources.origin(f.sheet);
    return o ? { ...f, file: o.file, sheet: o.sheet } : f;
  });
  for (const list of [
    a.expiring,
    a.awards,
    a.lapsedStages ?? [],
    a.pool,
    a.toVisit,
    a.problems,
    a.sheets,
  ])
    for (const x of list) place(x);
  for (const fall of a.falls) for (const x of fall.enterprises) place(x);

  const unitOrder = a.units.map((u) => u.unit);
  const counts = new Map<string, number>();
  // A finding on a sheet of the open workbook (no file) is its file "": not one about the whole workbook.
  for (const f of a.findings) {
    const file = f.file ?? (f.sheet !== "" ? "" : null);
    if (file !== null) counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  const skipped = new Map(unreadable.map((u) => [u.file, u.reason]));
  const summaries = done.files.map((file): SourceSummary => {
    const reason = skipped.get(file);
    const sheets = a.sheets.filter((s) => (s.file ?? "") === file);
    const facts = checks.facts.get(file);
    const summary: SourceSummary = {
      file,
      sheets: sheets.map((s) => ({ sheet: s.sheet, kind: s.kind })),
      rows: sheets.reduce((n, s) => n + s.records, 0),
      units: unitOrder.filter((u) => facts?.units.has(u)),
      newest: facts?.newest ?? null,
      findings: (counts.get(file) ?? 0) + (reason ? 1 : 0),
    };
    if (reason) summary.unreadable = reason;
    return summary;
  });
  if (unreadable.length > 0) {
    const skippedFindings = unreadable.map((u): Finding => {
      const f = finding("", 0, "", "file-unreadable", "error", sourceText.unreadable(u.reason));
      return { file: u.file, ...f };
    });
    a.findings = [...skippedFindings, ...a.findings];
  }
  a.sources = summaries;
  return a;
}
