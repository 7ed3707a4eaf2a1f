/**
 * Every text parser of the engine stays linear in its input: each runs over 100,000-character
 * inputs built to make a backtracking pattern explode (long runs of spaces between the parts of a date,
 * unclosed brackets in a header cell, a padded revocation year). A linear parser needs milliseconds; the
 * bound is generous (seconds) so that a paused machine does not fail it, while a quadratic or cubic
 * regression (minutes to hours at this size) does.
 */
import { parseCertNumber } from "../../src/domain/enterprise/certificate";
import { checkCreditCode } from "../../src/domain/enterprise/creditCode";
import { parseDateValue, plainDateSerial } from "../../src/domain/core/dates";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/domain/settings/settings";
import { parseAwardType } from "../../src/domain/settings/awardRules";
import { readRoster } from "../../src/domain/roster/readRoster";
import { detectHeader } from "../../src/domain/roster/rosterHeader";
import { headerField } from "../../src/domain/sheets/enterpriseHeadings";
import { DEFAULT_TARGETS, readTargetTable } from "../../src/domain/targets/targetTable";
import { normaliseName } from "../../src/domain/core/text";
import { createUnitResolver } from "../../src/domain/enterprise/units";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import { serialFromYmd } from "../../src/domain/core/dates";
import type { CellValue } from "../../src/domain/core/types";

const N = 100_000;
const BOUND_MS = 3000;
const spaces = " ".repeat(N);

/** Runs `fn` and fails when it takes longer than the bound. */
function linear(fn: () => unknown): void {
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  expect(ms).toBeLessThan(BOUND_MS);
}

const DATE_TEXTS: [string, string][] = [
  ["spaces between digits and 日", `2022年7月8${spaces}日`],
  ["spaces between digits and 日, then a stray letter", `2022年7月8${spaces}日x`],
  ["spaces before a time", `2022-07-08${spaces}T${spaces}0:00`],
  ["spaces between the parts", `2022${spaces}-${spaces}7${spaces}-${spaces}8`],
  ["a long run of digits", "2".repeat(N)],
  ["full-width digits", "２".repeat(N)],
  ["Chinese numerals", "二〇二二年" + "十".repeat(N) + "月"],
  ["separators", "2022" + "-".repeat(N)],
];

describe("text parsers are linear in their input (100,000 characters)", () => {
  it.each(DATE_TEXTS)("dates: %s", (_label, text) => {
    linear(() => {
      const p = parseDateValue(text);
      expect(p.kind).toBe("bad");
      // The message quotes a bounded part of the cell, not all of it.
      if (p.kind === "bad") expect(p.text.length).toBeLessThanOrEqual(65);
      plainDateSerial(text);
    });
  });

  it.each([
    ["unclosed round brackets", "(".repeat(N)],
    ["unclosed Chinese brackets", "所属镇（" + "（".repeat(N)],
    ["brackets then a field name", "【".repeat(N) + "企业名称"],
    ["spaces", spaces + "企业名称" + spaces],
  ])("header cells: %s", (_label, text) => {
    linear(() => {
      expect(headerField(text)).toBeNull();
      detectHeader([[text, text, "证书编号"], [text]]);
    });
  });

  it("a revocation year padded with spaces, and every cell of a roster row at once", () => {
    const header = [
      "企业名称",
      "统一社会信用代码",
      "证书编号",
      "发证日期",
      "所属镇",
      "认定类型",
      "迁入日期",
      "取消年度",
    ];
    const row = [
      spaces + "甲" + spaces,
      "９".repeat(N),
      "gr" + spaces + "2022",
      `2022年7月8${spaces}日`,
      "(" + spaces,
      "首次" + spaces,
      "2023" + spaces + "x",
      `${spaces}2023${spaces}年`,
    ];
    const resolve = createUnitResolver(DEFAULT_TARGETS.units, {});
    linear(() => {
      const r = readRoster({ name: "名单", values: [header, row] }, DEFAULT_SETTINGS, resolve)!;
      expect(r.records).toHaveLength(1);
      expect(r.findings.map((f) => f.code)).toEqual(
        expect.arrayContaining(["credit-code", "bad-date", "unknown-unit"])
      );
    });
  });

  it.each([
    ["names", () => normaliseName("上海\u3000" + "　 ".repeat(N) + "公司")],
    ["certificate numbers", () => parseCertNumber("GR" + " ".repeat(N) + "2022")],
    ["credit codes", () => checkCreditCode("９" + " ".repeat(N))],
    ["award types", () => parseAwardType("首次" + spaces + "认定")],
    [
      "unit names",
      () => createUnitResolver(DEFAULT_TARGETS.units, {})("枫泾" + spaces + "（" + "（".repeat(N)),
    ],
    [
      "target tables",
      () =>
        readTargetTable({
          name: "目标",
          values: [
            ["责任单位", "2023" + "年".repeat(N)],
            ["枫泾" + spaces, "1" + spaces],
          ],
        }),
    ],
    [
      "settings",
      () => expect(() => parseSettings({ window: { start: "2022-" + "0".repeat(N) } })).toThrow(),
    ],
  ])("%s", (_label, fn) => {
    linear(fn);
  });
});

describe("grouping rows by enterprise is linear in the rows of one enterprise", () => {
  it("100,000 rows of one name: each certificate's repeats found without comparing all pairs", () => {
    // Two rows for each of 50,000 certificate numbers, all under one name, as a hostile sheet may hold.
    const rows: CellValue[][] = Array.from({ length: N }, (_, i) => [
      "上海甲科技有限公司",
      `GR2022310${String(i % (N / 2)).padStart(5, "0")}`,
      serialFromYmd(2022, 7, 8),
      "枫泾镇",
    ]);
    const values = [["企业名称", "证书编号", "发证日期", "所属镇（园区）"], ...rows];
    const t0 = performance.now();
    const a = analyseWorkbook([{ name: "名单", values }], { asOf: serialFromYmd(2023, 12, 31) });
    // The whole analysis, not a parser alone: a looser bound; the pairwise comparison took minutes.
    expect(performance.now() - t0).toBeLessThan(5 * BOUND_MS);
    const duplicates = a.findings.filter((f) => f.code === "duplicate");
    expect(duplicates).toHaveLength(N / 2);
    expect(duplicates.map((f) => f.row).sort((x, y) => x - y)[0]).toBe(N / 2 + 2);
  });
});
