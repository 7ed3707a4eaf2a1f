import { lazyList } from "../../../src/domain/core/lazyList";

interface Item {
  k: number;
  label: string;
}

/** A list of n items and the indexes `make` was called with, in order. */
function counted(n: number): { list: Item[]; made: number[] } {
  const made: number[] = [];
  const list = lazyList(n, (k): Item => {
    made.push(k);
    return { k, label: `item ${k}` };
  });
  return { list, made };
}

const plain = (n: number): Item[] =>
  Array.from({ length: n }, (_, k) => ({ k, label: `item ${k}` }));

describe("lazyList", () => {
  it("is an array of its length before any item is made", () => {
    const { list, made } = counted(200_000);
    expect(Array.isArray(list)).toBe(true);
    expect(list instanceof Array).toBe(true);
    expect(list.length).toBe(200_000);
    expect(made).toEqual([]);
  });

  it("makes an item when it is read, once, and gives the same object each time", () => {
    const { list, made } = counted(10);
    const third = list[3];
    expect(third).toEqual({ k: 3, label: "item 3" });
    expect(list[3]).toBe(third);
    expect(list.at(-1)).toEqual({ k: 9, label: "item 9" });
    expect(made).toEqual([3, 9]);
    expect(list[10]).toBeUndefined();
    expect(3 in list).toBe(true);
    expect(10 in list).toBe(false);
    expect(made).toEqual([3, 9]);
  });

  it("makes only the items a slice or a search reads", () => {
    const { list, made } = counted(100_000);
    expect(list.slice(5, 8).map((x) => x.k)).toEqual([5, 6, 7]);
    expect(list.findIndex((x) => x.k === 2)).toBe(2);
    expect(made).toEqual([5, 6, 7, 0, 1, 2]);
  });

  it("is read as the made array by the array methods, iteration, JSON and equality", () => {
    const { list, made } = counted(5);
    const truth = plain(5);
    expect(list.map((x) => x.k)).toEqual([0, 1, 2, 3, 4]);
    expect(list.filter((x) => x.k % 2 === 0)).toEqual([truth[0], truth[2], truth[4]]);
    expect([...list]).toEqual(truth);
    expect(Array.from(list)).toEqual(truth);
    expect(list.reduce((s, x) => s + x.k, 0)).toBe(10);
    expect([truth[0]].concat(list)).toHaveLength(6);
    expect(JSON.stringify(list)).toBe(JSON.stringify(truth));
    expect(list).toEqual(truth);
    expect(Object.keys(list)).toEqual(["0", "1", "2", "3", "4"]);
    // Every item was made once, whatever read it.
    expect([...made].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it("makes every item before a write, and is then an ordinary array", () => {
    const { list, made } = counted(4);
    const first = list[0];
    list.push({ k: 99, label: "added" });
    expect(list.length).toBe(5);
    expect(list[0]).toBe(first);
    expect(list[4].label).toBe("added");
    list.sort((x, y) => y.k - x.k);
    expect(list.map((x) => x.k)).toEqual([99, 3, 2, 1, 0]);
    list[1] = { k: -1, label: "replaced" };
    expect(list[1].k).toBe(-1);
    list.length = 2;
    expect(list).toHaveLength(2);
    expect([...made].sort()).toEqual([0, 1, 2, 3]);
  });

  it("once every item is read, is the made array and makes nothing again", () => {
    const { list, made } = counted(3);
    for (let k = 0; k < 3; k++) expect(list[k].k).toBe(k);
    expect(Object.keys(list)).toEqual(["0", "1", "2"]);
    list.reverse();
    expect(list.map((x) => x.k)).toEqual([2, 1, 0]);
    expect(made).toEqual([0, 1, 2]);
  });

  it("can be frozen, its items made first", () => {
    const { list, made } = counted(3);
    Object.freeze(list);
    expect(Object.isFrozen(list)).toBe(true);
    expect(list).toEqual(plain(3));
    expect([...made].sort()).toEqual([0, 1, 2]);
    expect(() => list.push({ k: 3, label: "more" })).toThrow(TypeError);
  });

  it("takes only canonical array indexes for items", () => {
    const { list, made } = counted(20);
    const loose = list as unknown as Record<string, unknown>;
    expect(loose["01"]).toBeUndefined();
    expect(loose["-1"]).toBeUndefined();
    expect(loose["1.5"]).toBeUndefined();
    expect(loose["1e1"]).toBeUndefined();
    expect(loose[""]).toBeUndefined();
    expect(made).toEqual([]);
    expect(loose["10"]).toEqual({ k: 10, label: "item 10" });
  });

  it("of no items makes nothing and behaves as []", () => {
    const list = lazyList<Item>(0, () => {
      throw new Error("no item to make");
    });
    expect(list).toEqual([]);
    expect(list.length).toBe(0);
    expect(list[0]).toBeUndefined();
    expect(JSON.stringify(list)).toBe("[]");
  });
});
