/**
 * The JSON of `gaoqi decompose`: the documented keys first and in their order (method, baseDate, years, units
 * with unit/base/share/targets, total, findings), then what explains them (floor, pipeline weight, the
 * doubling rule when used, notes, the table's sheet name). Dates as ISO strings, shares unrounded,
 * messages in the chosen language.
 */
import { isoFromSerial } from "../domain/core/dates";
import type { Decomposition } from "../domain/decompose/decompose";
import type { Lang } from "../domain/core/types";

/** The doubling rule as used: base year, period, and the valid count it started from. */
export interface DoublingUsed {
  from: number;
  inYears: number;
  base: number;
}

const byYear = (years: number[], value: (y: number) => number): Record<string, number> =>
  Object.fromEntries(years.map((y) => [String(y), value(y)]));

/** The JSON document for a decomposition. */
export function decompositionJson(d: Decomposition, lang: Lang, doubling: DoublingUsed | null) {
  return {
    method: d.method,
    baseDate: isoFromSerial(d.baseDate),
    years: d.years,
    units: d.units.map((u) => ({
      unit: u.unit,
      base: u.base,
      share: u.share,
      targets: byYear(d.years, (y) => u.targets[y]),
      ...(u.pool !== null ? { pool: u.pool } : {}),
    })),
    total: byYear(d.years, (y) => d.total[y]),
    findings: d.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message[lang],
    })),
    floor: d.floor,
    pipelineWeight: d.pipelineWeight,
    doubling,
    notes: d.notes.map((n) => n[lang]),
    sheet: d.table.source,
  };
}
