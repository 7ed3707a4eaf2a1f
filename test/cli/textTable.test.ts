import { displayWidth, formatUnitTable } from "../../src/cli/textTable";
import { sampleAnalysis } from "../domain/report/fixture";

describe("displayWidth", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["枫泾镇", 6],
    ["合计 12", 7],
    ["（）", 4],
    ["—", 1],
    ["95.0%", 5],
  ])("%j is %i columns wide", (s, w) => expect(displayWidth(s)).toBe(w));
});

describe("formatUnitTable", () => {
  const text = formatUnitTable(sampleAnalysis(), "zh-CN", "标题");
  const lines = text.trimEnd().split("\n");

  it("prints title, header, rule, units, rule, total", () => {
    expect(lines[0]).toBe("标题");
    expect(lines[1].split(/\s{2,}/)).toEqual([
      "责任单位",
      "目标",
      "有效期内高企",
      "完成率",
      "缺口",
      "净增",
      "年内到期",
      "奖励金额",
      "预计年末",
      "还需推出",
    ]);
    expect(lines[2]).toMatch(/^-+$/);
    expect(lines.slice(3, 7).map((l) => l.split(/\s+/)[0])).toEqual([
      "枫泾镇",
      "朱泾镇",
      "亭林镇",
      "其他",
    ]);
    expect(lines[8].split(/\s+/)).toEqual([
      "合计",
      "250",
      "188",
      "75.2%",
      "62",
      "+20",
      "3",
      "750,000",
      "189",
      "88",
    ]);
  });

  it("right-aligns every column so that all rows end at the same display column", () => {
    const widths = lines
      .slice(1)
      .filter((l) => !/^-+$/.test(l))
      .map(displayWidth);
    expect(new Set(widths).size).toBe(1);
    expect(displayWidth(lines[2])).toBe(widths[0]);
  });

  it("shows — where a unit has no target", () => {
    expect(lines[6].split(/\s+/)).toEqual([
      "其他",
      "—",
      "3",
      "—",
      "—",
      "+5",
      "1",
      "250,000",
      "3",
      "—",
    ]);
  });

  it("rounds the forecast (an expected value) and prints the applications needed", () => {
    // 枫泾镇: forecast 95.2 -> 95; 4.8 short at 70% -> 7 applications.
    expect(lines[3].split(/\s+/).slice(-2)).toEqual(["95", "7"]);
  });
});

describe("formatUnitTable with text that would drive a terminal", () => {
  it("writes escape and control characters out, so the workbook cannot clear or recolour the screen", () => {
    const a = sampleAnalysis();
    a.units[0].unit = "\u001b[2J\u001b[31m恶意镇\u0007";
    const text = formatUnitTable(a, "zh-CN", "金山区\u0000通报\u001b]0;x\u0007");
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(text).toContain("\\x1B[2J\\x1B[31m恶意镇\\x07");
    expect(text.split("\n")[0]).toBe("金山区\\x00通报\\x1B]0;x\\x07");
  });

  it("shows a target of minus zero as 0", () => {
    const a = sampleAnalysis();
    a.units[0].target = -0;
    const row = formatUnitTable(a, "zh-CN", "t").split("\n")[3];
    expect(row.split(/\s+/)[1]).toBe("0");
  });
});
