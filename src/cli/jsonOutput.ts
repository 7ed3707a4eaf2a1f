/**
 * The CLI's JSON: exactly the documented shape, keys in that order, dates as ISO strings, messages
 * in the chosen language. Other tools read it, so nothing here may be renamed or reordered.
 *
 * It is written in pieces: the long lists (200,000 findings make 55 million characters) are turned
 * into text a slice of items at a time, each slice with JSON.stringify at the nesting depth the items
 * have in the whole document, so the output is byte for byte `JSON.stringify(analysisJson(a), null, 2)`
 * without ever holding it, or all the items' objects, at once.
 *
 * Keys were only ever added at the end of their objects: the pool and the forecast (forecast figures are
 * exact, not rounded); the service contacts (`contacts` last in each unit entry, `lastContact` last in
 * each expiring item, `toVisit` and `problems` after `pool`); each unit's rank (the bulletin's 排名) and each award's credit code and certificate number
 * at the end of their objects, and, last, `compare`: the bulletin's 较上期 (the comparison date, and per unit
 * the valid count and completion then and the change since, completion in percentage points), the same
 * figures the bulletin's change columns show. Amounts stay in yuan.
 * The year's progress (DOMAIN.md section 13) came after `problems`: `progress`, one entry per month end of
 * A's year up to A (and A), with each unit's count and completion keyed by unit name in table order, and
 * `falls`, each unit whose count fell from one date to the next with the enterprises that left it.
 * Several files read as one (DOMAIN.md section 12) add `file` at the end of every row reference and, last,
 * `sources`: one entry per file (报送情况).
 *
 * Nothing here needs Node: the offline page makes the same text in the browser. The file and stdout
 * writers are in jsonFile.ts.
 */
import { isoFromSerial } from "../domain/core/dates";
import { bulletinFigures, type Comparison, type UnitLine } from "../domain/report/bulletinFigures";
import { rankUnits } from "../domain/report/ranking";
import type {
  Analysis,
  AwardEvent,
  ContactProblem,
  ExpiringItem,
  Fall,
  FallEnterprise,
  Finding,
  Lang,
  ProgressPoint,
  Serial,
  SourceSummary,
  ToVisitItem,
  UnitRow,
} from "../domain/core/types";

const isoOrNull = (s: Serial | null): string | null => (s === null ? null : isoFromSerial(s));

/** A row's file, last in its object, when several files are read as one (none otherwise). */
const fileOf = (x: { file?: string }): { file?: string } =>
  x.file !== undefined ? { file: x.file } : {};

/** 报送情况: one entry per file read as one (docs/rules.md section 12). */
function sourceJson(s: SourceSummary, lang: Lang) {
  return {
    file: s.file,
    sheets: s.sheets.map((x) => ({ sheet: x.sheet, kind: x.kind })),
    rows: s.rows,
    units: s.units,
    newest: isoOrNull(s.newest),
    findings: s.findings,
    unreadable: s.unreadable ? s.unreadable[lang] : null,
  };
}

function unitJson(u: UnitRow, rank: number | null) {
  return {
    unit: u.unit,
    target: u.target,
    valid: u.valid,
    gap: u.gap,
    completion: u.completion,
    expiring: u.expiring,
    netIncrease: u.netIncrease,
    awards: u.awards,
    pool: {
      found: u.pool.found,
      served: u.pool.served,
      submitted: u.pool.submitted,
      recognised: u.pool.recognised,
      recognisedThisYear: u.pool.recognisedThisYear,
    },
    forecast: {
      dropping: u.forecast.dropping,
      renewed: u.forecast.renewed,
      new: u.forecast.new,
      value: u.forecast.value,
      gap: u.forecast.gap,
      needed: u.forecast.needed,
    },
    contacts: {
      visits: u.contacts.visits,
      enterprises: u.contacts.enterprises,
      open: u.contacts.open,
      overdue: u.contacts.overdue,
      toVisit: u.contacts.toVisit,
    },
    rank,
  };
}

/*
 * A certificate's row (sheet, row, name, creditCode, certNo) leads every certificate item. The items are
 * written out field by field: an object literal that begins by spreading another object took a new
 * hidden class for every item in V8, kept in the old generation until a full collection (about 1.4 KB
 * an item: 290 MB while 210,000 expiring items were written).
 */

function expiringJson(e: ExpiringItem) {
  return {
    sheet: e.sheet,
    row: e.row,
    name: e.name,
    creditCode: e.creditCode,
    certNo: e.certNo,
    unit: e.unit,
    lastValid: isoFromSerial(e.lastValid),
    status: e.status,
    daysLeft: e.daysLeft,
    lastContact: isoOrNull(e.lastContact),
    ...fileOf(e),
  };
}

function awardJson(w: AwardEvent) {
  return {
    sheet: w.sheet,
    row: w.row,
    name: w.name,
    unit: w.unit,
    type: w.type,
    date: isoFromSerial(w.date),
    amount: w.amount,
    ...(w.stage !== undefined ? { stage: w.stage, stages: w.stages } : {}),
    creditCode: w.creditCode,
    certNo: w.certNo,
    ...fileOf(w),
  };
}

function findingJson(f: Finding, lang: Lang) {
  return {
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    code: f.code,
    severity: f.severity,
    name: f.name ?? "",
    message: f.message[lang],
    ...fileOf(f),
  };
}

function forecastBasisJson(a: Analysis) {
  const b = a.forecastBasis;
  return {
    year: b.year,
    renewalRate: b.renewalRate,
    renewalSource: b.renewalSource,
    renewalBase: b.renewalBase,
    passRate: b.passRate,
  };
}

function poolJson(p: Analysis["pool"][number]) {
  return {
    sheet: p.sheet,
    row: p.row,
    name: p.name,
    creditCode: p.creditCode,
    unit: p.unit,
    stage: p.stage,
    statedStage: p.statedStage,
    plannedYear: p.plannedYear,
    ...fileOf(p),
  };
}

function toVisitJson(v: ToVisitItem) {
  return {
    sheet: v.sheet,
    row: v.row,
    name: v.name,
    creditCode: v.creditCode,
    unit: v.unit,
    reason: v.reason,
    lastContact: isoOrNull(v.lastContact),
    ...fileOf(v),
  };
}

function problemJson(p: ContactProblem) {
  return {
    sheet: p.sheet,
    row: p.row,
    name: p.name,
    unit: p.unit,
    date: isoFromSerial(p.date),
    problem: p.problem,
    status: p.status,
    due: isoOrNull(p.due),
    overdue: p.overdue,
    ...fileOf(p),
  };
}

function progressJson(p: ProgressPoint) {
  return {
    date: isoFromSerial(p.date),
    valid: p.valid,
    completion: p.completion,
    units: Object.fromEntries(
      p.units.map((u) => [u.unit, { valid: u.valid, completion: u.completion }])
    ),
  };
}

function fallEnterpriseJson(e: FallEnterprise) {
  return {
    sheet: e.sheet,
    row: e.row,
    name: e.name,
    creditCode: e.creditCode,
    certNo: e.certNo,
    reason: e.reason,
    on: isoFromSerial(e.on),
    ...(e.toUnit !== undefined ? { toUnit: e.toUnit } : {}),
    ...fileOf(e),
  };
}

/** A fall without its enterprises (their key comes last in fallJson). */
function fallHeadJson(f: Fall) {
  return {
    unit: f.unit,
    from: isoFromSerial(f.from),
    date: isoFromSerial(f.date),
    before: f.before,
    after: f.after,
  };
}

function fallJson(f: Fall) {
  return { ...fallHeadJson(f), enterprises: f.enterprises.map(fallEnterpriseJson) };
}

function changeJson(l: UnitLine) {
  return {
    unit: l.row.unit,
    valid: l.before?.valid ?? null,
    completion: l.before?.completion ?? null,
    validChange: l.validChange,
    completionChange: l.completionChange,
  };
}

/** 较上期: the analysis at the comparison date against `a`, per unit in target-table order, then the total. */
function compareJson(a: Analysis, compare: Comparison) {
  const f = bulletinFigures(a, compare);
  const byUnit = new Map(f.lines.map((l) => [l.row.unit, l]));
  return {
    asOf: isoFromSerial(compare.asOf),
    units: a.units.map((u) => changeJson(byUnit.get(u.unit) as UnitLine)),
    total: changeJson(f.total),
  };
}

/** The JSON document for an analysis (and the one at the bulletin's comparison date), as one object (for small analyses and tests). */
export function analysisJson(a: Analysis, lang: Lang, compare?: Comparison) {
  return {
    ...headJson(a),
    expiring: a.expiring.map(expiringJson),
    awards: a.awards.map(awardJson),
    findings: a.findings.map((f) => findingJson(f, lang)),
    forecastBasis: forecastBasisJson(a),
    pool: a.pool.map(poolJson),
    toVisit: a.toVisit.map(toVisitJson),
    problems: a.problems.map(problemJson),
    progress: a.progress.map(progressJson),
    falls: a.falls.map(fallJson),
    ...(compare ? { compare: compareJson(a, compare) } : {}),
    ...(a.sources ? { sources: a.sources.map((s) => sourceJson(s, lang)) } : {}),
  };
}

function headJson(a: Analysis) {
  const ranks = rankUnits(a.units);
  return {
    asOf: isoFromSerial(a.asOf),
    units: a.units.map((u, i) => unitJson(u, ranks[i])),
    total: unitJson(a.total, null),
  };
}

/**
 * Items turned into text at a time: enough that JSON.stringify's own speed dominates, few enough that
 * each slice's text (about 50 KB) stays a young-generation object. With 5,000-item slices every text
 * went to V8's large-object space: 2.7 million findings then took 15 s and 400 MB more memory, against
 * 5 s with 200 (and the same time for 200,000 rows).
 */
const SLICE = 200;
/**
 * What JSON.stringify puts around items at depth 2 of the document (a list's items, as in
 * `{ "x": [ item ] }`) and at depth 4 (an item's own list, as in `{ "x": [ { "y": [ item ] } ] }`).
 */
const WRAPS = {
  2: { head: '{\n  "x": [\n', tail: "\n  ]\n}" },
  4: { head: '{\n  "x": [\n    {\n      "y": [\n', tail: "\n      ]\n    }\n  ]\n}" },
};

/** Items' text at `depth` of the document, without the wrapper: the pieces of a list written in slices. */
function itemsText(items: object[], depth: 2 | 4 = 2): string {
  const text = JSON.stringify(depth === 2 ? { x: items } : { x: [{ y: items }] }, null, 2);
  const { head, tail } = WRAPS[depth];
  return text.slice(head.length, text.length - tail.length);
}

/**
 * The falls' items, as JSON.stringify writes them at depth 2, each fall's enterprises (its last key)
 * `slice` at a time: one month's fall can name a hundred thousand.
 */
function* fallsText(falls: readonly Fall[], slice: number): Generator<string> {
  for (let i = 0; i < falls.length; i++) {
    const f = falls[i];
    const head = itemsText([fallHeadJson(f)]);
    // The head ends with "\n    }": the enterprises go before that.
    const close = head.lastIndexOf("\n");
    const open = (i > 0 ? ",\n" : "") + head.slice(0, close) + ',\n      "enterprises": [';
    const n = f.enterprises.length;
    if (n === 0) {
      yield open + "]" + head.slice(close);
      continue;
    }
    yield open + "\n";
    for (let from = 0; from < n; from += slice) {
      const part = f.enterprises.slice(from, Math.min(n, from + slice)).map(fallEnterpriseJson);
      yield (from > 0 ? ",\n" : "") + itemsText(part, 4);
    }
    yield "\n      ]" + head.slice(close);
  }
}

/**
 * The text of `JSON.stringify(analysisJson(a, lang), null, 2) + "\n"`, in pieces; `slice` items of a
 * list are made into objects and text at a time.
 */
export function* analysisJsonText(
  a: Analysis,
  lang: Lang,
  slice = SLICE,
  compare?: Comparison
): Generator<string> {
  const head = JSON.stringify(headJson(a), null, 2);
  yield head.slice(0, -2) + ",\n"; // without its closing "\n}"
  // Lists of items in slices (`items`), or written by their own `text` (the falls); a length of -1
  // marks a plain object (forecastBasis, compare), written whole.
  interface Entry {
    key: string;
    length: number;
    items?: (from: number, to: number) => object[];
    text?: () => Iterable<string>;
  }
  const entry = (key: string, length: number, items: Entry["items"]): Entry => ({
    key,
    length,
    items,
  });
  const lists: Entry[] = [
    entry("expiring", a.expiring.length, (from, to) =>
      a.expiring.slice(from, to).map(expiringJson)
    ),
    entry("awards", a.awards.length, (from, to) => a.awards.slice(from, to).map(awardJson)),
    entry("findings", a.findings.length, (from, to) =>
      a.findings.slice(from, to).map((f) => findingJson(f, lang))
    ),
    entry("forecastBasis", -1, () => [forecastBasisJson(a)]),
    entry("pool", a.pool.length, (from, to) => a.pool.slice(from, to).map(poolJson)),
    entry("toVisit", a.toVisit.length, (from, to) => a.toVisit.slice(from, to).map(toVisitJson)),
    entry("problems", a.problems.length, (from, to) => a.problems.slice(from, to).map(problemJson)),
    entry("progress", a.progress.length, (from, to) =>
      a.progress.slice(from, to).map(progressJson)
    ),
    { key: "falls", length: a.falls.length, text: () => fallsText(a.falls, slice) },
  ];
  if (compare) lists.push(entry("compare", -1, () => [compareJson(a, compare)]));
  const sources = a.sources;
  if (sources)
    lists.push(
      entry("sources", sources.length, (from, to) =>
        sources.slice(from, to).map((s) => sourceJson(s, lang))
      )
    );
  for (let k = 0; k < lists.length; k++) {
    const { key, length, items, text } = lists[k];
    const end = k === lists.length - 1 ? "\n}\n" : ",\n";
    if (length < 0) {
      // At depth 1, as in the whole document: indented by two spaces after the first line.
      yield `  "${key}": ${JSON.stringify(items!(0, 1)[0], null, 2).replace(/\n/g, "\n  ")}${end}`;
      continue;
    }
    if (length === 0) {
      yield `  "${key}": []${end}`;
      continue;
    }
    yield `  "${key}": [\n`;
    if (text) yield* text();
    else
      for (let from = 0; from < length; from += slice)
        yield (from > 0 ? ",\n" : "") + itemsText(items!(from, Math.min(length, from + slice)));
    yield `\n  ]${end}`;
  }
}
