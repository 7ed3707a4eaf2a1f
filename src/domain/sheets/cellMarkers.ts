/**
 * Cell contents that are not values, as a reader can hand them over beside strings, numbers and
 * booleans, so that the engine can tell them from look-alike text:
 * - an error value (#N/A, #VALUE!, ...): a CellError, never the text "#N/A" that a user may type;
 * - a formula whose result was never calculated (no cached value in the file): NO_VALUE, never blank.
 * Both are frozen and shared (one object per error code), so a reader makes none per cell, and a
 * check is one `instanceof` (or `typeof v === "object"`) on the rare path.
 */

/** An error value of a cell. Compare with `===` against CellError.of(code) or read `.code`. */
export class CellError {
  private static readonly known = new Map<string, CellError>();

  private constructor(readonly code: string) {
    Object.freeze(this);
  }

  /** The shared marker for `code` ("#N/A"); codes Excel does not define get a marker of their own. */
  static of(code: string): CellError {
    const found = CellError.known.get(code);
    return found ?? new CellError(code);
  }

  /** Registers Excel's codes once; unknown codes are not interned, so hostile text cannot grow the map. */
  static init(codes: readonly string[]): void {
    for (const c of codes) if (!CellError.known.has(c)) CellError.known.set(c, new CellError(c));
  }

  toString(): string {
    return this.code;
  }
}

/** Excel's error values (including the dynamic-array and data-type ones of Excel 365). */
export const ERROR_CODES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
] as const;
CellError.init(ERROR_CODES);

/** The marker of a formula cell that has no calculated value in the file. */
export class NoValue {
  private constructor() {
    Object.freeze(this);
  }

  /** The one instance. */
  static readonly instance = new NoValue();

  toString(): string {
    return "";
  }
}

/** The marker of a formula cell that has no calculated value in the file. */
export const NO_VALUE = NoValue.instance;

/** Either marker. */
export type CellMarker = CellError | NoValue;

/** True when `v` is one of the markers above. */
export function isCellMarker(v: unknown): v is CellMarker {
  return v instanceof CellError || v === NO_VALUE;
}
