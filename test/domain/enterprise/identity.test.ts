import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
} from "../../../src/domain/enterprise/creditCode";
import { creditCodeHash } from "../../../src/domain/enterprise/packedCode";
import {
  assignIdentities,
  identifyTable,
  joinIdentities,
  type IdentityRow,
} from "../../../src/domain/enterprise/identity";
import { RecordTable } from "../../../src/domain/enterprise/recordTable";
import type { CertRecord } from "../../../src/domain/core/types";

let row = 1;
function rec(name: string, creditCode = ""): CertRecord {
  row++;
  return {
    sheet: "名单",
    row,
    seq: row,
    name,
    creditCode,
    certNo: "",
    issue: null,
    issueInferred: false,
    unit: "其他",
    rawUnit: "",
    type: null,
    moveIn: null,
    moveOut: null,
    revoked: null,
    key: "",
  };
}
const code = (body: string): string => body + creditCodeCheckChar(body);
const A = code("91310116MA1J00001");
const B = code("91310116MA1J00002");

describe("assignIdentities", () => {
  it("numbers enterprises in order of first appearance and fills the keys", () => {
    const rs = [rec("甲", A), rec("乙", B), rec("甲公司", A), rec("丙")];
    const ids = assignIdentities(rs);
    expect(Array.from(ids.enterpriseOf)).toEqual([0, 1, 0, 2]);
    expect(ids.count).toBe(3);
    expect(rs.map((r) => r.key)).toEqual([`C:${A}`, `C:${B}`, `C:${A}`, "N:丙"]);
    expect([0, 1, 2].map(ids.keyOf)).toEqual([`C:${A}`, `C:${B}`, "N:丙"]);
  });

  it("a row without a code takes the code of the first coded row with its name, even a later one", () => {
    const rs = [rec("丁 公司"), rec("丁公司", B), rec("丁公司", A)];
    const ids = assignIdentities(rs);
    expect(Array.from(ids.enterpriseOf)).toEqual([0, 0, 1]);
    expect(rs.map((r) => r.key)).toEqual([`C:${B}`, `C:${B}`, `C:${A}`]);
  });

  it("compares malformed codes as text: equal text joins, other text or a well-formed code does not", () => {
    const rs = [
      rec("戊", "ABC123"),
      rec("戊", "ABC123"),
      rec("戊", "ABC124"),
      rec("戊", A),
      rec("己", "A"),
    ];
    const ids = assignIdentities(rs);
    expect(Array.from(ids.enterpriseOf)).toEqual([0, 0, 1, 2, 3]);
  });

  it("codes that differ in one character are different enterprises", () => {
    const codes = Array.from({ length: 300 }, (_, i) =>
      code(`91310116MA1J${String(i).padStart(5, "0")}`)
    );
    const rs = [...codes, ...codes].map((c, i) => rec(`企业${i}`, c));
    const ids = assignIdentities(rs);
    expect(ids.count).toBe(300);
    expect(Array.from(ids.enterpriseOf.slice(300))).toEqual(codes.map((_, i) => i));
  });
});

describe("identity on a nearly full table", () => {
  /** The rule itself, by Maps: same code, one enterprise; numbered by first appearance. */
  function reference(codes: string[]): number[] {
    const ids = new Map<string, number>();
    return codes.map((c) => {
      if (!ids.has(c)) ids.set(c, ids.size);
      return ids.get(c) as number;
    });
  }

  it("matches the rule over many small tables, where probes run past the last slot and wrap", () => {
    let seed = 99;
    const rand = (k: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % k;
    for (let trial = 0; trial < 300; trial++) {
      // 12 rows make a 17-slot table; each trial draws them from 10 fresh codes, so codes repeat and
      // the homes differ from trial to trial.
      const pool = Array.from({ length: 10 }, () =>
        code(`91310116MA1J${String(rand(100000)).padStart(5, "0")}`)
      );
      const codes = Array.from({ length: 12 }, () => pool[rand(pool.length)]);
      const ids = assignIdentities(codes.map((c, i) => rec(`企业${i}`, c)));
      expect(Array.from(ids.enterpriseOf)).toEqual(reference(codes));
    }
  });
});

describe("identity over many groups", () => {
  /** The rule by Maps: a code is one enterprise; a row without one takes the first coded row's code with its name. */
  function reference(rows: CertRecord[]): string[] {
    const codeOfName = new Map<string, string>();
    for (const r of rows)
      if (r.creditCode !== "" && !codeOfName.has(r.name)) codeOfName.set(r.name, r.creditCode);
    return rows.map((r) =>
      r.creditCode !== ""
        ? `C:${r.creditCode}`
        : codeOfName.has(r.name)
          ? `C:${codeOfName.get(r.name)}`
          : `N:${r.name}`
    );
  }

  it("matches the rule on 20,000 rows, where codes are matched group by group", () => {
    let seed = 7;
    const rand = (k: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % k;
    const pool = Array.from({ length: 6000 }, (_, i) =>
      code(`91310116MA1J${String(i).padStart(5, "0")}`)
    );
    const rows = Array.from({ length: 20000 }, () => {
      const k = rand(pool.length);
      // One row in ten has no code: it joins by name, or stands alone when no coded row has its name.
      return rand(10) === 0 ? rec(`企业${rand(7000)}`) : rec(`企业${k}`, pool[k]);
    });
    const expected = reference(rows);
    const ids = assignIdentities(rows);
    expect(rows.map((r) => r.key)).toEqual(expected);
    // Numbered by first appearance.
    const order = new Map<string, number>();
    for (const key of expected) if (!order.has(key)) order.set(key, order.size);
    expect(Array.from(ids.enterpriseOf)).toEqual(expected.map((key) => order.get(key)));
    expect(ids.count).toBe(order.size);
  });
});

describe("joinIdentities: pool rows join the roster's enterprises by the same rules", () => {
  const C = code("91310116MA1J00003");
  const D = code("91310116MA1J00004");
  // Roster: 0 甲 (code A, also a codeless row 甲), 1 乙 (code B), 2 丙 known only by name, 3 丁 (code C).
  const roster = [rec("甲（上海）"), rec("甲（上海）", A), rec("乙", B), rec("丙"), rec("丁", C)];
  const t = RecordTable.fromRecords(roster);
  const ids = identifyTable(t);
  const join = (rows: IdentityRow[]) =>
    Array.from(joinIdentities(t, ids.enterpriseOf, ids.count, rows).enterpriseOf);

  it.each<[string, IdentityRow, number]>([
    [
      "the roster enterprise with the same code, whatever the name",
      { name: "别名", creditCode: B },
      1,
    ],
    [
      "a codeless row: the first coded roster row with its normalised name",
      { name: "甲(上海)", creditCode: "" },
      0,
    ],
    [
      "a codeless row: the roster enterprise known only by that name",
      { name: " 丙 ", creditCode: "" },
      2,
    ],
    [
      "a coded row naming an enterprise the roster knows only by name: it brings the code",
      { name: "丙", creditCode: D },
      2,
    ],
    [
      "a coded row whose name is a coded roster enterprise's, with another code: a new enterprise",
      { name: "丁", creditCode: D },
      4,
    ],
    ["a stranger: a new enterprise numbered after the roster's", { name: "戊", creditCode: "" }, 4],
  ])("%s", (_label, row, enterprise) => {
    expect(join([row])).toEqual([enterprise]);
  });

  it("rows new to the roster join one another: by code, and a codeless row the first coded one of its name", () => {
    const rows: IdentityRow[] = [
      { name: "己", creditCode: "" },
      { name: "庚", creditCode: D },
      { name: "辛", creditCode: D },
      { name: "庚", creditCode: "" },
      { name: "己", creditCode: "" },
      { name: "", creditCode: "" },
    ];
    const joined = joinIdentities(t, ids.enterpriseOf, ids.count, rows);
    expect(Array.from(joined.enterpriseOf)).toEqual([4, 5, 5, 5, 4, 6]);
    expect(joined.count).toBe(7);
  });

  it("as identifyTable does, a coded row gives its code to an earlier codeless joined row of its name (a pool row, then a contact)", () => {
    const E = code("91310116MA1J00005");
    const rows: IdentityRow[] = [
      { name: "壬", creditCode: "" }, // 4: a name-only pool row
      { name: "壬", creditCode: E }, // brings the code: 4
      { name: "别名", creditCode: E }, // the same code under another name: 4
      { name: "壬", creditCode: D }, // another code with the name already coded: a new enterprise, 5
    ];
    expect(Array.from(joinIdentities(t, ids.enterpriseOf, ids.count, rows).enterpriseOf)).toEqual([
      4, 4, 4, 5,
    ]);
    // The same with a roster enterprise known only by name: the first code takes it, a second code does not.
    expect(
      join([
        { name: "丙", creditCode: D },
        { name: "丙", creditCode: E },
        { name: "又名", creditCode: D },
      ])
    ).toEqual([2, 4, 2]);
  });

  it("a row with a code alone joins the name that code goes with, even when it comes first", () => {
    const E = code("91310116MA1J00005");
    // A contact log keyed by credit code before the pool row that names the enterprise: 丙 is known to
    // the roster by name only, and the code joins it wherever its rows stand.
    expect(
      join([
        { name: "", creditCode: D },
        { name: "丙", creditCode: D },
      ])
    ).toEqual([2, 2]);
    // Rows new to the roster: the code, the name alone, then both; one enterprise.
    expect(
      join([
        { name: "", creditCode: E },
        { name: "壬", creditCode: "" },
        { name: "壬", creditCode: E },
      ])
    ).toEqual([4, 4, 4]);
  });

  it("leaves the roster's numbering alone", () => {
    const before = Array.from(ids.enterpriseOf);
    join([{ name: "丙", creditCode: D }]);
    expect(Array.from(ids.enterpriseOf)).toEqual(before);
    expect(ids.keyOf(2)).toBe("N:丙");
  });
});

describe("identifyTable: codes are told apart by their text, not their hash", () => {
  const CHARS = CREDIT_CODE_CHARSET;
  /** The number of six characters of the charset, as PackedCode reads them. */
  const wordOf = (s: string): number => [...s].reduce((w, ch) => w * 32 + CHARS.indexOf(ch), 0);
  /** Six characters of the charset with this number, or null when the number has none. */
  const charsOf = (w: number): string | null => {
    if (w < 0 || w >= 2 ** 30) return null;
    let s = "";
    for (let k = 0; k < 6; k++, w = Math.floor(w / 32)) {
      if (w % 32 >= CHARS.length) return null;
      s = CHARS[w % 32] + s;
    }
    return s;
  };

  /**
   * A second code of the charset with the same creditCodeHash as `a`, its first twelve characters made
   * by `headOf` (so a twin can share either packed word with `a` and differ in the other).
   */
  function packedTwin(a: string, headOf: (n: number) => string): string {
    for (let n = 0; n < 10_000; n++) {
      const head = headOf(n);
      // The hash is the last six characters' number mixed with what the first twelve give.
      const mixIn = creditCodeHash(head + "000000") ^ wordOf("000000");
      const tail = charsOf((creditCodeHash(a) ^ mixIn) >>> 0);
      if (tail !== null && head + tail !== a) return head + tail;
    }
    throw new Error("no twin found");
  }
  const a = code("91310116MA1J00001");
  // The same first six characters as a, or the same next six.
  const sameFirst = packedTwin(a, (n) => "913101" + String(100000 + n));
  const sameSecond = packedTwin(a, (n) => "9" + String(10000 + n) + "16MA1J");

  it("keeps two codes of the charset with the same hash two enterprises", () => {
    for (const b of [sameFirst, sameSecond]) {
      expect(creditCodeHash(b)).toBe(creditCodeHash(a));
      const ids = identifyTable(
        RecordTable.fromRecords([rec("甲", a), rec("乙", b), rec("甲", a)])
      );
      expect(Array.from(ids.enterpriseOf)).toEqual([0, 1, 0]);
      expect([ids.keyOf(0), ids.keyOf(1)]).toEqual(["C:" + a, "C:" + b]);
    }
    expect(sameFirst.slice(0, 6)).toBe(a.slice(0, 6));
    expect(sameSecond.slice(6, 12)).toBe(a.slice(6, 12));
  });

  it("keeps two malformed codes with the same hash two enterprises", () => {
    // A pair of texts with the same hashText (the hash of a code of another form), found by search.
    const [a, b] = ["rwhotmt", "pwjgroj"];
    expect(creditCodeHash(a)).toBe(creditCodeHash(b));
    const ids = identifyTable(RecordTable.fromRecords([rec("甲", a), rec("乙", b), rec("乙", b)]));
    expect(Array.from(ids.enterpriseOf)).toEqual([0, 1, 1]);
  });

  it("joins a pool row to the roster by its exact code", () => {
    const b = sameFirst;
    const t = RecordTable.fromRecords([rec("甲", a)]);
    const ids = identifyTable(t);
    const joined = joinIdentities(t, ids.enterpriseOf, ids.count, [
      { name: "乙", creditCode: b },
      { name: "甲", creditCode: a },
    ]);
    expect(Array.from(joined.enterpriseOf)).toEqual([1, 0]);
  });
});
