import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  it("reads the full command line", () => {
    expect(
      parseArgs([
        "report",
        "in.xlsx",
        "--as-of",
        "2023-06-30",
        "--targets",
        "t.xlsx",
        "--settings",
        "s.json",
        "--out",
        "r.xlsx",
        "--json",
        "-",
        "--docx",
        "b.docx",
        "--workpaper",
        "w.xlsx",
        "--compare",
        "2023-03-31",
        "--findings",
        "none",
        "--lang",
        "en-US",
      ])
    ).toEqual({
      command: "report",
      workbook: "in.xlsx",
      workbooks: ["in.xlsx"],
      skipUnreadable: false,
      asOf: "2023-06-30",
      year: null,
      targets: "t.xlsx",
      settings: "s.json",
      out: "r.xlsx",
      docx: "b.docx",
      workpaper: "w.xlsx",
      json: "-",
      compare: "2023-03-31",
      findings: "none",
      lang: "en-US",
    });
  });

  it("defaults: the sample, no date, no outputs, Chinese", () => {
    expect(parseArgs(["report"])).toEqual({
      command: "report",
      workbook: null,
      workbooks: [],
      skipUnreadable: false,
      asOf: null,
      year: null,
      targets: null,
      settings: null,
      out: null,
      docx: null,
      workpaper: null,
      json: null,
      compare: null,
      findings: null,
      lang: "zh-CN",
    });
  });

  it.each([
    [["report", "--year=2023"], { year: 2023 }],
    [["report", "--json=out.json"], { json: "out.json" }],
    [["report", "--lang", "en"], { lang: "en-US" }],
    [["report", "--compare", "quarter-end"], { compare: "quarter-end" }],
    [["report", "--findings=sheet"], { findings: "sheet" }],
    [["report", "--workpaper=wp.xlsx"], { workpaper: "wp.xlsx" }],
    [
      ["report", "a.xlsx", "towns", "--skip-unreadable", "--as-of", "2023-12-31"],
      { workbook: "a.xlsx", workbooks: ["a.xlsx", "towns"], skipUnreadable: true },
    ],
    [
      ["report", "--year", "2023", "--", "--名单.xlsx", "--help"],
      { year: 2023, workbooks: ["--名单.xlsx", "--help"] },
    ],
    [["report", "-名单.xlsx"], { workbooks: ["-名单.xlsx"] }],
    [["decompose", "--totals", "2025=1750", "--", "--x.xlsx"], { workbooks: ["--x.xlsx"] }],
  ])("accepts %j", (argv, expected) => expect(parseArgs(argv)).toMatchObject(expected));

  it.each([
    [[], "main"],
    [["--help"], "main"],
    [["-h"], "main"],
    [["report", "--help"], "report"],
    [["report", "x.xlsx", "-h"], "report"],
    [["help", "report"], "report"],
  ])("%j asks for help on %s", (argv, topic) =>
    expect(parseArgs(argv)).toMatchObject({ command: "help", topic })
  );

  it.each([
    [["frobnicate"], "unknown command"],
    [["report", "--bogus"], "unknown option --bogus"],
    [["report", "--as-of"], "--as-of needs a value"],
    [["report", "--out", "--json", "x"], "--out needs a value"],
    [["report", "--as-of", "2023/12/31"], "--as-of must be YYYY-MM-DD"],
    [["report", "--year", "23"], "--year must be a year"],
    [
      ["report", "--year", "1900"],
      '--year must be a year from 1901 to 2999, such as 2023 (got "1900")',
    ],
    [
      ["report", "--year", "-2025"],
      '--year must be a year from 1901 to 2999, such as 2023 (got "-2025")',
    ],
    [["report", "--json", ""], "--json needs a value"],
    [["report", "--out="], "--out needs a value"],
    [["report", "--as-of", "2023-12-31", "--year", "2023"], "not both"],
    [["report", "--skip-unreadable=yes"], "--skip-unreadable takes no value"],
    [["report", "--out", "a.xlsx", "--out", "b.xlsx"], "--out given twice"],
    [
      ["report", "--compare", "last-week"],
      "--compare must be YYYY-MM-DD, year-end, quarter-end or month-end",
    ],
    [["report", "--findings", "appendix"], "--findings must be sheet or none"],
  ])("rejects %j", (argv, message) => {
    const parsed = parseArgs([...argv, "--lang=en-US"]);
    expect(parsed.command).toBe("error");
    expect(parsed).toMatchObject({ message: expect.stringContaining(message) });
  });

  it("rejects an unknown language (in Chinese, the default)", () => {
    expect(parseArgs(["report", "--lang", "fr"])).toMatchObject({
      command: "error",
      message: expect.stringContaining("--lang 须为 zh-CN 或 en-US"),
    });
  });

  it("reports usage errors in Chinese by default", () => {
    expect(parseArgs(["report", "--bogus"])).toMatchObject({
      command: "error",
      lang: "zh-CN",
      message: expect.stringContaining("未知选项"),
    });
  });
});
