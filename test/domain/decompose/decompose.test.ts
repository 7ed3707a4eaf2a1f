import { serialFromYmd } from "../../../src/domain/core/dates";
import {
  decompose,
  decompositionSheetName,
  type DecomposeInput,
} from "../../../src/domain/decompose/decompose";
import { DEFAULT_TARGETS } from "../../../src/domain/targets/targetTable";
import type { TargetTable } from "../../../src/domain/core/types";

const BASE = serialFromYmd(2024, 12, 31);

function input(over: Partial<DecomposeInput>): DecomposeInput {
  return {
    units: [
      { unit: "甲镇", valid: 30 },
      { unit: "乙镇", valid: 10 },
    ],
    totals: { 2025: 80 },
    baseDate: BASE,
    method: "share",
    floor: "none",
    pipelineWeight: 0.5,
    previous: null,
    ...over,
  };
}

function table(rows: Record<string, Record<number, number>>, years: number[]): TargetTable {
  return { units: Object.keys(rows), years, targets: rows, declaredTotals: {}, source: "目标" };
}

const targetsOf = (d: ReturnType<typeof decompose>, year: number): number[] =>
  d.units.map((u) => u.targets[year]);

describe("decompose: methods", () => {
  it("share: each unit's share of the valid count at the base date, every year", () => {
    const d = decompose(input({ totals: { 2025: 80, 2026: 100 } }));
    expect(d.years).toEqual([2025, 2026]);
    expect(targetsOf(d, 2025)).toEqual([60, 20]);
    expect(targetsOf(d, 2026)).toEqual([75, 25]);
    expect(d.units.map((u) => [u.unit, u.base, u.share, u.pool])).toEqual([
      ["甲镇", 30, 0.75, null],
      ["乙镇", 10, 0.25, null],
    ]);
    expect(d.notes).toEqual([]);
    expect(d.findings).toEqual([]);
  });

  it("pipeline: valid count plus the weighted pool at served and submitted", () => {
    // Weights 30 + 0.5 x 10 = 35 and 10 + 0.5 x 50 = 35: an even split, where share gives 3:1.
    const units = [
      { unit: "甲镇", valid: 30, pool: { served: 6, submitted: 4 } },
      { unit: "乙镇", valid: 10, pool: { served: 20, submitted: 30 } },
    ];
    const d = decompose(input({ units, method: "pipeline", totals: { 2025: 80 } }));
    expect(targetsOf(d, 2025)).toEqual([40, 40]);
    expect(d.units.map((u) => [u.pool, u.share])).toEqual([
      [10, 0.5],
      [50, 0.5],
    ]);
    const heavier = decompose(input({ units, method: "pipeline", pipelineWeight: 0.1 }));
    // 31 : 15 of 80 -> 53.9 / 26.1
    expect(targetsOf(heavier, 2025)).toEqual([54, 26]);
    expect(decompose(input({ units, method: "share" })).units.map((u) => u.pool)).toEqual([
      null,
      null,
    ]);
  });

  it("pipeline without pool counts is share, and a note says so", () => {
    const d = decompose(input({ method: "pipeline" }));
    expect(targetsOf(d, 2025)).toEqual(targetsOf(decompose(input({ method: "share" })), 2025));
    expect(d.notes).toHaveLength(1);
    expect(d.notes[0]["zh-CN"]).toContain("没有培育库数据");
    expect(d.notes[0]["en-US"]).toContain("No cultivation pool data");
  });

  it("a unit missing from the pool counts no pool enterprise", () => {
    const units = [
      { unit: "甲镇", valid: 10, pool: { served: 10, submitted: 10 } },
      { unit: "乙镇", valid: 10 },
    ];
    const d = decompose(
      input({ units, method: "pipeline", pipelineWeight: 1, totals: { 2025: 40 } })
    );
    expect(targetsOf(d, 2025)).toEqual([30, 10]);
    expect(d.units.map((u) => u.pool)).toEqual([20, 0]);
  });

  it("equal-growth: the same growth over each unit's previous target, year after year", () => {
    const previous = table({ 甲镇: { 2024: 50 }, 乙镇: { 2024: 30 } }, [2024]);
    const d = decompose(
      input({ method: "equal-growth", previous, totals: { 2025: 100, 2026: 120 } })
    );
    // 100 / 80 = 1.25: 62.5 / 37.5 -> the tie goes to the larger base (甲镇, 30 valid).
    expect(targetsOf(d, 2025)).toEqual([63, 37]);
    // 2026 grows over the 2025 targets: 63 x 1.2 = 75.6, 37 x 1.2 = 44.4.
    expect(targetsOf(d, 2026)).toEqual([76, 44]);
    expect(d.units.map((u) => u.share)).toEqual([50 / 80, 30 / 80]);
  });

  it("equal-growth takes the table's latest year before the first year to decompose", () => {
    const previous = table(
      { 甲镇: { 2022: 10, 2023: 20 }, 乙镇: { 2022: 30, 2023: 20 } },
      [2022, 2023]
    );
    const d = decompose(input({ method: "equal-growth", previous, totals: { 2025: 100 } }));
    expect(targetsOf(d, 2025)).toEqual([50, 50]);
  });

  it("equal-growth without any earlier target splits by share, and a note says so", () => {
    const d = decompose(
      input({ method: "equal-growth", previous: table({ 甲镇: { 2030: 1 } }, [2030]) })
    );
    expect(targetsOf(d, 2025)).toEqual([60, 20]);
    expect(d.notes.map((n) => n["en-US"])).toEqual([
      expect.stringContaining("No targets before 2025"),
    ]);
  });

  it("all weights 0 (an empty workbook): equal parts, with a note", () => {
    const d = decompose(
      input({
        units: [
          { unit: "甲镇", valid: 0 },
          { unit: "乙镇", valid: 0 },
        ],
        totals: { 2025: 9 },
      })
    );
    expect(targetsOf(d, 2025)).toEqual([5, 4]);
    expect(d.units.map((u) => u.share)).toEqual([0.5, 0.5]);
    expect(d.notes[0]["zh-CN"]).toContain("平均分配");
  });
});

describe("decompose: floors", () => {
  const previous = table({ 甲镇: { 2024: 40 }, 乙镇: { 2024: 35 } }, [2024]);

  it.each<[string, DecomposeInput["floor"], number[]]>([
    // Quotas 60 / 20. Previous targets 40 / 35, valid 30 / 10.
    ["both: not below the previous target nor the valid count", "both", [45, 35]],
    ["previous: not below the previous year's target", "previous", [45, 35]],
    ["valid: not below the valid count", "valid", [60, 20]],
    ["none", "none", [60, 20]],
  ])("%s", (_label, floor, expected) => {
    const d = decompose(input({ floor, previous }));
    expect(targetsOf(d, 2025)).toEqual(expected);
    expect(d.findings).toEqual([]);
  });

  it("valid floor: a unit keeps at least what it already has", () => {
    // Weights by previous target (equal growth) would give 乙镇 only 16; its 25 valid enterprises come first.
    const prev = table({ 甲镇: { 2024: 80 }, 乙镇: { 2024: 20 } }, [2024]);
    const units = [
      { unit: "甲镇", valid: 10 },
      { unit: "乙镇", valid: 25 },
    ];
    const d = decompose(
      input({ units, method: "equal-growth", floor: "valid", previous: prev, totals: { 2025: 80 } })
    );
    expect(targetsOf(d, 2025)).toEqual([55, 25]);
  });

  it("the previous year's floor of a later year is the decomposition's own earlier year", () => {
    // 2025: 60 / 20, the floors of 2026. A growing 2026 total keeps them; a shrinking one cannot.
    const d = decompose(input({ floor: "previous", totals: { 2025: 80, 2026: 84 } }));
    expect(targetsOf(d, 2025)).toEqual([60, 20]);
    expect(targetsOf(d, 2026)).toEqual([63, 21]);
    const shrink = decompose(input({ floor: "previous", totals: { 2025: 80, 2026: 70 } }));
    expect(shrink.findings.map((f) => f.message["zh-CN"])).toEqual([
      expect.stringContaining("2026年各单位下限合计 80，超过分解总量 70"),
    ]);
  });

  it("infeasible floors: a decomposition-infeasible finding, and still exactly the total (no overrun)", () => {
    const d = decompose(
      input({
        floor: "previous",
        previous: table({ 甲镇: { 2024: 60 }, 乙镇: { 2024: 40 } }, [2024]),
      })
    );
    expect(targetsOf(d, 2025)).toEqual([48, 32]);
    expect(d.findings).toHaveLength(1);
    const f = d.findings[0];
    expect(f).toMatchObject({
      code: "decomposition-infeasible",
      severity: "warning",
      sheet: "目标任务分解 2025",
      row: 0,
      column: "",
    });
    expect(f.message["zh-CN"]).toBe(
      "2025年各单位下限合计 100，超过分解总量 80：无法全部满足，已按下限比例分配（合计仍为 80）；低于下限：甲镇 48 < 60、乙镇 32 < 40"
    );
    expect(f.message["en-US"]).toContain("add up to 100, more than the total 80");
  });

  it("a fractional previous target is a floor rounded up", () => {
    const d = decompose(
      input({
        floor: "previous",
        previous: table({ 甲镇: { 2024: 10 }, 乙镇: { 2024: 20.2 } }, [2024]),
      })
    );
    expect(targetsOf(d, 2025)).toEqual([59, 21]);
  });
});

describe("decompose: the result as a target table", () => {
  it("has section 3's shape: units in order, the years, targets, 合计 = the totals, its name and method", () => {
    const d = decompose(input({ totals: { 2027: 120, 2025: 80, 2026: 100 } }));
    expect(d.table).toEqual({
      units: ["甲镇", "乙镇"],
      years: [2025, 2026, 2027],
      targets: { 甲镇: { 2025: 60, 2026: 75, 2027: 90 }, 乙镇: { 2025: 20, 2026: 25, 2027: 30 } },
      declaredTotals: { 2025: 80, 2026: 100, 2027: 120 },
      source: "目标任务分解 2025-2027",
      decomposition: { method: "share", baseDate: BASE },
    });
    expect(d.total).toEqual({ 2025: 80, 2026: 100, 2027: 120 });
    expect(decompose(input({ source: "我的表" })).table.source).toBe("我的表");
  });

  it("names its sheet after the years", () => {
    expect(decompositionSheetName([2025, 2026, 2027])).toBe("目标任务分解 2025-2027");
    expect(decompositionSheetName([2025])).toBe("目标任务分解 2025");
  });

  it.each<[string, Record<number, number>]>([
    ["no year", {}],
    ["a negative total", { 2025: -1 }],
    ["a fractional total", { 2025: 10.5 }],
    ["a total too large", { 2025: 2_000_000 }],
  ])("rejects %s", (_label, totals) => {
    expect(() => decompose(input({ totals }))).toThrow(RangeError);
  });

  it("rejects a valid count that is not a whole number", () => {
    expect(() => decompose(input({ units: [{ unit: "甲镇", valid: 1.5 }] }))).toThrow(RangeError);
  });
});

describe("the policy check (docs/rules.md section 9)", () => {
  // The policy's own 2022 row as the base: splitting 1435 and 1620 by its shares gives its 2023 row within
  // 2 per unit and its 2024 row within 4 (新金山发展公司 279 against 275): the policy was drawn up this way.
  const units = DEFAULT_TARGETS.units.map((unit) => ({
    unit,
    valid: DEFAULT_TARGETS.targets[unit][2022],
  }));
  const d = decompose({
    units,
    totals: { 2023: 1435, 2024: 1620 },
    baseDate: serialFromYmd(2022, 12, 31),
    method: "share",
    floor: "none",
    pipelineWeight: 0.5,
    previous: null,
  });

  it.each<[number, number]>([
    [2023, 2],
    [2024, 4],
  ])("%i: every unit within %i of the policy's own target", (year, limit) => {
    for (const u of d.units)
      expect(Math.abs(u.targets[year] - DEFAULT_TARGETS.targets[u.unit][year])).toBeLessThanOrEqual(
        limit
      );
    expect(d.units.reduce((s, u) => s + u.targets[year], 0)).toBe(
      DEFAULT_TARGETS.declaredTotals[year]
    );
  });

  it("新金山发展公司 gets 279 in 2024 against the policy's 275", () => {
    expect(d.units.find((u) => u.unit === "新金山发展公司")?.targets[2024]).toBe(279);
  });
});
