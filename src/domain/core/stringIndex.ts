/**
 * Interning strings to dense ids 0, 1, 2, ... by an open-addressed Int32Array sized once for the
 * expected count: one allocation and a short probe per string, where a Map<string, number> of a
 * million keys regrows its table several times. Each id keeps its string's hash, so a probe compares
 * numbers and reads a string only when the hashes agree.
 */

/** FNV-1a's offset basis and prime (32-bit), shared by every text hash here. */
export const HASH_START = 0x811c9dc5;
export const HASH_PRIME = 0x01000193;

/**
 * The end of a text hash: the state mixed so that every bit reaches the low bits (MurmurHash3's final
 * mix, a bijection), as a signed 32-bit value so it equals what an Int32Array column holds.
 */
export function finishHash(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * FNV-1a over UTF-16 code units taken two at a time (one 32-bit word per step), then finishHash. A step
 * per pair halves the chain of multiplies a long name waits on. A multiply carries bits only upwards, so
 * without the final mix a pair's second unit would never reach the low bits that a table's slot is
 * taken from. Cheap, and spreads credit codes that differ only in the last characters.
 */
export function hashText(s: string): number {
  const n = s.length;
  let h = HASH_START;
  let i = 0;
  for (; i + 1 < n; i += 2)
    h = Math.imul(h ^ (s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16)), HASH_PRIME);
  if (i < n) h = Math.imul(h ^ s.charCodeAt(i), HASH_PRIME);
  return finishHash(h);
}

export class StringIndex {
  /** The strings by id. */
  readonly keys: string[] = [];
  private readonly hashes: number[] = [];
  private slots: Int32Array;
  private mask: number;

  /** `expected`: how many distinct strings are likely; the table grows past it if need be. */
  constructor(expected = 16) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The id of `key`, or -1 when it has none; `hash` is hashText(key) when the caller has it. */
  get(key: string, hash = hashText(key)): number {
    const slots = this.slots;
    for (let h = hash & this.mask; ; h = (h + 1) & this.mask) {
      const s = slots[h];
      if (s === 0) return -1;
      if (this.hashes[s - 1] === hash && this.keys[s - 1] === key) return s - 1;
    }
  }

  /** Whether some key has this hash (no string is read): a cheap filter before get. */
  hasHash(hash: number): boolean {
    const slots = this.slots;
    for (let h = hash & this.mask; ; h = (h + 1) & this.mask) {
      const s = slots[h];
      if (s === 0) return false;
      if (this.hashes[s - 1] === hash) return true;
    }
  }

  /** The id of `key`, giving it the next id when it is new. */
  intern(key: string, hash = hashText(key)): number {
    const slots = this.slots;
    let h = hash & this.mask;
    for (; ; h = (h + 1) & this.mask) {
      const s = slots[h];
      if (s === 0) break;
      if (this.hashes[s - 1] === hash && this.keys[s - 1] === key) return s - 1;
    }
    const id = this.keys.length;
    this.keys.push(key);
    this.hashes.push(hash);
    slots[h] = id + 1;
    if (this.keys.length * 2 > slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.keys.length; id++) {
      let h = this.hashes[id] & mask;
      while (slots[h] !== 0) h = (h + 1) & mask;
      slots[h] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
