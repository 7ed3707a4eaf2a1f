import { freeName, freeNames } from "../../../src/domain/sheets/sheetNames";

describe("freeName", () => {
  it.each([
    ["通报", [], "通报"],
    ["通报", ["通报"], "通报 (2)"],
    ["通报", ["通报", "通报 (2)"], "通报 (3)"],
    ["Report", ["report"], "Report (2)"],
    ["Report", ["REPORT (2)", "Report"], "Report (3)"],
  ])("%s among %j -> %s", (base, taken, expected) => {
    expect(freeName(base, new Set(taken))).toBe(expected);
  });
});

describe("freeNames", () => {
  it("gives each new sheet a name no earlier sheet or new sheet has", () => {
    expect(freeNames(["目标", "目标", "附件"], ["目标"])).toEqual(["目标 (2)", "目标 (3)", "附件"]);
  });
});
