import {
  checkCreditCode,
  CODE_WORDS,
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  creditCodeHash,
  normaliseCreditCode,
  packCreditCode,
  UNPACKED,
} from "../../../src/domain/enterprise/creditCode";
import { hashText } from "../../../src/domain/core/stringIndex";

describe("creditCodeCheckChar (GB 32100-2015)", () => {
  // Small cases worked by hand: the sum is value x weight; the check value is (31 - sum mod 31) mod 31.
  it.each([
    ["00000000000000000", "0"], // sum 0 -> 0
    ["10000000000000000", "Y"], // sum 1x1 = 1 -> 30 = Y
    ["01000000000000000", "W"], // sum 1x3 = 3 -> 28 = W
    ["00000000000000001", "3"], // sum 1x28 = 28 -> 3
    ["A0000000000000000", "M"], // A = 10, sum 10 -> 21 = M
  ])("check character of %s is %s", (first17, expected) => {
    expect(creditCodeCheckChar(first17)).toBe(expected);
  });

  // Worked with an independent implementation of the standard (not this module).
  it.each([
    ["91310000MA1FL4C84", "C"],
    ["91310116MA1JB2XX0", "5"],
    ["91440300708461136", "T"],
    ["91110000100005888", "C"],
    ["12310000425010835", "9"],
    ["91310000607219036", "Y"],
  ])("check character of %s is %s", (first17, expected) => {
    expect(creditCodeCheckChar(first17)).toBe(expected);
  });

  it.each([
    ["9131000MA1FL4C84"],
    ["91310000MA1FL4C84X1"],
    ["91310000MA1FL4C8I"],
    ["91310000ma1fl4c84"],
    ["91310000MA1FL4C8中"],
  ])("%p is not 17 charset characters -> null", (first17) => {
    expect(creditCodeCheckChar(first17)).toBeNull();
  });
});

it("the charset has 31 characters without I, O, S, V, Z", () => {
  expect(CREDIT_CODE_CHARSET).toHaveLength(31);
  expect(CREDIT_CODE_CHARSET).not.toMatch(/[IOSVZ]/);
});

describe("normaliseCreditCode", () => {
  it.each([
    ["91310000MA1FL4C84C", "91310000MA1FL4C84C"],
    [" 91310000ma1fl4c84c ", "91310000MA1FL4C84C"],
    ["９１３１００００ＭＡ１ＦＬ４Ｃ８４Ｃ", "91310000MA1FL4C84C"],
    ["9131 0000 MA1F L4C8 4C", "91310000MA1FL4C84C"],
    ["", ""],
  ])("%p -> %p", (raw, expected) => {
    expect(normaliseCreditCode(raw)).toBe(expected);
  });
});

describe("checkCreditCode", () => {
  it.each<[string, string, "ok" | "form" | "checksum"]>([
    ["valid", "91310000MA1FL4C84C", "ok"],
    ["valid, lower case", "91310000ma1fl4c84c", "ok"],
    ["valid, full width", "９１３１００００ＭＡ１ＦＬ４Ｃ８４Ｃ", "ok"],
    ["valid, spaced", " 9131 0000 MA1F L4C8 4C ", "ok"],
    ["valid, check char Y", "91310000607219036Y", "ok"],
    ["valid, check char T", "91440300708461136T", "ok"],
    ["wrong check character", "91310000MA1FL4C84Q", "checksum"],
    ["one digit changed", "91310000MA1FL4C85C", "checksum"],
    ["17 characters", "91310000MA1FL4C84", "form"],
    ["19 characters", "91310000MA1FL4C84CC", "form"],
    ["letter I (not in the charset)", "91310000MA1IL4C84C", "form"],
    ["check character O (not in the charset)", "91310000MA1FL4C84O", "form"],
    ["Chinese text", "统一社会信用代码待补充的企业名称啊", "form"],
    ["old 15-digit registration number", "310000000123456", "form"],
    ["blank", "", "form"],
  ])("%s (%p) -> %s", (_label, code, expected) => {
    expect(checkCreditCode(code)).toBe(expected);
  });
});

describe("packCreditCode", () => {
  const code = (body: string): string => body + creditCodeCheckChar(body);
  const pack = (c: string): [number, number, number] => {
    const words = new Int32Array(CODE_WORDS);
    const hash = packCreditCode(c, words, 0);
    return [hash, words[0], words[1]];
  };

  it("packs equal texts alike and codes that differ in any one character apart", () => {
    const a = code("91310116MA1J00001");
    expect(pack(a)).toEqual(pack(String(a)));
    for (let k = 0; k < 18; k++) {
      const other = a.slice(0, k) + (a[k] === "0" ? "1" : "0") + a.slice(k + 1);
      expect(pack(other)).not.toEqual(pack(a));
    }
    // A code with a wrong check character is still of the charset: packed, and apart from the right one.
    const wrong = a.slice(0, 17) + (a[17] === "0" ? "1" : "0");
    expect(pack(wrong)[1]).not.toBe(UNPACKED);
  });

  it("leaves a code of another form unpacked, hashed as text", () => {
    for (const c of [
      "",
      "91310116MA1J0000",
      "91310116MA1J00001XX",
      "9131011OMA1J000010",
      "913101*6MA1J000010",
    ]) {
      const [hash, first] = pack(c);
      expect(first).toBe(UNPACKED);
      expect(hash).toBe(hashText(c));
    }
    expect(creditCodeHash("")).toBe(hashText(""));
  });

  it("gives the hash creditCodeHash gives", () => {
    const a = code("91310116MA1J00001");
    expect(creditCodeHash(a)).toBe(pack(a)[0]);
  });
});
