/**
 * 走访 in the pane: the expiring list's last contact, the 走访 tab (per-unit figures, the call
 * list and the open problems by unit, click-to-cell), 记录走访's checks and the entry it hands to the
 * workbook source, and the same figures as the CLI's JSON.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { analysisJson } from "../../src/cli/jsonOutput";
import type { ContactEntry } from "../../src/domain/contacts/contactTemplate";
import { serialFromYmd, todaySerial } from "../../src/domain/core/dates";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import type { SheetInput } from "../../src/domain/core/types";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import { setSettings } from "../../src/state/session";
import { App } from "../../src/taskpane/App";
import { createPreviewSource } from "../../src/taskpane/preview/previewSource";
import { AS_OF, CONTACTS, POOL, SHEETS } from "./fixtures";
import { checkA11y, installJsdomShims } from "./paneTestSetup";

beforeAll(installJsdomShims);
beforeEach(() => setSettings(DEFAULT_SETTINGS));
jest.setTimeout(30_000);

const WORKBOOK = [...SHEETS, POOL, CONTACTS];
const json = analysisJson(
  analyseWorkbook(WORKBOOK, { asOf: AS_OF, settings: DEFAULT_SETTINGS }),
  "zh-CN"
);

async function renderPane(sheets: SheetInput[] = WORKBOOK, lang: "zh-CN" | "en-US" = "zh-CN") {
  const source = createPreviewSource(async () => sheets);
  const appended: [string | null, ContactEntry][] = [];
  const append = source.appendContact.bind(source);
  source.appendContact = async (sheet, entry) => {
    appended.push([sheet, entry]);
    return append(sheet, entry);
  };
  const view = render(<App source={source} initialLang={lang} dark={false} initialAsOf={AS_OF} />);
  await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
  return { source, appended, ...view };
}

async function openContacts(sheets?: SheetInput[], lang: "zh-CN" | "en-US" = "zh-CN") {
  const pane = await renderPane(sheets, lang);
  fireEvent.click(
    screen.getByRole("tab", { name: new RegExp(lang === "zh-CN" ? "^走访" : "^Visits") })
  );
  await screen.findAllByTestId("contacts-row", {}, { timeout: 15_000 });
  return pane;
}

describe("the worked figures this file relies on", () => {
  it("has a contact, a stale call, never-contacted enterprises, an overdue problem and an unmatched row", () => {
    expect(json.total.contacts).toEqual({
      visits: 3,
      enterprises: 3,
      open: 2,
      overdue: 1,
      toVisit: 3,
    });
    expect(json.toVisit.map((v) => [v.name, v.reason, v.lastContact])).toEqual([
      ["上海庚科技有限公司", "submitted", "2023-01-05"],
      ["上海壬科技有限公司", "submitted", null],
      ["上海戊科技有限公司", "expiring", null],
    ]);
    expect(json.findings.filter((f) => f.code === "visit-unmatched").map((f) => f.row)).toEqual([
      5,
    ]);
  });
});

describe("the expiring list", () => {
  it("shows each enterprise's last contact, or 未联系", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("tab", { name: /^年内到期/ }));
    const items = await screen.findAllByTestId("expiring-item", {}, { timeout: 15_000 });
    const shown = items.map((i) => [
      i.textContent!.slice(0, 9),
      within(i).getByTestId("expiring-last-contact").textContent,
    ]);
    expect(shown).toEqual(
      json.expiring.map((e) => [
        e.name.slice(0, 9),
        e.lastContact === null ? "未联系" : `最近走访 ${e.lastContact}`,
      ])
    );
    expect(shown).toContainEqual(["上海甲科技有限公司", "最近走访 2023-05-10"]);
  });
});

describe("the 走访 tab", () => {
  it("counts each unit's contacts as the JSON does; the tab carries no count (no one list stands for the view)", async () => {
    const { container } = await openContacts();
    expect(screen.getByRole("tab", { name: "走访" })).toBeTruthy();
    const rows = [...screen.getAllByTestId("contacts-row"), screen.getByTestId("contacts-total")];
    const shown = rows.map((r) =>
      within(r)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    );
    const expected = [...json.units, json.total].map((u, i) => [
      i === json.units.length ? "合计" : u.unit,
      ...[
        u.contacts.visits,
        u.contacts.enterprises,
        u.contacts.open,
        u.contacts.overdue,
        u.contacts.toVisit,
      ].map(String),
    ]);
    expect(shown).toEqual(expected);
    await checkA11y(container);
  });

  it("lists 待走访 by unit with the last contact and the reason, and selects the row on click", async () => {
    const { source } = await openContacts();
    const items = screen.getAllByTestId("to-visit-item");
    expect(items.map((i) => i.textContent)).toEqual([
      "上海庚科技有限公司最近走访 2023-01-05已推出",
      "上海壬科技有限公司未联系已推出",
      "上海戊科技有限公司未联系年内到期",
    ]);
    fireEvent.click(items[2]);
    await waitFor(() =>
      expect(source.lastSelection).toEqual({ sheet: "名单", row: 6, column: undefined })
    );
  });

  it("lists the open problems by unit, the overdue one marked, and goes to the problem's cell on click", async () => {
    const { source } = await openContacts();
    expect(screen.getByRole("heading", { name: "未办结问题（2，超期 1）" })).toBeTruthy();
    const items = screen.getAllByTestId("problem-item");
    expect(items.map((i) => i.textContent)).toEqual(
      json.problems.map((p) => expect.stringContaining(p.name))
    );
    const overdue = items.find((i) => i.textContent!.includes("上海甲科技有限公司"))!;
    expect(overdue.textContent).toBe(
      "上海甲科技有限公司2023-05-10 · 用地 · 办理中 · 时限 2023-06-01超期"
    );
    fireEvent.click(overdue);
    await waitFor(() =>
      expect(source.lastSelection).toEqual({ sheet: "走访记录", row: 2, column: "D" })
    );
  });

  it("folds a list longer than 20 (its count in view) and keeps a short one open", async () => {
    const many: SheetInput = {
      name: "名单",
      values: [
        ["企业名称", "证书编号", "发证日期", "所属镇（园区）"],
        ...Array.from({ length: 25 }, (_, i) => [
          `上海${i}号科技有限公司`,
          `GR2020310000${String(i).padStart(2, "0")}`,
          serialFromYmd(2020, 12, 1),
          "朱泾镇",
        ]),
      ],
    };
    await openContacts([many]);
    const details = (heading: RegExp) =>
      screen.getByRole("heading", { name: heading }).closest("details")!;
    expect(details(/^待走访（25）$/).open).toBe(false);
    expect(details(/^未办结问题/).open).toBe(true);
  });

  it("speaks English", async () => {
    await openContacts(undefined, "en-US");
    expect(screen.getByRole("heading", { name: "To visit (3)" })).toBeTruthy();
    expect(screen.getAllByTestId("to-visit-item")[1].textContent).toBe(
      "上海壬科技有限公司No contactSubmitted"
    );
  });
});

describe("记录走访", () => {
  const field = (name: string) => screen.getByLabelText(name) as HTMLInputElement;

  it("hands the source one entry for the contact sheet: the picked enterprise with its code, a problem without a status as 待办", async () => {
    const { appended } = await openContacts();
    expect(screen.getByText("将在工作表“走访记录”末尾追加一行，不改动已有内容。")).toBeTruthy();
    fireEvent.change(field("走访日期"), { target: { value: "2023-06-28" } });
    fireEvent.change(field("企业"), { target: { value: "上海戊科技有限公司" } });
    fireEvent.change(field("走访人"), { target: { value: " 张 " } });
    fireEvent.change(field("问题或诉求"), { target: { value: "证书到期重新申报" } });
    fireEvent.change(field("办结时限"), { target: { value: "2023-07-31" } });
    fireEvent.click(screen.getByRole("button", { name: "记录" }));
    await waitFor(() => expect(appended).toHaveLength(1));
    expect(appended[0]).toEqual([
      "走访记录",
      {
        date: serialFromYmd(2023, 6, 28),
        name: "上海戊科技有限公司",
        creditCode: "",
        form: "走访",
        visitor: "张",
        problem: "证书到期重新申报",
        status: "todo",
        due: serialFromYmd(2023, 7, 31),
      },
    ]);
    expect(
      await screen.findByText("预览：在 Excel 中会写入工作表“走访记录”第 6 行，此处未写入。")
    ).toBeTruthy();
    // The enterprise and the problem are cleared for the next entry; the date and the visitor stay.
    expect(field("企业").value).toBe("");
    expect(field("走访日期").value).toBe("2023-06-28");
  });

  it("a double click appends one row; a refused save keeps what was typed", async () => {
    const { source, appended } = await openContacts();
    fireEvent.change(field("企业"), { target: { value: "上海戊科技有限公司" } });
    const button = screen.getByRole("button", { name: "记录" });
    fireEvent.click(button);
    fireEvent.click(button);
    await screen.findByText(/预览：在 Excel 中会写入工作表“走访记录”第 \d+ 行/);
    expect(appended).toHaveLength(1);
    // Now the host refuses: nothing is written, the form keeps the enterprise for another try.
    source.appendContact = async () => {
      throw new Error("工作表受保护");
    };
    fireEvent.change(field("企业"), { target: { value: "上海甲科技有限公司" } });
    fireEvent.click(screen.getByRole("button", { name: "记录" }));
    expect(await screen.findByText(/工作表受保护/)).toBeTruthy();
    expect(field("企业").value).toBe("上海甲科技有限公司");
  });

  it("offers every roster and pool enterprise, the call list first, narrowed as the name is typed", async () => {
    await openContacts();
    const offered = () =>
      [...document.querySelectorAll("datalist option")].map((o) => o.getAttribute("value"));
    expect(offered().slice(0, 3)).toEqual(json.toVisit.map((v) => v.name));
    // 丙 is valid and on no list: the roster still offers it.
    expect(offered()).toContain("上海丙科技有限公司");
    fireEvent.change(field("企业"), { target: { value: "丙" } });
    expect(offered()).toEqual(["上海丙科技有限公司"]);
  });

  it("records nothing without an enterprise, or with a due date before the contact", async () => {
    const { appended } = await openContacts();
    expect(field("走访日期").value).toBe(
      new Date(Date.UTC(1899, 11, 30 + todaySerial())).toISOString().slice(0, 10)
    );
    fireEvent.click(screen.getByRole("button", { name: "记录" }));
    expect(await screen.findByText("请选择或输入企业。")).toBeTruthy();
    fireEvent.change(field("企业"), { target: { value: "上海甲科技有限公司" } });
    fireEvent.change(field("走访日期"), { target: { value: "2023-06-28" } });
    fireEvent.change(field("办结时限"), { target: { value: "2023-06-01" } });
    fireEvent.click(screen.getByRole("button", { name: "记录" }));
    expect(await screen.findByText("办结时限不能早于走访日期。")).toBeTruthy();
    expect(appended).toEqual([]);
  });

  it("without a contact sheet says a new one is made, asks the source for it, and lists everyone to visit", async () => {
    const { appended } = await openContacts([...SHEETS, POOL]);
    expect(screen.getByText(/工作簿中没有走访记录工作表/)).toBeTruthy();
    expect(screen.getByText(/将新建工作表“走访记录”/)).toBeTruthy();
    expect(screen.getAllByTestId("to-visit-item")).toHaveLength(4);
    fireEvent.change(field("企业"), { target: { value: "上海甲科技有限公司" } });
    fireEvent.click(screen.getByRole("button", { name: "记录" }));
    await waitFor(() => expect(appended.map(([sheet]) => sheet)).toEqual([null]));
    expect(
      await screen.findByText("预览：在 Excel 中会写入工作表“走访记录”第 2 行，此处未写入。")
    ).toBeTruthy();
  });
});
