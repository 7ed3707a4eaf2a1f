import {
  checkNormalisedCreditCode,
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
} from "../../../src/domain/enterprise/creditCode";
import { creditCodeHash, PackedCode, UNPACKED } from "../../../src/domain/enterprise/packedCode";
import { hashText } from "../../../src/domain/core/stringIndex";

const code = (body: string): string => body + creditCodeCheckChar(body);
const pack = (c: string): [number, number, number] => {
  const p = new PackedCode().read(c);
  return [p.hash, p.first, p.second];
};

describe("PackedCode", () => {
  it("packs equal texts alike and codes that differ in any one character apart", () => {
    const a = code("91310116MA1J00001");
    expect(pack(a)).toEqual(pack(a.split("").join("")));
    for (let k = 0; k < 18; k++) {
      const other = a.slice(0, k) + (a[k] === "0" ? "1" : "0") + a.slice(k + 1);
      expect(pack(other)).not.toEqual(pack(a));
    }
  });

  it("leaves a code of another form unpacked, hashed as text", () => {
    for (const c of [
      "",
      "91310116MA1J0000",
      "91310116MA1J00001XX",
      "9131011OMA1J000010",
      "913101*6MA1J000010",
      "91310116MA1J00001O",
    ]) {
      const p = new PackedCode().read(c);
      expect([p.first, p.second, p.hash]).toEqual([UNPACKED, 0, hashText(c)]);
    }
    expect(creditCodeHash("")).toBe(hashText(""));
  });

  it("checks as checkNormalisedCreditCode does, in the same scan", () => {
    let seed = 7;
    const rand = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
    const p = new PackedCode();
    for (let k = 0; k < 2000; k++) {
      let c = "";
      for (let i = 0; i < 18; i++) c += CREDIT_CODE_CHARSET[rand(31)];
      // Every third a right check character, and now and then a character outside the charset.
      if (k % 3 === 0) c = code(c.slice(0, 17));
      if (k % 11 === 0) c = c.slice(0, 5) + "I" + c.slice(6);
      expect(p.read(c).check).toBe(checkNormalisedCreditCode(c));
      if (p.check !== "form") expect(p.first).not.toBe(UNPACKED);
    }
    expect(p.read(code("91310116MA1J00001")).check).toBe("ok");
  });

  it("gives the hash creditCodeHash gives, whatever it read before", () => {
    const p = new PackedCode();
    const a = code("91310116MA1J00001");
    p.read("bad");
    expect(p.read(a).hash).toBe(creditCodeHash(a));
  });
});
