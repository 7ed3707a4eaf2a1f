/**
 * The CLI's JSON: exactly the shape issue 3 fixes, keys in that order, dates as ISO strings, messages
 * in the chosen language. Other tools read it, so nothing here may be renamed or reordered; issue 21
 * added the pool and the forecast after the existing keys. Forecast figures are exact (not rounded).
 */
import { isoFromSerial } from "../domain/dates";
import type { Analysis, Lang, UnitRow } from "../domain/types";

function unitJson(u: UnitRow) {
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
  };
}

/** The JSON document for an analysis. */
export function analysisJson(a: Analysis, lang: Lang) {
  return {
    asOf: isoFromSerial(a.asOf),
    units: a.units.map(unitJson),
    total: unitJson(a.total),
    expiring: a.expiring.map((e) => ({
      sheet: e.sheet,
      row: e.row,
      name: e.name,
      creditCode: e.creditCode,
      certNo: e.certNo,
      unit: e.unit,
      lastValid: isoFromSerial(e.lastValid),
      status: e.status,
      daysLeft: e.daysLeft,
    })),
    awards: a.awards.map((w) => ({
      sheet: w.sheet,
      row: w.row,
      name: w.name,
      unit: w.unit,
      type: w.type,
      date: isoFromSerial(w.date),
      amount: w.amount,
      ...(w.stage !== undefined ? { stage: w.stage, stages: w.stages } : {}),
    })),
    findings: a.findings.map((f) => ({
      sheet: f.sheet,
      row: f.row,
      column: f.column,
      code: f.code,
      severity: f.severity,
      name: f.name ?? "",
      message: f.message[lang],
    })),
    forecastBasis: {
      year: a.forecastBasis.year,
      renewalRate: a.forecastBasis.renewalRate,
      renewalSource: a.forecastBasis.renewalSource,
      renewalBase: a.forecastBasis.renewalBase,
      passRate: a.forecastBasis.passRate,
    },
    pool: a.pool.map((p) => ({
      sheet: p.sheet,
      row: p.row,
      name: p.name,
      creditCode: p.creditCode,
      unit: p.unit,
      stage: p.stage,
      statedStage: p.statedStage,
      plannedYear: p.plannedYear,
    })),
  };
}
