/**
 * Which cell format each cell gets when styled ranges overlap (later ranges win, field by field): one
 * small integer per cell, the "state" of styles applied to it so far. Applying a range maps each
 * cell's state to the state after that style, memoised, so a range costs one typed-array pass and
 * each distinct combination of styles is merged (and turned into a format) once.
 */
import type { CellStyle, StyledRange } from "./layout";

export class StyleGrid {
  /** state per cell, row-major; 0 is "no style". */
  readonly cells: Uint32Array;
  /** The merged style of each state (index 0: none). */
  readonly states: CellStyle[] = [{}];
  private readonly styleIds = new Map<CellStyle, number>();
  private readonly styleKeys = new Map<string, number>();
  /** (state, style id) -> next state. */
  private readonly next = new Map<number, number>();
  private readonly stateKeys = new Map<string, number>([["{}", 0]]);
  private styleCount = 0;

  constructor(
    readonly rows: number,
    readonly cols: number
  ) {
    this.cells = new Uint32Array(rows * cols);
  }

  /** One id per distinct style (by identity first, then by content). */
  private styleId(s: CellStyle): number {
    let id = this.styleIds.get(s);
    if (id !== undefined) return id;
    const key = JSON.stringify(s);
    id = this.styleKeys.get(key);
    if (id === undefined) {
      id = this.styleCount++;
      this.styleKeys.set(key, id);
    }
    this.styleIds.set(s, id);
    return id;
  }

  private transition(state: number, style: CellStyle, id: number): number {
    // Style ids stay far below 2^20 and states below 2^32: the key is exact.
    const key = state * 1048576 + id;
    let to = this.next.get(key);
    if (to === undefined) {
      const merged: CellStyle = { ...this.states[state], ...style };
      const mk = JSON.stringify(merged, Object.keys(merged).sort());
      to = this.stateKeys.get(mk);
      if (to === undefined) {
        to = this.states.length;
        this.states.push(merged);
        this.stateKeys.set(mk, to);
      }
      this.next.set(key, to);
    }
    return to;
  }

  /** Applies a styled range (clipped to the grid). */
  apply({ range, style }: StyledRange): void {
    const id = this.styleId(style);
    const r1 = Math.min(this.rows, range.row + range.rows);
    const c0 = Math.max(0, range.col);
    const c1 = Math.min(this.cols, range.col + range.cols);
    const cells = this.cells;
    let lastFrom = -1;
    let lastTo = 0;
    for (let r = Math.max(0, range.row); r < r1; r++) {
      const base = r * this.cols;
      for (let c = c0; c < c1; c++) {
        const from = cells[base + c];
        if (from !== lastFrom) {
          lastFrom = from;
          lastTo = this.transition(from, style, id);
        }
        cells[base + c] = lastTo;
      }
    }
  }
}
