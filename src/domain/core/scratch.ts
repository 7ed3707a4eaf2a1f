/**
 * Working arrays of one analysis, and the record table it reads, on memory that earlier analyses gave back.
 *
 * A million-row analysis needs about 50 MB of per-row and per-enterprise arrays that live only while it
 * runs, and its record table about 70 MB more, which live until the caller is done with the table.
 * Allocated afresh, each megabyte is new memory the system must map page by page (about 3 ms a
 * megabyte measured on the project's machines), and V8 starts a full collection, which marks the whole
 * workbook, once typed arrays grow by about 64 MB since the last one: allocated afresh, a large
 * analysis sets one off in its middle. The task pane analyses the same workbook again on every refresh,
 * so the arrays are drawn from buffers the last analysis gave back.
 *
 * Rules for users of a Scratch: an array it hands out must not outlive the Scratch's release(), so none
 * may reach an analysis's result; each array comes zero-filled, as `new Int32Array(n)` does, and each
 * text array filled with "" (a released one is emptied first, so the pool holds no workbook's strings).
 */
import type { TypedColumn } from "./typedColumns";

/** Arrays smaller than this are allocated as usual: young-generation garbage costs next to nothing. */
const POOLED_BYTES = 64 * 1024;
/** Buffers are allocated in multiples of this, so that a slightly larger array can reuse one. */
const BUFFER_STEP = 64 * 1024;
/** Pooled text columns have a multiple of this many slots, for the same reason (a row added since). */
const TEXT_STEP = 64 * 1024;
/**
 * The most the pool keeps between analyses. A million-row analysis gives back about 100 MB (working
 * arrays and its record table); a task pane that analysed a huge workbook once keeps up to this much until
 * it closes (beside the workbook's own values, which for a million rows take over twice as much), a
 * small workbook's a few kilobytes.
 */
export const POOL_LIMIT_BYTES = 160 * 1024 * 1024;

/**
 * What a text array's slot is counted as: a reference is 8 bytes in Node.js and 4 in browsers, whose V8
 * compresses pointers.
 */
const TEXT_SLOT_BYTES = 8;

/** Given-back buffers, smallest first. */
const free: ArrayBuffer[] = [];
/** Given-back text arrays, emptied (every slot ""), in the order given back. */
const freeTexts: string[][] = [];
let freeBytes = 0;
/** Off: every array is allocated afresh, as without a pool (for comparisons in tests and the bench). */
let pooling = true;

/** Turns reuse on or off; off also empties the pool. */
export function setScratchPooling(on: boolean): void {
  pooling = on;
  if (!on) emptyScratchPool();
}

/** The index of the first free buffer of at least `bytes` (free.length when none is). */
function firstAtLeast(bytes: number): number {
  let lo = 0;
  let hi = free.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (free[mid].byteLength < bytes) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The smallest free buffer of at least `bytes`, taken out of the pool; null when none is. */
function takeFree(bytes: number): ArrayBuffer | null {
  const at = firstAtLeast(bytes);
  if (at === free.length) return null;
  const [buffer] = free.splice(at, 1);
  freeBytes -= buffer.byteLength;
  return buffer;
}

function giveBack(buffer: ArrayBuffer): void {
  if (!pooling || freeBytes + buffer.byteLength > POOL_LIMIT_BYTES) return;
  free.splice(firstAtLeast(buffer.byteLength), 0, buffer);
  freeBytes += buffer.byteLength;
}

/** Bytes the pool holds between analyses (for tests and the bench). */
export function pooledBytes(): number {
  return freeBytes;
}

/** The shortest given-back text array of at least `length` slots, taken out of the pool; null when none is. */
function takeFreeTexts(length: number): string[] | null {
  let at = -1;
  for (let k = 0; k < freeTexts.length; k++)
    if (freeTexts[k].length >= length && (at < 0 || freeTexts[k].length < freeTexts[at].length))
      at = k;
  if (at < 0) return null;
  const [texts] = freeTexts.splice(at, 1);
  freeBytes -= texts.length * TEXT_SLOT_BYTES;
  return texts;
}

function giveBackTexts(texts: string[]): void {
  const bytes = texts.length * TEXT_SLOT_BYTES;
  if (!pooling || freeBytes + bytes > POOL_LIMIT_BYTES) return;
  texts.fill("");
  freeTexts.push(texts);
  freeBytes += bytes;
}

/** Text columns the pool holds between analyses (for tests). */
export function pooledTextColumns(): number {
  return freeTexts.length;
}

/** Empties the pool, giving its memory back to the garbage collector. */
export function emptyScratchPool(): void {
  free.length = 0;
  freeTexts.length = 0;
  freeBytes = 0;
}

type ArrayOf<T extends TypedColumn> = {
  new (length: number): T;
  new (buffer: ArrayBuffer, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
};

/**
 * The arrays of one analysis or record table: made by int32/uint16/uint8/float64/texts, returned together
 * by release().
 */
export class Scratch {
  private readonly lent: ArrayBuffer[] = [];
  private readonly lentTexts: string[][] = [];
  private released = false;

  int32(length: number): Int32Array {
    return this.array(Int32Array, length);
  }

  uint16(length: number): Uint16Array {
    return this.array(Uint16Array, length);
  }

  uint8(length: number): Uint8Array {
    return this.array(Uint8Array, length);
  }

  float64(length: number): Float64Array {
    return this.array(Float64Array, length);
  }

  /**
   * An array of at least `length` texts, each "": a column of strings (a fast, not dictionary, array even
   * past 100,000 elements, as `new Array(n).fill("")` makes). A large one has a multiple of TEXT_STEP slots.
   */
  texts(length: number): string[] {
    const bytes = length * TEXT_SLOT_BYTES;
    if (bytes < POOLED_BYTES || this.released || !pooling)
      return new Array<string>(length).fill("");
    const texts =
      takeFreeTexts(length) ??
      new Array<string>(Math.ceil(length / TEXT_STEP) * TEXT_STEP).fill("");
    this.lentTexts.push(texts);
    return texts;
  }

  /**
   * Lets arrays made here go as garbage, not to the pool (a column replaced by a larger one: pooled, it
   * would be held for the process's life, where nothing of its size is asked for again).
   */
  forget(...arrays: (TypedColumn | string[])[]): void {
    for (const a of arrays) this.unlend(a);
  }

  /** Gives arrays made here back to the pool before release(), for later steps of the same analysis. */
  done(...arrays: (TypedColumn | string[])[]): void {
    for (const a of arrays) {
      if (!this.unlend(a)) continue;
      if (Array.isArray(a)) giveBackTexts(a);
      else giveBack(a.buffer as ArrayBuffer);
    }
  }

  /** Takes `a` off the arrays lent here; false when it is not one of them (small, or given back). */
  private unlend(a: TypedColumn | string[]): boolean {
    const list: unknown[] = Array.isArray(a) ? this.lentTexts : this.lent;
    const k = list.indexOf(Array.isArray(a) ? a : a.buffer);
    if (k < 0) return false;
    list.splice(k, 1);
    return true;
  }

  /** Gives every array made here back to the pool: none of them may be read or written after this. */
  release(): void {
    if (this.released) return;
    this.released = true;
    for (const buffer of this.lent) giveBack(buffer);
    this.lent.length = 0;
    for (const texts of this.lentTexts) giveBackTexts(texts);
    this.lentTexts.length = 0;
  }

  private array<T extends TypedColumn>(type: ArrayOf<T>, length: number): T {
    const bytes = length * type.BYTES_PER_ELEMENT;
    if (bytes < POOLED_BYTES || this.released || !pooling) return new type(length);
    const reused = takeFree(bytes);
    const buffer = reused ?? new ArrayBuffer(Math.ceil(bytes / BUFFER_STEP) * BUFFER_STEP);
    this.lent.push(buffer);
    const a = new type(buffer, 0, length);
    // A new buffer is zeros already.
    if (reused !== null) a.fill(0);
    return a;
  }
}
