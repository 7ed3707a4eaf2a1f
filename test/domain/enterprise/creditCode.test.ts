import {
  checkCreditCode,
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  normaliseCreditCode,
} from "../../../src/domain/enterprise/creditCode";

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
