import { sortByUnitDayName } from "../../../src/domain/analysis/expiringOrder";

/** What the expiring list's order means: a stable comparator sort by unit, day, then name. */
function reference(unit: number[], day: number[], names: string[]): number[] {
  const order = unit.map((_, k) => k);
  return order.sort(
    (x, y) =>
      unit[x] - unit[y] ||
      day[x] - day[y] ||
      (names[x] < names[y] ? -1 : names[x] > names[y] ? 1 : 0)
  );
}

function randomItems(
  n: number,
  seed: number,
  units: number,
  days: number,
  dayBase: number,
  nameCount: number
) {
  let s = seed;
  const rand = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  const unit: number[] = [];
  const day: number[] = [];
  const names: string[] = [];
  for (let k = 0; k < n; k++) {
    unit.push(Math.floor(rand() * units));
    day.push(dayBase + Math.floor(rand() * days));
    // Few distinct names, so equal (unit, day, name) triples occur and their position order must hold.
    names.push(`企业${Math.floor(rand() * nameCount)}`);
  }
  return { unit, day, names };
}

describe("sortByUnitDayName", () => {
  test.each([
    ["empty", 0, 1, 1, 45000, 1],
    ["one item", 1, 3, 10, 45000, 1],
    ["many ties on unit and day", 5000, 3, 4, 45000, 50],
    ["equal names within ties", 5000, 2, 2, 45000, 3],
    ["a wide spread of days", 20000, 13, 2000, 40000, 100000],
    // Runs of a few items (a unit's certificates ending on one day), sorted in place.
    ["short runs with equal names", 5000, 3, 200, 45000, 3],
    ["runs around 32 items, short and long", 5000, 5, 30, 45000, 40],
  ])(
    "%s: the same order as a stable comparator sort",
    (_label, n, units, days, dayBase, nameCount) => {
      const { unit, day, names } = randomItems(n, 7 + n, units, days, dayBase, nameCount);
      expect(Array.from(sortByUnitDayName(unit, day, (k) => names[k]))).toEqual(
        reference(unit, day, names)
      );
    }
  );

  test.each([
    ["a unit past the packed range", [600, 2, 600, 1], [45001, 45000, 45000, 45002]],
    ["a negative day", [0, 0, 1, 0], [-5, 3, -7, -5]],
    ["a fractional day", [1, 1, 0, 1], [45000.5, 45000.25, 45000, 45000.5]],
  ])("falls back to a comparator sort for %s", (_label, unit, day) => {
    const names = ["乙", "甲", "丙", "甲"];
    expect(Array.from(sortByUnitDayName(unit, day, (k) => names[k]))).toEqual(
      reference(unit, day, names)
    );
  });

  test("names compare by UTF-16 code units, as JavaScript's < does", () => {
    const names = ["b", "B", "甲", "a", "Ａ"];
    const unit = [0, 0, 0, 0, 0];
    const day = [1, 1, 1, 1, 1];
    expect(Array.from(sortByUnitDayName(unit, day, (k) => names[k])).map((k) => names[k])).toEqual([
      "B",
      "a",
      "b",
      "甲",
      "Ａ",
    ]);
  });

  test.each([
    ["a name that starts another", ["上海甲", "上海", "上海甲乙", ""]],
    [
      "names alike in their first 12 code units",
      [
        "上海样本科技有限公司第一分公司",
        "上海样本科技有限公司第一",
        "上海样本科技有限公司第一分部",
        "上海样本科技有限公司第一分公司",
      ],
    ],
    [
      "the highest and lowest code units",
      ["\uffff", "\u0000", "\u0000\u0000", "a\uffff", "a\u0000", "a"],
    ],
  ])("names in a tie are ordered as < orders them: %s", (_label, names) => {
    const unit = names.map(() => 2);
    const day = names.map(() => 45000);
    expect(Array.from(sortByUnitDayName(unit, day, (k) => names[k]))).toEqual(
      reference(unit, day, names)
    );
  });
});
