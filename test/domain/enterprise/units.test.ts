import { DEFAULT_TARGETS } from "../../../src/domain/targets/targetTable";
import {
  createUnitResolver,
  DEFAULT_ALIASES,
  OTHER_UNIT,
  TOTAL_LABEL,
} from "../../../src/domain/enterprise/units";

const UNITS = DEFAULT_TARGETS.units;

describe("constants", () => {
  it("names the catch-all unit and the total row", () => {
    expect(OTHER_UNIT).toBe("其他");
    expect(TOTAL_LABEL).toBe("合计");
  });

  it("has the documented park aliases", () => {
    for (const park of ["碳谷绿湾", "碳谷绿湾产业园", "金山第二工业区", "金山二工区"])
      expect(DEFAULT_ALIASES[park]).toBe("碳谷绿湾公司");
  });

  it("every default alias points at a unit of the default target table", () => {
    for (const to of Object.values(DEFAULT_ALIASES)) expect(DEFAULT_TARGETS.units).toContain(to);
  });
});

describe("createUnitResolver with the default table", () => {
  const resolve = createUnitResolver(UNITS, {});

  it.each([
    ["枫泾镇", "枫泾镇", "exact"],
    ["新金山发展公司", "新金山发展公司", "exact"],
    ["其他", "其他", "exact"],
    [" 枫泾镇 ", "枫泾镇", "exact"],
    ["枫 泾 镇", "枫泾镇", "exact"],
    ["枫泾镇\u3000", "枫泾镇", "exact"],
    ["枫泾", "枫泾镇", "suffix"],
    ["金山卫", "金山卫镇", "suffix"],
    [" 吕巷 ", "吕巷镇", "suffix"],
    ["碳谷绿湾", "碳谷绿湾公司", "alias"],
    ["碳谷绿湾产业园", "碳谷绿湾公司", "alias"],
    ["金山第二工业区", "碳谷绿湾公司", "alias"],
    ["金山二工区", "碳谷绿湾公司", "alias"],
    ["金山 二工区", "碳谷绿湾公司", "alias"],
    ["新金山", "新金山发展公司", "alias"],
    ["其它", "其他", "alias"],
    ["", "其他", "blank"],
    ["   ", "其他", "blank"],
    ["\u3000", "其他", "blank"],
    ["石化街道", "其他", "unknown"],
    ["上海市金山区枫泾镇某路1号", "其他", "unknown"],
    ["镇", "其他", "unknown"],
  ])("%p -> %s (%s)", (raw, unit, how) => {
    expect(resolve(raw)).toEqual({ unit, how });
  });

  it("returns the same answer for the same text (memoised)", () => {
    expect(resolve("枫泾")).toBe(resolve("枫泾"));
  });
});

describe("createUnitResolver with user aliases and other tables", () => {
  it.each([
    // user alias wins over a default with the same key
    [{ 金山二工区: "新金山发展公司" }, "金山二工区", "新金山发展公司", "alias"],
    // a new alias
    [{ 枫泾工业区: "枫泾镇" }, "枫泾工业区", "枫泾镇", "alias"],
    // keys and targets are normalised too
    [{ "（枫泾）园区": " 枫泾镇 " }, "(枫泾)园区", "枫泾镇", "alias"],
    // a user alias to a unit outside the table removes the default and maps to nothing
    [{ 碳谷绿湾: "不存在公司" }, "碳谷绿湾", "其他", "unknown"],
    [{ 某园区: "不存在公司" }, "某园区", "其他", "unknown"],
    // an alias can send text to 其他 on purpose
    [{ 区外: "其他" }, "区外", "其他", "alias"],
    // exact names come before aliases
    [{ 枫泾镇: "朱泾镇" }, "枫泾镇", "枫泾镇", "exact"],
  ])("aliases %p: %p -> %s (%s)", (aliases, raw, unit, how) => {
    expect(createUnitResolver(UNITS, aliases as Record<string, string>)(raw)).toEqual({
      unit,
      how,
    });
  });

  it("a table without 其他 still maps blanks and unknowns to 其他", () => {
    const resolve = createUnitResolver(["甲镇", "乙公司"], {});
    expect(resolve("甲")).toEqual({ unit: "甲镇", how: "suffix" });
    expect(resolve("碳谷绿湾")).toEqual({ unit: "其他", how: "unknown" });
    expect(resolve("其他")).toEqual({ unit: "其他", how: "exact" });
    expect(resolve("")).toEqual({ unit: "其他", how: "blank" });
  });

  it("keeps the table's own spelling of a unit", () => {
    const resolve = createUnitResolver(["枫泾 镇"], {});
    expect(resolve("枫泾镇")).toEqual({ unit: "枫泾 镇", how: "exact" });
  });

  it("keeps answering correctly past the memo limit", () => {
    const resolve = createUnitResolver(UNITS, {});
    let unknown = 0;
    for (let i = 0; i < 70000; i++) if (resolve("未知" + i).how === "unknown") unknown++;
    expect(unknown).toBe(70000);
    expect(resolve("枫泾")).toEqual({ unit: "枫泾镇", how: "suffix" });
  });
});
