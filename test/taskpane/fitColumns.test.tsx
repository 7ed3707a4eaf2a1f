/**
 * Tables that fit the pane whatever its fonts: in jsdom nothing has a width, so each test gives the
 * table's box a width and each column head a width, as a browser with a wider or narrower font would.
 * Columns then give way (the last first, or in the order a table asks), a note names them, a unit's name
 * opens their values under its row, and they come back when the box grows.
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import { CompactUnitTable, type CompactColumn } from "../../src/taskpane/components/FitTable";
import { UnitTable } from "../../src/taskpane/dashboard/UnitTable";
import { I18nProvider } from "../../src/taskpane/i18n/I18nContext";
import { formatWan } from "../../src/taskpane/state/format";
import { AS_OF, SHEETS } from "./fixtures";
import { checkA11y } from "./paneTestSetup";

/** The box's width, and each column head's: a table is as wide as its heads. */
let boxPx = 0;
let headPx = 0;
const resized: ((entries: { contentRect: { width: number } }[]) => void)[] = [];

beforeAll(() => {
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    addEventListener() {},
    removeEventListener() {},
  })) as never;
  window.ResizeObserver = class {
    constructor(cb: (entries: { contentRect: { width: number } }[]) => void) {
      resized.push(cb);
    }
    observe() {}
    unobserve() {}
    disconnect() {}
  } as never;
  const holdsTable = (el: HTMLElement) => el.firstElementChild?.tagName === "TABLE";
  Object.defineProperty(HTMLElement.prototype, "clientWidth", {
    configurable: true,
    get: function (this: HTMLElement) {
      return holdsTable(this) ? boxPx : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, "scrollWidth", {
    configurable: true,
    get: function (this: HTMLElement) {
      return holdsTable(this) ? this.querySelectorAll("th").length * headPx : 0;
    },
  });
});

afterAll(() => {
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
  delete (HTMLElement.prototype as { scrollWidth?: number }).scrollWidth;
});

const heads = () => screen.getAllByRole("columnheader").map((h) => h.textContent);

const COLUMNS: CompactColumn[] = ["A", "B", "C", "D"].map((k) => ({ key: k, head: k }));
const ROWS = [
  { key: "x", name: "枫泾镇", values: ["1", "2", "3", "4"], testId: "t-row" },
  {
    key: "__total",
    name: "合计",
    values: ["10", "20", "30", "40"],
    total: true,
    testId: "t-total",
  },
];

function renderCompact(columns = COLUMNS) {
  return render(
    <I18nProvider lang="zh-CN">
      <CompactUnitTable columns={columns} rows={ROWS} caption="表" unitHead="单位" />
    </I18nProvider>
  );
}

describe("a compact per-unit table", () => {
  it.each([
    // box, head width -> the heads shown
    [500, 60, ["单位", "A", "B", "C", "D"]],
    [300, 60, ["单位", "A", "B", "C", "D"]],
    // A pixel of rounding is not an overflow.
    [299, 60, ["单位", "A", "B", "C", "D"]],
    [298, 60, ["单位", "A", "B", "C"]],
    [200, 60, ["单位", "A", "B"]],
    // The unit column stays however narrow the box.
    [10, 60, ["单位"]],
  ])("in a %i px box with %i px columns shows %j", (box, head, shown) => {
    boxPx = box;
    headPx = head;
    renderCompact();
    expect(heads()).toEqual(shown);
    const note = screen.queryByTestId("hidden-columns");
    const gone = ["A", "B", "C", "D"].filter((c) => !shown.includes(c));
    expect(note?.textContent ?? null).toBe(
      gone.length ? `窄屏放不下的列：${gone.join("、")}。点单位名查看。` : null
    );
  });

  it("opens a row's hidden values under it from the unit's name, and closes them again", async () => {
    boxPx = 200;
    headPx = 60;
    const { container } = renderCompact();
    const name = screen.getByRole("button", { name: "合计" });
    expect(name.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(name);
    expect(name.getAttribute("aria-expanded")).toBe("true");
    expect(
      within(screen.getByTestId("row-detail"))
        .getAllByText(/^[CD] /)
        .map((s) => s.textContent)
    ).toEqual(["C 30", "D 40"]);
    await checkA11y(container);
    fireEvent.click(name);
    expect(screen.queryByTestId("row-detail")).toBeNull();
  });

  it("names are plain text while every column fits", () => {
    boxPx = 500;
    headPx = 60;
    renderCompact();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("gives way in the order the table asks (here the first column first)", () => {
    boxPx = 190;
    headPx = 60;
    renderCompact(COLUMNS.map((c, i) => ({ ...c, giveWay: i })));
    expect(heads()).toEqual(["单位", "C", "D"]);
  });

  it("shows every column again when the box grows", () => {
    boxPx = 200;
    headPx = 60;
    renderCompact();
    expect(heads()).toHaveLength(3);
    boxPx = 600;
    act(() => resized.forEach((cb) => cb([{ contentRect: { width: 600 } }])));
    expect(heads()).toEqual(["单位", "A", "B", "C", "D"]);
  });
});

describe("the unit table", () => {
  const analysis = analyseWorkbook(SHEETS, { asOf: AS_OF, settings: DEFAULT_SETTINGS });

  it("gives up 奖励 first and shows it under a unit's row, in 万 as its head says", () => {
    boxPx = 7 * 45 - 2;
    headPx = 45;
    render(
      <I18nProvider lang="zh-CN">
        <UnitTable units={analysis.units} total={analysis.total} />
      </I18nProvider>
    );
    expect(heads()).toEqual(["单位", "目标", "有效", "完成率", "缺口", "到期"]);
    expect(screen.getByTestId("hidden-columns").textContent).toBe(
      "窄屏放不下的列：奖励(万)。点单位名查看。"
    );
    fireEvent.click(within(screen.getByTestId("unit-total")).getByRole("button", { name: "合计" }));
    expect(screen.getByTestId("row-detail").textContent).toBe(
      `奖励(万) ${formatWan(analysis.total.awards, "zh-CN")}`
    );
  });

  it("keeps the unit and the completion bar however narrow (English)", () => {
    boxPx = 50;
    headPx = 45;
    render(
      <I18nProvider lang="en-US">
        <UnitTable units={analysis.units} total={analysis.total} />
      </I18nProvider>
    );
    expect(heads()).toEqual(["Unit", "Done"]);
    expect(screen.getByTestId("hidden-columns").textContent).toBe(
      "Not shown at this width: Target, Valid, Gap, Exp., ¥10k. Click a unit to see them."
    );
  });
});
