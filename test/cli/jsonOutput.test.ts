import { analysisJson, analysisJsonText } from "../../src/cli/jsonOutput";
import type { Finding } from "../../src/domain/core/types";
import { serialFromIso } from "../../src/domain/core/dates";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import { sampleAnalysis, sampleCompare } from "../domain/report/fixture";

const finding = (i: number): Finding => ({
  sheet: "名单",
  row: i + 2,
  column: "C",
  code: "credit-code",
  severity: "warning",
  message: { "zh-CN": `第${i}条 "引号" \\ 反斜杠\n换行`, "en-US": `finding ${i}` },
});

describe("the JSON output, written in slices", () => {
  it.each([0, 1, 6, 7, 8, 22])(
    "is byte for byte JSON.stringify of the whole with %d findings",
    (n) => {
      for (const lang of ["zh-CN", "en-US"] as const) {
        const a = sampleAnalysis({ findings: Array.from({ length: n }, (_, i) => finding(i)) });
        const whole = JSON.stringify(analysisJson(a, lang), null, 2) + "\n";
        // Slices of 7 items: lists shorter than, equal to, and across several slices.
        expect([...analysisJsonText(a, lang, 7)].join("")).toBe(whole);
        expect([...analysisJsonText(a, lang)].join("")).toBe(whole);
      }
    }
  );

  it("ends with the bulletin's 较上期 when given the analysis at the comparison date, written in slices alike", () => {
    const a = sampleAnalysis();
    const json = analysisJson(a, "zh-CN", sampleCompare(a));
    expect(Object.keys(json).at(-1)).toBe("compare");
    expect(json.compare!.asOf).toBe("2022-12-31");
    // 枫泾镇: 95 of 100 now, 90 at the comparison date; 其他 has no target, so no completion change.
    expect(json.compare!.units[0]).toEqual({
      unit: "枫泾镇",
      valid: 90,
      completion: 0.9,
      validChange: 5,
      completionChange: 5,
    });
    expect(json.compare!.units[3]).toEqual({
      unit: "其他",
      valid: -2,
      completion: null,
      validChange: 5,
      completionChange: null,
    });
    expect(json.compare!.total).toEqual({
      unit: "合计",
      valid: 168,
      completion: 168 / 250,
      validChange: 20,
      completionChange: 8,
    });
    expect([...analysisJsonText(a, "zh-CN", 1, sampleCompare(a))].join("")).toBe(
      JSON.stringify(json, null, 2) + "\n"
    );
    expect(analysisJson(a, "zh-CN")).not.toHaveProperty("compare");
  });

  it("writes each fall's enterprises in slices too, byte for byte as the whole", () => {
    const base = sampleAnalysis();
    const one = base.falls[0];
    const many = (n: number, file?: string) =>
      Array.from({ length: n }, (_, i) => ({
        ...one.enterprises[i % 2],
        row: 100 + i,
        ...(i % 3 === 0 ? { toUnit: "枫泾镇" } : {}),
        ...(file ? { file } : {}),
      }));
    const falls = [
      { ...one, enterprises: many(17) },
      { ...one, unit: "亭林镇", enterprises: [] },
      { ...one, unit: "其他", enterprises: many(7, "镇甲.xlsx") },
      { ...one, unit: "枫泾镇", enterprises: many(1) },
    ];
    for (const over of [{ falls }, { falls: falls.slice(1, 2) }, { falls: falls.slice(2) }]) {
      const a = sampleAnalysis(over);
      const whole = JSON.stringify(analysisJson(a, "zh-CN"), null, 2) + "\n";
      for (const slice of [1, 2, 7, 200]) {
        const pieces = [...analysisJsonText(a, "zh-CN", slice)];
        expect(pieces.join("")).toBe(whole);
      }
    }
    // No piece holds more than a slice of enterprises.
    const pieces = [...analysisJsonText(sampleAnalysis({ falls }), "zh-CN", 2)];
    expect(Math.max(...pieces.map((p) => p.split('"certNo"').length - 1))).toBeLessThanOrEqual(2);
  });

  it("with empty lists in every position", () => {
    for (const over of [
      { expiring: [] },
      { awards: [] },
      { expiring: [], awards: [], findings: [] },
      { toVisit: [] },
      { problems: [] },
      { pool: [], toVisit: [], problems: [] },
      { falls: [] },
      { progress: [], falls: [] },
    ]) {
      const a = sampleAnalysis(over);
      expect([...analysisJsonText(a, "zh-CN", 1)].join("")).toBe(
        JSON.stringify(analysisJson(a, "zh-CN"), null, 2) + "\n"
      );
    }
  });

  it("has the year's progress after the problems: per date the total and each unit keyed by name, then the falls", () => {
    const a = sampleAnalysis();
    const json = analysisJson(a, "en-US", sampleCompare(a));
    expect(Object.keys(json).slice(-4)).toEqual(["problems", "progress", "falls", "compare"]);
    expect(json.progress).toHaveLength(12);
    const march = json.progress[2];
    expect(Object.keys(march)).toEqual(["date", "valid", "completion", "units"]);
    expect(march.date).toBe("2023-03-31");
    expect(Object.keys(march.units)).toEqual(["枫泾镇", "朱泾镇", "亭林镇", "其他"]);
    expect(march.units["朱泾镇"]).toEqual({ valid: 64, completion: 0.64 });
    expect(march.units["其他"].completion).toBeNull();
    expect(march.valid).toBe(Object.values(march.units).reduce((sum, u) => sum + u.valid, 0));
    expect(march.completion).toBeCloseTo(march.valid / 250);
    expect(json.falls).toEqual([
      {
        unit: "朱泾镇",
        from: "2023-02-28",
        date: "2023-03-31",
        before: 66,
        after: 64,
        enterprises: [
          {
            sheet: "名单",
            row: 21,
            name: "上海壬癸电子有限公司",
            creditCode: "",
            certNo: "GR202031000021",
            reason: "lapsed",
            on: "2023-03-10",
          },
          {
            sheet: "名单",
            row: 30,
            name: "=上海子丑机械有限公司",
            creditCode: "",
            certNo: "GR202131000030",
            reason: "moved-out",
            on: "2023-03-15",
          },
        ],
      },
    ]);
  });

  it("names the new unit of an enterprise that moved between units, and only then", () => {
    const a = sampleAnalysis();
    const moved = {
      ...a.falls[0].enterprises[0],
      reason: "unit-change" as const,
      toUnit: "枫泾镇",
    };
    const json = analysisJson(
      sampleAnalysis({
        falls: [{ ...a.falls[0], enterprises: [moved, a.falls[0].enterprises[1]] }],
      }),
      "zh-CN"
    );
    expect(json.falls[0].enterprises.map((e) => e.toUnit)).toEqual(["枫泾镇", undefined]);
    expect(Object.keys(json.falls[0].enterprises[0]).at(-1)).toBe("toUnit");
    expect(json.falls[0].enterprises[1]).not.toHaveProperty("toUnit");
  });

  it("never holds the whole text: no piece is longer than a slice's worth", () => {
    const a = sampleAnalysis({ findings: Array.from({ length: 20_000 }, (_, i) => finding(i)) });
    const pieces = [...analysisJsonText(a, "en-US")];
    const longest = Math.max(...pieces.map((p) => p.length));
    expect(pieces.join("").length).toBeGreaterThan(3_000_000);
    expect(longest).toBeLessThan(1_000_000);
  });
});

describe("huge inputs never make a figure null or infinite", () => {
  /** Every number in a JSON value, with its path. */
  const numbers = (v: unknown, at = "$"): [string, number][] =>
    typeof v === "number"
      ? [[at, v]]
      : v && typeof v === "object"
        ? Object.entries(v).flatMap(([k, x]) => numbers(x, `${at}.${k}`))
        : [];

  it("astronomical targets are findings, and every figure stays a finite number", () => {
    const roster = {
      name: "名单",
      values: [
        ["企业名称", "证书编号", "发证日期", "所属镇"],
        ["甲", "GR202331000001", "2023-05-01", "枫泾镇"],
      ],
    };
    const targets = {
      name: "目标",
      values: [
        ["责任单位", "2023年"],
        ["枫泾镇", 1e308],
        ["朱泾镇", "1e308"],
        ["亭林镇", 5],
        ["合计", 1e308],
      ],
    };
    const a = analyseWorkbook([roster, targets], { asOf: serialFromIso("2023-12-31")! });
    const text = [...analysisJsonText(a, "zh-CN")].join("");
    const json = JSON.parse(text) as { total: { target: number | null } };
    expect(numbers(json).filter(([, n]) => !Number.isFinite(n))).toEqual([]);
    expect(json.total.target).toBe(5);
    expect(
      a.findings.filter((f) => f.code === "target-value").map((f) => `${f.column}${f.row}`)
    ).toEqual(["B2", "B3", "B5"]);
  });
});
