/**
 * The place and identity texts of chosen roster rows, copied out of the record table for a list whose
 * items are made when read (core/lazyList.ts): the caller gives the table's columns back for the next
 * table to reuse once the analysis is made, so a list must not read the table after that. Copying four
 * values per row costs a fraction of making each row an object.
 */
import type { RecordTable } from "./recordTable";

/** What an item of the Analysis's row lists opens with: its row's place and identity. */
export interface RowOpening {
  sheet: string;
  row: number;
  name: string;
  creditCode: string;
  certNo: string;
}

export class RowTexts {
  private readonly sheetNames: readonly string[];
  private readonly sheetIndex: Uint16Array;
  readonly row: Int32Array;
  readonly name: string[];
  readonly creditCode: string[];
  readonly certNo: string[];

  /**
   * Rows `rows` of `t`, in that order. `codes`: where the credit code to show for a row without one
   * comes from (Enterprises.codeShown: the code another row of its enterprise gave); without it, the
   * row's own. An object rather than a function: a function made beside a list's item maker would keep
   * everything it reads alive for as long as the list (a closure keeps its whole scope).
   */
  constructor(t: RecordTable, rows: ArrayLike<number>, codes?: { codeShown(i: number): string }) {
    const n = rows.length;
    this.sheetNames = t.sheetNames.slice();
    this.sheetIndex = new Uint16Array(n);
    this.row = new Int32Array(n);
    // Filled, not pushed: a fast array of its final size (see core/scratch.ts), never copied to grow.
    const name = (this.name = new Array<string>(n).fill(""));
    const creditCode = (this.creditCode = new Array<string>(n).fill(""));
    const certNo = (this.certNo = new Array<string>(n).fill(""));
    for (let k = 0; k < n; k++) {
      const i = rows[k];
      this.sheetIndex[k] = t.sheet[i];
      this.row[k] = t.row[i];
      name[k] = t.name[i];
      const code = t.creditCode[i];
      creditCode[k] = code === "" && codes ? codes.codeShown(i) : code;
      certNo[k] = t.certNo[i];
    }
  }

  get length(): number {
    return this.row.length;
  }

  sheet(k: number): string {
    return this.sheetNames[this.sheetIndex[k]];
  }

  /** A list's item for row k: its place and identity, then `rest`'s fields in their order. */
  item<R extends object>(k: number, rest: R): RowOpening & R {
    const opening: RowOpening = {
      sheet: this.sheet(k),
      row: this.row[k],
      name: this.name[k],
      creditCode: this.creditCode[k],
      certNo: this.certNo[k],
    };
    return Object.assign(opening, rest);
  }
}
