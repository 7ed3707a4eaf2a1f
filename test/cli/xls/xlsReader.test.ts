/**
 * The .xls reader on small hand-built workbooks (buildXls.ts): each cell record, the formats that
 * make a number a date, the 1904 date system, merged areas, hidden and chart sheets, and strings split
 * across CONTINUE records at every byte.
 */
import { CellError, NO_VALUE } from "../../../src/domain/sheets/cellMarkers";
import { cellMap } from "../xlsx/readAll";
import { cached, cell, le, record, rkFloat, rkInt, sstRecords, xlsFile } from "./buildXls";
import { readXlsAll, refusal, refusalIn } from "./readXlsAll";

describe("cell records", () => {
  it("reads each kind of cell as the .xlsx reader hands it over", async () => {
    const [s] = await readXlsAll(
      xlsFile({
        strings: ["甲", "plain"],
        sheets: [
          {
            name: "S",
            records: [
              cell.labelSst(0, 0, 0),
              cell.labelSst(0, 1, 1),
              cell.label(0, 2, "上海某某"),
              cell.rstring(0, 3, "富文本"),
              cell.number(1, 0, -1.25),
              cell.rk(1, 1, rkInt(42)),
              cell.rk(1, 2, rkInt(1234, true)),
              cell.rk(1, 3, rkFloat(1.5)),
              cell.rk(1, 4, rkInt(-7)),
              cell.mulrk(2, 1, [
                [0, rkInt(1)],
                [0, rkInt(2)],
                [0, rkFloat(0.5)],
              ]),
              cell.boolErr(3, 0, 1, false),
              cell.boolErr(3, 1, 0, false),
              cell.boolErr(3, 2, 0x2a, true),
              cell.boolErr(3, 3, 0x07, true),
              cell.blank(4, 0),
              cell.mulBlank(4, 1, 3),
            ],
          },
        ],
      })
    );
    expect(cellMap(s)).toEqual({
      A1: "甲",
      B1: "plain",
      C1: "上海某某",
      D1: "富文本",
      A2: -1.25,
      B2: 42,
      C2: 12.34,
      D2: 1.5,
      E2: -7,
      B3: 1,
      C3: 2,
      D3: 0.5,
      A4: true,
      B4: false,
      C4: CellError.of("#N/A"),
      D4: CellError.of("#DIV/0!"),
    });
    // Blank cells are no value: their row is not handed over at all.
    expect(s.rows.map((r) => [r.number, r.marked])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, true],
    ]);
  });

  it.each([
    ["a number", [cell.formula(0, 0, cached.number(2.5))], 2.5],
    [
      "a string (the STRING record after it)",
      [cell.formula(0, 0, cached.string()), cell.string("枫泾镇")],
      "枫泾镇",
    ],
    ["an empty string", [cell.formula(0, 0, cached.empty())], ""],
    ["a boolean", [cell.formula(0, 0, cached.boolean(true))], true],
    ["an error", [cell.formula(0, 0, cached.error(0x0f))], CellError.of("#VALUE!")],
    [
      "a string whose STRING record is missing",
      [cell.formula(0, 0, cached.string()), cell.number(0, 1, 1)],
      NO_VALUE,
    ],
  ])("a formula's cached value: %s", async (_what, records, value) => {
    const [s] = await readXlsAll(xlsFile({ sheets: [{ name: "F", records }] }));
    expect(s.rows[0].values[0]).toBe(value);
    expect(s.rows[0].marked).toBe(typeof value === "object");
  });

  it("hands rows over in ascending order whatever order the cells come in", async () => {
    const [s] = await readXlsAll(
      xlsFile({
        sheets: [
          {
            name: "S",
            records: [
              cell.number(9, 0, 10),
              cell.number(0, 1, 1),
              cell.number(4, 0, 5),
              cell.number(0, 0, 0),
            ],
          },
        ],
      })
    );
    expect(s.rows.map((r) => [r.number, [...r.values]])).toEqual([
      [1, [0, 1]],
      [5, [5]],
      [10, [10]],
    ]);
  });

  it("keeps rows sparse: a lone cell in column IV makes one slot", async () => {
    const [s] = await readXlsAll(
      xlsFile({ sheets: [{ name: "S", records: [cell.number(65_535, 255, 1)] }] })
    );
    expect(s.rows).toHaveLength(1);
    expect(s.rows[0].number).toBe(65_536);
    expect(Object.keys(s.rows[0].values)).toEqual(["255"]);
  });
});

describe("dates: by the cell's format, as for .xlsx", () => {
  const spec = (extra: { formats?: [number, string][]; date1904?: boolean }) =>
    xlsFile({
      ...extra,
      // XF 0 General, 1 built-in 14 (a date), 2 custom 164, 3 custom 165, 4 built-in 31 (东亚 年月日), 5 built-in 2 (0.00).
      xfs: [0, 14, 164, 165, 31, 2],
      sheets: [
        {
          name: "D",
          records: [0, 1, 2, 3, 4, 5].map((xf) => cell.number(0, xf, 44_750, xf)),
        },
      ],
    });

  it.each([
    [
      "custom codes",
      [
        [164, "yyyy年m月d日"],
        [165, "0.00_);[Red]\\(0.00\\)"],
      ] as [number, string][],
      [1, 2, 4],
    ],
    [
      "a custom code given for a built-in date id",
      [
        [14, "0.00"],
        [164, '[$-804]yyyy"年"m"月"'],
        [165, "[h]:mm"],
      ] as [number, string][],
      [2, 3, 4],
    ],
  ])("%s", async (_what, formats, dates) => {
    const [s] = await readXlsAll(spec({ formats }), { dateColumns: true });
    expect(s.rows[0].dateColumns).toEqual(dates);
    expect([...s.rows[0].values]).toEqual(new Array(6).fill(44_750));
  });

  it("a 1904 workbook: date1904, and date columns shifted only when asked", async () => {
    const file = spec({ formats: [[164, "yyyy-mm-dd"]], date1904: true });
    const [plain] = await readXlsAll(file);
    expect(plain.date1904).toBe(true);
    expect(plain.rows[0].values[1]).toBe(44_750);
    const [shifted] = await readXlsAll(file, { shift1904: true });
    expect([...shifted.rows[0].values]).toEqual([44_750, 46_212, 46_212, 44_750, 46_212, 44_750]);
  });
});

describe("sheets", () => {
  it("reads merged areas, hidden and very hidden sheets; skips chart sheets but counts them in the tab order", async () => {
    const sheets = await readXlsAll(
      xlsFile({
        sheets: [
          {
            name: "说明",
            records: [
              cell.label(0, 0, "x"),
              cell.merged([
                [0, 1, 0, 3],
                [5, 3, 2, 2],
              ]),
            ],
          },
          { name: "图表", type: 2, records: [] },
          { name: "隐藏", hidden: 1, records: [cell.number(0, 0, 1)] },
          { name: "深度隐藏", hidden: 2, records: [cell.number(0, 0, 2)] },
        ],
      })
    );
    expect(sheets.map((s) => [s.name, s.index, s.rows.length])).toEqual([
      ["说明", 0, 1],
      ["隐藏", 2, 1],
      ["深度隐藏", 3, 1],
    ]);
    expect(sheets[0].merges).toEqual([
      { top: 1, left: 1, bottom: 2, right: 4 },
      { top: 4, left: 3, bottom: 6, right: 3 },
    ]);
  });

  it("skips a chart embedded in a worksheet (a substream inside it)", async () => {
    const chartBof = record(0x0809, [
      ...le.u16(0x0600),
      ...le.u16(0x0020),
      ...new Array<number>(12).fill(0),
    ]);
    const [s] = await readXlsAll(
      xlsFile({
        sheets: [
          {
            name: "S",
            records: [
              cell.number(0, 0, 1),
              chartBof,
              cell.number(0, 1, 99),
              record(0x000a, []),
              cell.number(1, 0, 2),
            ],
          },
        ],
      })
    );
    expect(cellMap(s)).toEqual({ A1: 1, A2: 2 });
  });
});

describe("strings across CONTINUE records", () => {
  const strings = ["上海甲科技有限公司", "Shanghai Yi Co., Ltd.", "丙", "", "GR202231000123 丁"];
  const body = (): number => {
    const [sst] = sstRecords(strings, { splits: [] });
    return sst.length - 4;
  };
  /** Byte offsets in the unsplit SST body that fall inside a two-byte character. */
  const midCharacter = (): Set<number> => {
    // Walk the body as the builder lays it out: counts, then each string's header, characters, tail.
    const out = new Set<number>();
    let pos = 8;
    strings.forEach((s, i) => {
      const wide = [...s].some((c) => c.charCodeAt(0) > 0xff);
      pos += 3 + (i % 3 === 1 ? 2 : 0) + (i % 5 === 2 ? 4 : 0);
      if (wide) for (let k = 0; k < s.length; k++) out.add(pos + 2 * k + 1);
      pos += s.length * (wide ? 2 : 1) + (i % 3 === 1 ? 4 : 0) + (i % 5 === 2 ? 6 : 0);
    });
    return out;
  };

  it("reads the shared strings whole, or refuses a character split in two, wherever the CONTINUE starts", async () => {
    const inside = midCharacter();
    const records = strings.map((_, i) => cell.labelSst(i, 0, i));
    for (let at = 1; at < body(); at++) {
      const file = xlsFile({ strings, sst: { splits: [at] }, sheets: [{ name: "S", records }] });
      if (inside.has(at)) {
        await expect(refusal(file)).resolves.toMatch(
          /shared string table \(SST\) splits a character across two records/
        );
        await expect(refusalIn("zh-CN", file)).resolves.toBe(
          "共享字符串表（SST）把一个字符拆在两条记录中"
        );
      } else {
        const [s] = await readXlsAll(file);
        expect([at, s.rows.map((r) => r.values[0])]).toEqual([at, strings]);
      }
    }
  });

  it("reads a table split into many records, each string continuing in the other width", async () => {
    const many = Array.from({ length: 3000 }, (_, i) => (i % 2 ? `企业${i}` : `company ${i}`));
    const [sst, ...rest] = sstRecords(many);
    expect(rest.length).toBeGreaterThan(3);
    const [s] = await readXlsAll(
      xlsFile({
        strings: many,
        sheets: [{ name: "S", records: many.map((_, i) => cell.labelSst(i, 0, i)) }],
      })
    );
    expect(sst[0]).toBe(0xfc);
    expect(s.rows.map((r) => r.values[0])).toEqual(many);
  });

  it("reads a LABEL and a formula's STRING continued in a CONTINUE record with the other width", async () => {
    // 'abc' compressed in the record, then '甲乙' in two-byte characters in the CONTINUE after it.
    const label = record(0x0204, [
      ...le.u16(1),
      ...le.u16(0),
      ...le.u16(0),
      ...le.u16(5),
      0,
      0x61,
      0x62,
      0x63,
    ]);
    const more = record(0x003c, [1, 0x32, 0x75, 0x59, 0x4e]);
    const string = record(0x0207, [...le.u16(4), 1, 0x0a, 0x4e, 0x59, 0x4e]); // 上乙, then AB
    const more2 = record(0x003c, [0, 0x41, 0x42]);
    const [s] = await readXlsAll(
      xlsFile({
        sheets: [
          { name: "S", records: [label, more, cell.formula(2, 0, cached.string()), string, more2] },
        ],
      })
    );
    expect(cellMap(s)).toEqual({ A2: "abc甲乙", A3: "上乙AB" });
  });

  it("stops at the strings the table holds, whatever count it states", async () => {
    const [s] = await readXlsAll(
      xlsFile({
        strings: ["甲", "乙"],
        sst: { unique: 2 ** 31 },
        sheets: [{ name: "S", records: [cell.labelSst(0, 0, 1)] }],
      })
    );
    expect(s.rows[0].values[0]).toBe("乙");
  });
});
