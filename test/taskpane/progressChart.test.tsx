/** The 总览's line of the year (valid by month against the target) and the unit table's trend marks. */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { ProgressChart } from "../../src/taskpane/dashboard/ProgressChart";
import { UnitTable } from "../../src/taskpane/dashboard/UnitTable";
import { I18nProvider } from "../../src/taskpane/i18n/I18nContext";
import { unitTrends } from "../../src/taskpane/dashboard/trend";
import type { Analysis } from "../../src/domain/core/types";
import { sampleAnalysis } from "../domain/report/fixture";
import { checkA11y, installJsdomShims } from "./paneTestSetup";

beforeAll(installJsdomShims);
jest.setTimeout(30_000);

/** The fixture's months with December changed: 枫泾镇 gained 1, 朱泾镇 lost 3, the others held. */
function analysis(): Analysis {
  const a = sampleAnalysis();
  const dec = a.progress[11];
  a.progress[11] = {
    ...dec,
    units: dec.units.map((u, k) => {
      const nov = a.progress[10].units[k].valid;
      return { ...u, valid: u.unit === "朱泾镇" ? nov - 3 : u.unit === "枫泾镇" ? nov + 1 : nov };
    }),
  };
  a.progress[11].valid = a.progress[11].units.reduce((s, u) => s + u.valid, 0);
  return a;
}

const wrap = (lang: "zh-CN" | "en-US", node: React.ReactNode, dark = false) => (
  <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
    <I18nProvider lang={lang}>{node}</I18nProvider>
  </FluentProvider>
);

describe("the progress chart", () => {
  it.each([
    [
      "zh-CN",
      false,
      "折线图：全区各月末有效期内高企数",
      "目标 250",
      ["1月", "3月", "5月", "7月", "9月", "11月"],
    ],
    [
      "en-US",
      true,
      "Line chart: valid HNTEs of District at each month end",
      "target 250",
      ["Jan", "Mar", "May", "Jul", "Sep", "Nov"],
    ],
  ] as const)(
    "%s (dark %s): the district's line through every month end, the dashed target, labelled months",
    async (lang, dark, label, target, months) => {
      const a = analysis();
      const { container } = render(wrap(lang, <ProgressChart analysis={a} />, dark));
      const svg = within(screen.getByTestId("progress-chart")).getByRole("img");
      expect(svg.getAttribute("aria-label")).toContain(label);
      expect(svg.getAttribute("aria-label")).toContain(target);
      expect(svg.getAttribute("aria-label")).toContain("2023-12-31");
      expect(
        screen.getByTestId("progress-line").getAttribute("d")!.split(/[ML]/).filter(Boolean)
      ).toHaveLength(12);
      expect(screen.getByTestId("progress-target").getAttribute("stroke-dasharray")).toBe("5 3");
      expect(screen.getAllByTestId("progress-month").map((m) => m.textContent)).toEqual(months);
      await checkA11y(container);
    }
  );

  it("draws the line lower where the count fell, and switches to one unit with its own target", () => {
    const a = analysis();
    render(wrap("zh-CN", <ProgressChart analysis={a} />));
    const ys = () =>
      screen
        .getByTestId("progress-line")
        .getAttribute("d")!
        .split(/[ML]/)
        .filter(Boolean)
        .map((p) => Number(p.split(",")[1]));
    fireEvent.change(screen.getByTestId("progress-unit"), { target: { value: "朱泾镇" } });
    const svg = within(screen.getByTestId("progress-chart")).getByRole("img");
    expect(svg.getAttribute("aria-label")).toContain("朱泾镇");
    expect(svg.getAttribute("aria-label")).toContain("目标 100");
    const y = ys();
    // SVG y grows downwards: March's dip and December's fall sit lower than the month before.
    expect(y[2]).toBeGreaterThan(y[1]);
    expect(y[11]).toBeGreaterThan(y[10]);
  });

  it("is not drawn without progress dates", () => {
    render(wrap("zh-CN", <ProgressChart analysis={sampleAnalysis({ progress: [], falls: [] })} />));
    expect(screen.queryByTestId("progress-chart")).toBeNull();
  });
});

describe("the unit table's trend marks", () => {
  it.each([
    ["zh-CN", { 枫泾镇: "较上月末增加 1 家", 朱泾镇: "较上月末减少 3 家", 亭林镇: "与上月末持平" }],
    [
      "en-US",
      {
        枫泾镇: "1 more than at the last month end",
        朱泾镇: "3 fewer than at the last month end",
        亭林镇: "as many as at the last month end",
      },
    ],
  ] as const)(
    "%s: up, down or flat since the last month end, each with its accessible name",
    async (lang, names) => {
      const a = analysis();
      const { container } = render(
        wrap(lang, <UnitTable units={a.units} total={a.total} trends={unitTrends(a)} />)
      );
      const rows = screen.getAllByTestId("unit-row");
      const rowOf = (unit: string) =>
        rows.find((r) => r.querySelector("td")!.textContent === unit)!;
      const markOf = (unit: string) => within(rowOf(unit)).getByTestId("unit-trend");
      for (const [unit, name] of Object.entries(names))
        expect(within(rowOf(unit)).getByRole("img", { name })).toBe(markOf(unit));
      expect(markOf("朱泾镇").getAttribute("data-direction")).toBe("down");
      expect(markOf("亭林镇").getAttribute("data-direction")).toBe("flat");
      expect(markOf("枫泾镇").getAttribute("data-direction")).toBe("up");
      // Shape as well as colour: a triangle pointing up or down, a bar when flat.
      expect(markOf("枫泾镇").querySelector("polygon")!.getAttribute("points")).toBe(
        "0,6 3.5,0 7,6"
      );
      expect(markOf("亭林镇").querySelector("rect")).not.toBeNull();
      expect(
        within(screen.getByTestId("unit-total"))
          .getByTestId("unit-trend")
          .getAttribute("data-direction")
      ).toBe("down");
      // The mark adds no words to the row: the unit's name and its figures read as before.
      expect(rowOf("朱泾镇").querySelector("td")!.textContent).toBe("朱泾镇");
      await checkA11y(container);
    }
  );

  it("in January measures from the previous year end", () => {
    const a = sampleAnalysis();
    a.progress = a.progress.slice(0, 1);
    const trends = unitTrends(a);
    expect(trends.get("枫泾镇")).toEqual({
      direction: a.progress[0].units[0].valid > 90 ? "up" : "flat",
      change: a.progress[0].units[0].valid - 90,
    });
    expect(unitTrends(sampleAnalysis({ progress: [] })).size).toBe(0);
  });
});
