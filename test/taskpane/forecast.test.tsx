/**
 * The forecast and the pool in the pane: the unit table's forecast columns behind their switch, the 培育库
 * tab, and the same figures in the pane, the bulletin and the CLI's JSON (one analysis, three doors).
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { analysisJson } from "../../src/cli/jsonOutput";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import { buildReportBook } from "../../src/domain/report/buildReport";
import type { SheetId } from "../../src/domain/report/layout";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import { setSettings } from "../../src/state/session";
import { App } from "../../src/taskpane/App";
import { createPreviewSource } from "../../src/taskpane/preview/previewSource";
import { checkA11y, installJsdomShims } from "./paneTestSetup";
import { AS_OF, POOL, SHEETS } from "./fixtures";

beforeAll(installJsdomShims);
beforeEach(() => setSettings(DEFAULT_SETTINGS));
jest.setTimeout(30_000);

const WORKBOOK = [...SHEETS, POOL];
const analysis = analyseWorkbook(WORKBOOK, { asOf: AS_OF, settings: DEFAULT_SETTINGS });
const json = analysisJson(analysis, "zh-CN");
const book = buildReportBook({
  sheets: WORKBOOK,
  analysis,
  settings: DEFAULT_SETTINGS,
  lang: "zh-CN",
  today: AS_OF,
});
const sheetOf = (id: SheetId) => book.find((l) => l.id === id)!;

async function renderPane(lang: "zh-CN" | "en-US" = "zh-CN") {
  const source = createPreviewSource(async () => WORKBOOK);
  const view = render(<App source={source} initialLang={lang} dark={false} initialAsOf={AS_OF} />);
  await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
  return { source, ...view };
}

describe("the worked figures this file relies on", () => {
  it("has candidates, a stale stage and a forecast short of the target", () => {
    expect(json.total.pool).toEqual({
      found: 1,
      served: 1,
      submitted: 2,
      recognised: 1,
      recognisedThisYear: 0,
    });
    expect(json.total.forecast.dropping).toBe(2); // 甲 (valid to 2023-11-11) and 戊 (to 2023-07-31)
    expect(json.total.forecast.needed).toBeGreaterThan(0);
  });
});

describe("the unit table's forecast columns", () => {
  it("a narrow pane shows 到期 and 奖励 until the switch puts 预计年末 and 还需 in their place", async () => {
    const { container } = await renderPane();
    const heads = () => screen.getAllByRole("columnheader").map((h) => h.textContent);
    expect(heads()).toEqual(["单位", "目标", "有效", "完成率", "缺口", "到期", "奖励(万)"]);
    fireEvent.click(screen.getByRole("switch", { name: "年末预测" }));
    expect(heads()).toEqual(["单位", "目标", "有效", "完成率", "缺口", "预计", "还需"]);
    await checkA11y(container);
  });

  it("shows the JSON's figures: the forecast rounded, the applications needed, the terms in the tooltip", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("switch", { name: "年末预测" }));
    const rows = [...screen.getAllByTestId("unit-row"), screen.getByTestId("unit-total")];
    const shown = rows.map((r) => [
      within(r).getByTestId("unit-forecast").textContent,
      within(r).getByTestId("unit-needed").textContent,
    ]);
    const expected = [...json.units, json.total].map((u) => [
      Math.round(u.forecast.value).toLocaleString("zh-CN"),
      u.forecast.needed === null ? "—" : u.forecast.needed.toLocaleString("zh-CN"),
    ]);
    expect(shown).toEqual(expected);
    const total = within(screen.getByTestId("unit-total")).getByTestId("unit-forecast");
    expect(total.getAttribute("title")).toMatch(
      /^预计年末 [\d.,]+ = 有效 \d+ − 年内到期 2 \+ 续认 1\.4 \+ 新认定 1\.4$/
    );
  });

  it("sorts by the forecast", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("switch", { name: "年末预测" }));
    fireEvent.click(screen.getByRole("button", { name: "预计年末" }));
    const values = screen
      .getAllByTestId("unit-row")
      .map((r) => Number(within(r).getByTestId("unit-forecast").textContent));
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it("speaks English", async () => {
    await renderPane("en-US");
    fireEvent.click(screen.getByRole("switch", { name: "Year-end forecast" }));
    expect(
      screen
        .getAllByRole("columnheader")
        .map((h) => h.textContent)
        .slice(-2)
    ).toEqual(["Y/E est.", "Need"]);
  });
});

describe("the 培育库 tab", () => {
  async function openPool(lang: "zh-CN" | "en-US" = "zh-CN") {
    const pane = await renderPane(lang);
    fireEvent.click(screen.getByRole("tab", { name: lang === "zh-CN" ? "培育库" : "Pool" }));
    await screen.findAllByTestId("pool-row", {}, { timeout: 15_000 });
    return pane;
  }

  it("counts each unit's pool by stage, as the JSON does", async () => {
    const { container } = await openPool();
    const rows = [...screen.getAllByTestId("pool-row"), screen.getByTestId("pool-total")];
    const shown = rows.map((r) =>
      within(r)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    );
    const expected = [...json.units, json.total].map((u, i) => [
      i === json.units.length ? "合计" : u.unit,
      ...[
        u.pool.found,
        u.pool.served,
        u.pool.submitted,
        u.pool.recognised,
        u.pool.recognisedThisYear,
      ].map(String),
    ]);
    expect(shown).toEqual(expected);
    expect(screen.getByRole("heading", { name: "培育库（5 家）" })).toBeTruthy();
    await checkA11y(container);
  });

  it("says the bulletin's forecast sentence, then the rates the bulletin gives in its note", async () => {
    await openPool();
    const layout = sheetOf("bulletin");
    const row = layout.sections.find((s) => s.id === "forecast")!.firstRow;
    const sentence = String(layout.values[row][0]);
    const notes = layout.sections.find((s) => s.id === "notes")!;
    const basis = String(layout.values[notes.lastRow][0]).replace(/^.*?(预计年末数按)/, "$1");
    expect(screen.getByTestId("forecast-sentence").textContent).toBe(sentence + basis);
  });

  it("lists the stale stage and goes to its cell on click", async () => {
    const { source } = await openPool();
    const items = screen.getAllByTestId("pool-stale-item");
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringMatching(
        /^上海甲科技有限公司已于 2020-11-12 认定（GR202031000001），培育库仍为“推出”$/
      ),
    ]);
    fireEvent.click(items[0]);
    await waitFor(() =>
      expect(source.lastSelection).toEqual({ sheet: "培育库", row: 2, column: "D" })
    );
  });

  it("lists the submitted enterprises with their planned year and selects the row on click", async () => {
    const { source } = await openPool();
    const items = screen.getAllByTestId("pool-submitted-item");
    // By unit: the unit is the group's heading, not repeated in each entry.
    expect(items.map((i) => i.textContent)).toEqual([
      "上海庚科技有限公司计划 2023 年申报",
      "上海壬科技有限公司未填申报年度",
    ]);
    expect(screen.getByRole("heading", { name: "朱泾镇 (1)" })).toBeTruthy();
    fireEvent.click(items[1]);
    await waitFor(() =>
      expect(source.lastSelection).toEqual({ sheet: "培育库", row: 5, column: undefined })
    );
  });

  it("speaks English", async () => {
    await openPool("en-US");
    expect(screen.getByRole("heading", { name: "Cultivation pool (5)" })).toBeTruthy();
    expect(screen.getAllByTestId("pool-submitted-item")[1].textContent).toContain(
      "no planned year"
    );
  });

  it("without a pool sheet it says how one is recognised, and still forecasts", async () => {
    render(
      <App
        source={createPreviewSource(async () => SHEETS)}
        initialLang="zh-CN"
        dark={false}
        initialAsOf={AS_OF}
      />
    );
    await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
    fireEvent.click(screen.getByRole("tab", { name: "培育库" }));
    expect(
      await screen.findByText(/工作簿中没有培育库工作表/, {}, { timeout: 15_000 })
    ).toBeTruthy();
    expect(screen.getByTestId("forecast-sentence").textContent).toMatch(
      /^按当前培育库和续认率测算，预计年末\d+家.*。预计年末数按.*测算。$/
    );
  });
});

describe("the bulletin shows the JSON's figures", () => {
  const layout = sheetOf("bulletin");
  const section = (id: string) => layout.sections.find((s) => s.id === id)!;

  it("the unit table's 预计年末 holds each unit's exact forecast", () => {
    const s = section("units");
    const col = layout.values[s.headerRow].indexOf("预计年末");
    // The table is in rank order: each row is matched to its unit by name (合计 last).
    const cells = new Map(
      layout.values
        .slice(s.firstRow, s.lastRow + 1)
        .map((r) => [r[1] === "合计" ? "合计" : r[1], r[col]])
    );
    expect(cells.size).toBe(json.units.length + 1);
    for (const u of [...json.units, json.total]) expect(cells.get(u.unit)).toBe(u.forecast.value);
  });

  it("the pool annex holds each unit's pool", () => {
    const pool = sheetOf("pool");
    const s = pool.sections.find((x) => x.id === "pool")!;
    const rows = pool.values.slice(s.firstRow, s.lastRow + 1).map((r) => r.slice(1, 6));
    expect(rows).toEqual(
      [...json.units, json.total].map((u) => [
        u.pool.found,
        u.pool.served,
        u.pool.submitted,
        u.pool.recognised,
        u.pool.recognisedThisYear,
      ])
    );
  });

  it("the summary sentence rounds the JSON's total forecast and gives its needed", () => {
    const sentence = layout.values[section("forecast").firstRow][0] as string;
    const f = json.total.forecast;
    // Running text: no space before 家, no thousands separator.
    expect(sentence).toContain(`预计年末${Math.round(f.value)}家`);
    expect(sentence).toContain(`还需推出约${f.needed!}家`);
    expect(sentence).toContain(`距目标差${json.total.target! - Math.round(f.value)}家`);
  });
});
