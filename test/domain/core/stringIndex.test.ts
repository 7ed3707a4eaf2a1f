import { EMPTY_HASH } from "../../../src/domain/enterprise/recordTable";
import { hashText, StringIndex } from "../../../src/domain/core/stringIndex";

describe("hashText", () => {
  it("is a signed 32-bit value, so it equals what an Int32Array column holds", () => {
    for (const s of ["", "a", "91310116MA1J000010", "上海样本科技有限公司"]) {
      const h = hashText(s);
      expect(h).toBe(h | 0);
      expect(new Int32Array([h])[0]).toBe(h);
    }
    expect(hashText("")).toBe(EMPTY_HASH);
  });

  it("tells apart codes that differ only in the last characters", () => {
    const hashes = new Set(
      Array.from({ length: 1000 }, (_, i) =>
        hashText(`9131011600000${String(i).padStart(4, "0")}X`)
      )
    );
    expect(hashes.size).toBe(1000);
  });

  it("brings every code unit down to the low bits a table's slot is taken from", () => {
    // Names that differ only in the second unit of a pair (units are hashed two at a time).
    const low = new Set(
      Array.from(
        { length: 1000 },
        (_, i) => hashText(`上${String.fromCharCode(0x4e00 + i)}科技`) & 0xfff
      )
    );
    // 1,000 values in 4,096 slots land on about 890 distinct ones when spread evenly.
    expect(low.size).toBeGreaterThan(850);
  });
});

describe("StringIndex", () => {
  it("gives dense ids in order of first appearance, the same id to the same text", () => {
    const index = new StringIndex();
    expect(["甲", "乙", "甲", "丙", "乙"].map((s) => index.intern(s))).toEqual([0, 1, 0, 2, 1]);
    expect(index.keys).toEqual(["甲", "乙", "丙"]);
    expect(index.size).toBe(3);
  });

  it("finds only what was interned", () => {
    const index = new StringIndex();
    index.intern("甲");
    expect(index.get("甲")).toBe(0);
    expect(index.get("乙")).toBe(-1);
    expect(index.hasHash(hashText("甲"))).toBe(true);
    expect(index.hasHash(hashText("乙"))).toBe(false);
  });

  it("keeps every id when it grows far past the expected size", () => {
    const index = new StringIndex(2);
    const words = Array.from({ length: 5000 }, (_, i) => `企业${i}`);
    words.forEach((w, i) => expect(index.intern(w)).toBe(i));
    words.forEach((w, i) => expect(index.get(w)).toBe(i));
    expect(index.size).toBe(5000);
  });

  it("compares the text when two strings share a hash", () => {
    // Find two different strings whose hashes collide in the low bits the table uses, then check they
    // still get different ids (the full hash differs; equal hashes fall back to the text).
    const index = new StringIndex(4);
    const a = index.intern("GR202231000001");
    const b = index.intern("GR202231000002");
    expect(a).not.toBe(b);
    expect(index.get("GR202231000001")).toBe(a);
    expect(index.get("GR202231000002")).toBe(b);
  });
});
