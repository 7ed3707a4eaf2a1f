import {
  DEFAULT_SETTINGS,
  parseSettings,
  SettingsError,
} from "../../../src/domain/settings/settings";
import {
  bulletinTextOf,
  bulletinTextProblem,
  defaultBulletinText,
} from "../../../src/domain/settings/bulletinText";

describe("the bulletin's text settings (文号, 主送, title, 工作要求)", () => {
  it.each([
    ["refNo", "金科委〔2025〕12号"],
    ["addressee", "各镇人民政府、各园区、区有关部门："],
    ["title", "{district}{year}年高企工作通报"],
    ["closing", "请各单位抓紧推进。\n  年底前报送总结。  "],
  ] as const)("reads report.%s", (key, text) => {
    const read = parseSettings({ report: { [key]: text } }).report[key];
    expect(read).toBe(key === "closing" ? "请各单位抓紧推进。\n年底前报送总结。" : text);
  });

  it("keeps blank lines out of the closing and trims each one", () => {
    expect(parseSettings({ report: { closing: " 一。\n\n\n 二。 \r\n" } }).report.closing).toBe(
      "一。\n二。"
    );
  });

  it.each<[string, string, unknown, RegExp, RegExp]>([
    ["a number", "refNo", 12, /must be text/, /必须是文本/],
    ["null", "addressee", null, /must be text/, /必须是文本/],
    ["two lines of 主送", "addressee", "各镇：\n各园区：", /one line/, /只能是一行/],
    ["a title on two lines", "title", "通报\n第二行", /one line/, /只能是一行/],
    ["a 文号 too long", "refNo", "号".repeat(41), /at most 40/, /不能超过 40/],
    ["a closing too long", "closing", "要".repeat(2001), /at most 2000/, /不能超过 2000/],
    ["an unknown name", "title", "{city}通报", /\{city\}/, /\{city\}/],
    ["a tab", "closing", "一\t二", /control/, /控制字符/],
  ])("refuses %s as report.%s with one line naming the setting", (_, key, value, en, zh) => {
    let err: unknown;
    try {
      parseSettings({ report: { [key]: value } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SettingsError);
    const e = err as SettingsError;
    expect(e.key).toBe(`report.${key}`);
    expect(e.message).toMatch(`report.${key}`);
    expect(e.message).toMatch(en);
    expect(e.text["zh-CN"]).toMatch(`report.${key}`);
    expect(e.text["zh-CN"]).toMatch(zh);
    expect(e.message).not.toMatch(/\n/);
    expect(e.text["zh-CN"]).not.toMatch(/\n/);
  });

  it("finds nothing wrong with the defaults, in either language", () => {
    for (const lang of ["zh-CN", "en-US"] as const)
      for (const key of ["refNo", "addressee", "title", "closing"] as const) {
        const text = defaultBulletinText(key, lang).replace("{issueYear}", "2025");
        expect([key, lang, bulletinTextProblem(key, text)]).toEqual([key, lang, null]);
      }
  });

  it("uses the default in the bulletin's language where the setting is blank", () => {
    const report = { ...DEFAULT_SETTINGS.report, addressee: "" };
    expect(bulletinTextOf(report, "addressee", "zh-CN")).toBe("各镇人民政府、各园区：");
    expect(bulletinTextOf(report, "addressee", "en-US")).toBe(
      "To the town governments and the parks:"
    );
    expect(bulletinTextOf({ ...report, addressee: "各镇：" }, "addressee", "en-US")).toBe("各镇：");
  });
});
