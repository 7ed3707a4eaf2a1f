/**
 * Enterprise identity (DOMAIN.md section 2): rows with the same credit code are one enterprise; a row
 * without a code joins the enterprise with the same normalised name, else forms one by its name.
 */
import { normaliseName } from "./text";
import type { CertRecord } from "./types";

export interface Identities {
  /** Enterprise index of each record (0-based, in order of first appearance). */
  enterpriseOf: Int32Array;
  /** Number of enterprises. */
  count: number;
}

/**
 * Fills each record's `key` ("C:" + code, or "N:" + normalised name) and numbers the enterprises.
 * A name-only row takes the code of the first row in reading order with that name and a code.
 */
export function assignIdentities(records: CertRecord[]): Identities {
  const n = records.length;
  // Names of rows without a code; only those names need looking up among coded rows.
  const codelessNames = new Set<string>();
  for (let i = 0; i < n; i++) if (records[i].creditCode === "") codelessNames.add(normaliseName(records[i].name));
  const codeOfName = new Map<string, string>();
  if (codelessNames.size > 0) {
    for (let i = 0; i < n; i++) {
      const r = records[i];
      if (r.creditCode === "") continue;
      const nn = normaliseName(r.name);
      if (codelessNames.has(nn) && !codeOfName.has(nn)) codeOfName.set(nn, r.creditCode);
    }
  }
  const byCode = new Map<string, number>();
  const byName = new Map<string, number>();
  const enterpriseOf = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const r = records[i];
    let code = r.creditCode;
    let nn = "";
    if (code === "") {
      nn = normaliseName(r.name);
      code = codeOfName.get(nn) ?? "";
    }
    if (code !== "") {
      r.key = "C:" + code;
      let e = byCode.get(code);
      if (e === undefined) byCode.set(code, (e = count++));
      enterpriseOf[i] = e;
    } else {
      r.key = "N:" + nn;
      let e = byName.get(nn);
      if (e === undefined) byName.set(nn, (e = count++));
      enterpriseOf[i] = e;
    }
  }
  return { enterpriseOf, count };
}
