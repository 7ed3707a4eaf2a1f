import { interpolate } from "../../../src/domain/core/interpolate";

describe("interpolate", () => {
  it.each([
    ["{year}年", { year: 2023 }, "2023年"],
    ["{a} and {a}", { a: "x" }, "x and x"],
    ["{unknown} stays", {}, "{unknown} stays"],
    ["no placeholders", { a: 1 }, "no placeholders"],
    ["{n}%", { n: 0 }, "0%"],
    ["{ spaced } is no placeholder", { spaced: "x" }, "{ spaced } is no placeholder"],
  ])("%s with %j -> %s", (template, vars, expected) => {
    expect(interpolate(template, vars)).toBe(expected);
  });
});
