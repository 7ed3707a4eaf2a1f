import { apportion } from "../../../src/domain/decompose/apportion";

const zeros = (n: number): number[] => new Array<number>(n).fill(0);

describe("apportion: largest remainder with floors", () => {
  it.each<[string, number, number[], number[], number[], number[]]>([
    ["exact quotas", 8, [3, 1], [0, 0], [3, 1], [6, 2]],
    ["one seat left: the largest remainder", 10, [1, 1, 1], [0, 0, 0], [0, 0, 0], [4, 3, 3]],
    // Quotas 3.33 each: one seat left, equal remainders: the larger base takes it.
    ["tie: the larger base", 10, [1, 1, 1], [0, 0, 0], [1, 5, 3], [3, 4, 3]],
    // Equal remainders and equal bases: the earlier unit.
    ["tie: the earlier unit", 11, [1, 1, 1], [0, 0, 0], [2, 2, 2], [4, 4, 3]],
    [
      "quotas 2.5 / 2.5 / 5: tie goes to the larger base",
      10,
      [1, 1, 2],
      [0, 0, 0],
      [1, 2, 3],
      [2, 3, 5],
    ],
    ["all weights 0: equal parts", 7, [0, 0, 0], [0, 0, 0], [0, 0, 0], [3, 2, 2]],
    ["a total of 0", 0, [5, 3], [0, 0], [5, 3], [0, 0]],
  ])("%s", (_label, total, weights, floors, bases, expected) => {
    const r = apportion(total, weights, floors, bases);
    expect(r).toEqual({ values: expected, feasible: true });
  });

  it("meets the floors first, then splits the rest by weight", () => {
    // Quotas 40 / 0 / 0; unit 1 is fixed at 20, unit 2 at 5; unit 0 gets the 15 left (above its floor 5).
    expect(apportion(40, [10, 0, 0], [5, 20, 5], [10, 0, 0])).toEqual({
      values: [15, 20, 5],
      feasible: true,
    });
  });

  it("fixes floors in rounds: a unit pushed below its floor by the first round is fixed in the next", () => {
    // Round 1: quotas 50/30/20 vs floors 0/0/45 -> unit 2 fixed at 45. Round 2: 55 over 5:3 -> 34.4/20.6,
    // below unit 1's floor 25 -> fixed. Round 3: 30 to unit 0.
    expect(apportion(100, [5, 3, 2], [0, 25, 45], [0, 0, 0])).toEqual({
      values: [30, 25, 45],
      feasible: true,
    });
  });

  it("floors that add up to the total exactly are all met exactly", () => {
    expect(apportion(30, [1, 1, 1], [5, 10, 15], zeros(3))).toEqual({
      values: [5, 10, 15],
      feasible: true,
    });
  });

  it("floors above the total: split in proportion to the floors, never more than the total, not feasible", () => {
    const r = apportion(100, [1, 1], [90, 30], [0, 0]);
    expect(r.feasible).toBe(false);
    expect(r.values).toEqual([75, 25]);
    expect(r.values.reduce((s, v) => s + v, 0)).toBe(100);
  });

  it("no parts and a positive total cannot be split", () => {
    expect(apportion(5, [], [], [])).toEqual({ values: [], feasible: false });
    expect(apportion(0, [], [], [])).toEqual({ values: [], feasible: true });
  });

  it("fractional weights: near-equal remainders count as a tie (float noise does not pick the unit)", () => {
    // 0.1 + 0.2 is 0.30000000000000004, a hair above 0.3: still a tie, so the larger base takes the seat.
    expect(apportion(1, [0.1 + 0.2, 0.3, 0.3], [0, 0, 0], [0, 9, 0]).values).toEqual([0, 1, 0]);
    expect(apportion(2, [0.1 + 0.2, 0.3, 0.3], [0, 0, 0], [0, 9, 0]).values).toEqual([1, 1, 0]);
    expect(apportion(3, [0.1 + 0.2, 0.3, 0.3], [0, 0, 0], [0, 9, 0]).values).toEqual([1, 1, 1]);
  });
});
