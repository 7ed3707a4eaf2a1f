/**
 * Interning strings to dense ids 0, 1, 2, ... by an open-addressed Int32Array sized once for the
 * expected count: one allocation and a short probe per string, where a Map<string, number> of a
 * million keys regrows its table several times. Each id keeps its string's hash, so a probe compares
 * numbers and reads a string only when the hashes agree.
 */

/** FNV-1a over UTF-16 code units: cheap, and spreads credit codes that differ only in the last digits. */
export function hashText(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  // As a signed 32-bit value, so it equals what an Int32Array column holds (also for "").
  return h | 0;
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
