import { serialFromYmd } from "../../src/domain/core/dates";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/domain/settings/settings";
import { DEFAULT_TARGETS } from "../../src/domain/targets/targetTable";
import {
  initialDecomposeForm,
  planFromForm,
  type DecomposeForm,
} from "../../src/taskpane/decompose/decomposeForm";
import { typedNumber } from "../../src/taskpane/settings/settingsForm";

const TODAY = serialFromYmd(2026, 11, 29);
const form = (over: Partial<DecomposeForm> = {}): DecomposeForm => ({
  ...initialDecomposeForm(DEFAULT_SETTINGS, DEFAULT_TARGETS, TODAY),
  totals: { 2025: "1750", 2026: "1900", 2027: "2050" },
  ...over,
});

describe("the decomposition form", () => {
  it("starts after the table's last year, with the settings' method, floor and weight", () => {
    const settings = parseSettings({
      decomposition: { method: "equal-growth", floor: "valid", pipelineWeight: 0.7 },
    });
    expect(initialDecomposeForm(settings, DEFAULT_TARGETS, TODAY)).toEqual({
      rule: "given",
      firstYear: "2025",
      lastYear: "2027",
      totals: {},
      doubleFrom: "2021",
      doubleIn: "5",
      method: "equal-growth",
      floor: "valid",
      pipelineWeight: "0.7",
      baseDate: "",
    });
    expect(initialDecomposeForm(DEFAULT_SETTINGS, null, TODAY).firstYear).toBe("2027");
  });

  it("gives the plan: years, the default base date, totals, weight", () => {
    expect(planFromForm(form(), "zh-CN", TODAY)).toEqual({
      ok: true,
      years: [2025, 2026, 2027],
      baseDate: serialFromYmd(2024, 12, 31),
      defaultBaseDate: serialFromYmd(2024, 12, 31),
      totals: { 2025: 1750, 2026: 1900, 2027: 2050 },
      doubling: null,
      pipelineWeight: 0.5,
    });
    const own = planFromForm(form({ baseDate: "2025-06-30", rule: "doubling" }), "zh-CN", TODAY);
    expect(own).toMatchObject({
      ok: true,
      baseDate: serialFromYmd(2025, 6, 30),
      totals: null,
      doubling: { from: 2021, inYears: 5 },
    });
  });

  it.each<[string, Partial<DecomposeForm>, string, string, boolean | undefined]>([
    [
      "a missing total waits",
      { totals: { 2025: "1750" } },
      "totals",
      "enter the total for 2026",
      true,
    ],
    [
      "a negative total",
      { totals: { 2025: "1750", 2026: "-1", 2027: "5" } },
      "totals",
      "the total for 2026 must be a whole number from 0 to 1000000",
      undefined,
    ],
    [
      "years backwards",
      { firstYear: "2027", lastYear: "2025" },
      "years",
      "years 2027-2025 end before they start",
      undefined,
    ],
    [
      "a base date that does not exist",
      { baseDate: "2024-02-30" },
      "baseDate",
      'base date "2024-02-30" is not a valid date',
      undefined,
    ],
    [
      "a weight above 1",
      { pipelineWeight: "2" },
      "weight",
      'Setting "decomposition.pipelineWeight": must be a number from 0 to 1 (what one pool enterprise counts for next to one valid enterprise)',
      undefined,
    ],
    [
      "doubling into the past",
      { rule: "doubling", doubleFrom: "2025" },
      "doubling",
      "the years to decompose must come after the base year 2025",
      undefined,
    ],
  ])("%s", (_label, over, field, error, incomplete) => {
    expect(planFromForm(form(over), "en-US", TODAY)).toEqual({
      ok: false,
      field,
      error,
      incomplete,
    });
  });

  it("reads numbers as typed", () => {
    expect([
      typedNumber("1,750"),
      typedNumber("１７５０"),
      typedNumber(" 12 "),
      typedNumber(""),
    ]).toEqual([1750, 1750, 12, NaN]);
  });
});
