/**
 * Properties of decompose over many seeded random inputs: the units always add up to the total, floors
 * are met whenever they can be (and a finding says so when they cannot), the same input gives the same
 * output, and without floors every unit is within one of its exact quota.
 */
import { serialFromYmd } from "../../../src/domain/core/dates";
import { decompose, type DecomposeInput } from "../../../src/domain/decompose/decompose";
import type { DecomposeFloor, DecomposeMethod, TargetTable } from "../../../src/domain/core/types";

/** A small seeded generator (a 32-bit linear congruential step): the same seed, the same cases. */
function generator(seed: number) {
  let s = seed >>> 0;
  const next = (): number => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  return { next, int, pick };
}

const METHODS: DecomposeMethod[] = ["share", "pipeline", "equal-growth"];
const FLOORS: DecomposeFloor[] = ["both", "previous", "valid", "none"];

function randomInput(seed: number): DecomposeInput {
  const g = generator(seed);
  const n = g.int(1, 14);
  const withPool = g.next() < 0.5;
  const units = Array.from({ length: n }, (_, i) => ({
    unit: `单位${i}`,
    // Zeros and ties are where the rules are tested hardest.
    valid: g.next() < 0.15 ? 0 : g.pick([g.int(0, 300), 10, 20]),
    ...(withPool && g.next() < 0.8
      ? { pool: { served: g.int(0, 40), submitted: g.int(0, 20) } }
      : {}),
  }));
  const firstYear = g.int(2023, 2027);
  const tableYears =
    g.next() < 0.85
      ? [firstYear - 3, firstYear - 2, firstYear - 1].filter(() => g.next() < 0.8)
      : [];
  const previous: TargetTable | null =
    tableYears.length === 0 && g.next() < 0.5
      ? null
      : {
          units: units.map((u) => u.unit),
          years: tableYears,
          targets: Object.fromEntries(
            units.map((u) => [
              u.unit,
              Object.fromEntries(
                tableYears.filter(() => g.next() < 0.9).map((y) => [y, g.int(0, 400)])
              ),
            ])
          ),
          declaredTotals: {},
          source: "目标",
        };
  const totals: Record<number, number> = {};
  const years = g.int(1, 4);
  for (let k = 0; k < years; k++) totals[firstYear + k] = g.next() < 0.1 ? 0 : g.int(0, 6000);
  return {
    units,
    totals,
    baseDate: serialFromYmd(firstYear - 1, 12, 31),
    method: g.pick(METHODS),
    floor: g.pick(FLOORS),
    pipelineWeight: g.pick([0, 0.3, 0.5, 0.7, 1]),
    previous,
  };
}

/** The floors of docs/rules.md section 9, worked out here from the rule and the output's own earlier years. */
function expectedFloors(
  input: DecomposeInput,
  out: ReturnType<typeof decompose>,
  year: number
): number[] {
  const decided = out.years.filter((y) => y < year);
  const fromTable = (input.previous?.years ?? []).filter((y) => y < year);
  const latestDecided = decided.length ? Math.max(...decided) : -Infinity;
  const latestTable = fromTable.length ? Math.max(...fromTable) : -Infinity;
  return input.units.map((u, i) => {
    let prev: number | undefined;
    if (latestDecided >= latestTable && latestDecided > -Infinity)
      prev = out.units[i].targets[latestDecided];
    else if (latestTable > -Infinity) prev = input.previous?.targets[u.unit]?.[latestTable];
    const byPrevious =
      input.floor === "both" || input.floor === "previous" ? Math.ceil(prev ?? 0) : 0;
    const byValid = input.floor === "both" || input.floor === "valid" ? u.valid : 0;
    return Math.max(byPrevious, byValid);
  });
}

const SEEDS = Array.from({ length: 400 }, (_, i) => i + 1);

describe("decompose properties (400 seeded cases)", () => {
  it("the units always add up exactly to the year's total, as whole numbers not below 0", () => {
    for (const seed of SEEDS) {
      const input = randomInput(seed);
      const out = decompose(input);
      for (const year of out.years) {
        const values = out.units.map((u) => u.targets[year]);
        for (const v of values) expect(Number.isInteger(v) && v >= 0).toBe(true);
        expect([seed, year, values.reduce((s, v) => s + v, 0)]).toEqual([
          seed,
          year,
          input.totals[year],
        ]);
      }
    }
  });

  it("floors are met whenever they can be; when they cannot, a decomposition-infeasible finding names the year", () => {
    let infeasible = 0;
    let feasibleWithFloors = 0;
    for (const seed of SEEDS) {
      const input = randomInput(seed);
      const out = decompose(input);
      for (const year of out.years) {
        const floors = expectedFloors(input, out, year);
        const sum = floors.reduce((s, f) => s + f, 0);
        const finding = out.findings.find((f) =>
          f.message["en-US"].includes(`floors for ${year} add up to ${sum},`)
        );
        if (sum <= input.totals[year]) {
          if (sum > 0) feasibleWithFloors++;
          out.units.forEach((u, i) =>
            expect([seed, year, u.unit, u.targets[year] >= floors[i]]).toEqual([
              seed,
              year,
              u.unit,
              true,
            ])
          );
          expect(finding).toBeUndefined();
        } else {
          infeasible++;
          expect([seed, year, finding?.code]).toEqual([seed, year, "decomposition-infeasible"]);
        }
      }
      expect(out.findings.every((f) => f.code === "decomposition-infeasible")).toBe(true);
    }
    // The generator reaches both cases often enough for the property to mean something.
    expect(infeasible).toBeGreaterThan(20);
    expect(feasibleWithFloors).toBeGreaterThan(100);
  });

  it("the same input always gives the same output, and the input is left as it was", () => {
    for (const seed of SEEDS) {
      const input = randomInput(seed);
      const before = JSON.stringify(input);
      const a = decompose(input);
      const b = decompose(randomInput(seed));
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      expect(JSON.stringify(input)).toBe(before);
    }
  });

  it("without floors, share gives every unit its exact quota rounded down or up (largest remainder)", () => {
    for (const seed of SEEDS) {
      const input = { ...randomInput(seed), method: "share" as const, floor: "none" as const };
      const sum = input.units.reduce((s, u) => s + u.valid, 0);
      if (sum === 0) continue;
      const out = decompose(input);
      for (const year of out.years) {
        out.units.forEach((u, i) => {
          const quota = (input.totals[year] * input.units[i].valid) / sum;
          expect([
            seed,
            year,
            u.targets[year] === Math.floor(quota) || u.targets[year] === Math.ceil(quota),
          ]).toEqual([seed, year, true]);
        });
      }
    }
  });
});
