import {
  emptyScratchPool,
  pooledBytes,
  POOL_LIMIT_BYTES,
  Scratch,
  setScratchPooling,
} from "../../../src/domain/core/scratch";

/** Enough elements for an Int32Array to be drawn from the pool. */
const BIG = 64 * 1024;

beforeEach(() => emptyScratchPool());

describe("Scratch", () => {
  it("hands out zero-filled arrays of the asked length and type", () => {
    const s = new Scratch();
    const a = s.int32(BIG);
    const b = s.uint8(BIG * 4);
    const c = s.float64(BIG);
    expect(a).toBeInstanceOf(Int32Array);
    expect(b).toBeInstanceOf(Uint8Array);
    expect(c).toBeInstanceOf(Float64Array);
    expect([a.length, b.length, c.length]).toEqual([BIG, BIG * 4, BIG]);
    expect(a.every((x) => x === 0) && b.every((x) => x === 0) && c.every((x) => x === 0)).toBe(
      true
    );
  });

  it("reuses a released buffer for the next analysis, zeroed again", () => {
    const first = new Scratch();
    const a = first.int32(BIG);
    a.fill(7);
    first.release();
    expect(pooledBytes()).toBeGreaterThanOrEqual(BIG * 4);

    const second = new Scratch();
    const b = second.int32(BIG - 10);
    expect(b.buffer).toBe(a.buffer);
    expect(b.length).toBe(BIG - 10);
    expect(b.every((x) => x === 0)).toBe(true);
    expect(pooledBytes()).toBe(0);
  });

  it("gives a buffer to one array at a time", () => {
    const first = new Scratch();
    first.int32(BIG);
    first.release();
    const s = new Scratch();
    const a = s.int32(BIG);
    const b = s.int32(BIG);
    expect(a.buffer).not.toBe(b.buffer);
    a.fill(1);
    expect(b.every((x) => x === 0)).toBe(true);
  });

  it("takes the smallest free buffer that fits", () => {
    const s = new Scratch();
    const small = s.int32(BIG);
    const large = s.int32(BIG * 8);
    s.release();
    const next = new Scratch();
    expect(next.int32(BIG / 2).buffer).toBe(small.buffer);
    expect(next.int32(BIG * 2).buffer).toBe(large.buffer);
  });

  it("lets a step give arrays back early for later steps of the same analysis", () => {
    const s = new Scratch();
    const a = s.int32(BIG);
    s.done(a);
    expect(s.int32(BIG).buffer).toBe(a.buffer);
    // Given back once: release does not pool it a second time.
    s.release();
    expect(pooledBytes()).toBe(a.buffer.byteLength);
  });

  it("allocates small arrays as usual, outside the pool", () => {
    const s = new Scratch();
    const a = s.int32(16);
    s.release();
    expect(pooledBytes()).toBe(0);
    expect(a.length).toBe(16);
  });

  it("hands out 16-bit arrays from the same pool", () => {
    const first = new Scratch();
    const a = first.int32(BIG);
    first.release();
    const b = new Scratch().uint16(BIG * 2);
    expect(b).toBeInstanceOf(Uint16Array);
    expect(b.buffer).toBe(a.buffer);
  });

  it('hands out text columns of "", reused at the same length and emptied when given back', () => {
    const first = new Scratch();
    const a = first.texts(BIG);
    expect(a.length).toBe(BIG);
    expect(a.every((x) => x === "")).toBe(true);
    a[0] = "上海甲科技有限公司";
    a[BIG - 1] = "乙";
    first.release();
    // The pool keeps the array, not the workbook's strings.
    expect(a[0]).toBe("");
    expect(a[BIG - 1]).toBe("");
    expect(pooledBytes()).toBeGreaterThanOrEqual(BIG * 4);

    const second = new Scratch();
    const longer = second.texts(BIG + 1);
    expect(longer).not.toBe(a);
    // Large text columns come in whole steps of slots, so a column one row longer reuses one.
    expect(longer.length).toBe(2 * BIG);
    const again = second.texts(BIG - 5);
    expect(again).toBe(a);
    expect(again.every((x) => x === "")).toBe(true);
    second.done(again);
    expect(new Scratch().texts(BIG)).toBe(a);
  });

  it("lets forgotten arrays go as garbage, not to the pool", () => {
    const s = new Scratch();
    const a = s.int32(BIG);
    const texts = s.texts(BIG);
    const kept = s.int32(BIG);
    s.forget(a, texts);
    s.release();
    expect(pooledBytes()).toBe(kept.buffer.byteLength);
  });

  it("keeps at most POOL_LIMIT_BYTES between analyses", () => {
    const s = new Scratch();
    const each = POOL_LIMIT_BYTES / 4 / 4;
    for (let k = 0; k < 6; k++) s.int32(each);
    s.release();
    expect(pooledBytes()).toBeLessThanOrEqual(POOL_LIMIT_BYTES);
    expect(pooledBytes()).toBeGreaterThan(0);
  });

  it("after release, makes arrays of its own rather than take pooled ones", () => {
    const other = new Scratch();
    const pooled = other.int32(BIG);
    other.release();
    const s = new Scratch();
    s.release();
    expect(s.int32(BIG).buffer).not.toBe(pooled.buffer);
    expect(pooledBytes()).toBe(pooled.buffer.byteLength);
  });

  it("with pooling off, allocates every array afresh and keeps nothing", () => {
    const before = new Scratch();
    before.int32(BIG);
    before.release();
    setScratchPooling(false);
    try {
      expect(pooledBytes()).toBe(0);
      const s = new Scratch();
      const a = s.int32(BIG);
      s.release();
      expect(pooledBytes()).toBe(0);
      const t = new Scratch();
      expect(t.int32(BIG).buffer).not.toBe(a.buffer);
    } finally {
      setScratchPooling(true);
    }
  });
});
