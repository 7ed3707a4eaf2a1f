/**
 * The committed .xls fixtures (test/fixtures/README.md: the sample and the office-shaped workbook saved
 * as Excel 97-2003 by LibreOffice) against their .xlsx twins: the same sheets, rows, values and merged
 * areas from the two readers, and the same analysis from the CLI, JSON equal byte for byte.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readAll, type ReadSheet } from "../xlsx/readAll";
import { runCli } from "../helpers";
import { readXlsAll } from "./readXlsAll";

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, "..", "..", "..");
const TWINS: [string, string][] = [
  ["samples/jinshan-sample.xlsx", "test/fixtures/jinshan-sample.xls"],
  ["test/fixtures/office-workbook.xlsx", "test/fixtures/office-workbook.xls"],
];

/**
 * Rows as plain objects (holes left out); merges in one order (LibreOffice writes them in another).
 * LibreOffice saves a cell of empty text as a blank cell, which the engine reads alike: "" is left out.
 */
function comparable(sheets: ReadSheet[]) {
  const key = (m: ReadSheet["merges"][number]): number => m.top * 65_536 + m.left;
  return sheets.map((s) => ({
    ...s,
    merges: [...s.merges].sort((a, b) => key(a) - key(b)),
    rows: s.rows
      .map((r) => ({
        ...r,
        values: Object.fromEntries(Object.entries(r.values).filter(([, v]) => v !== "")),
      }))
      .filter((r) => Object.keys(r.values).length > 0),
  }));
}

describe.each(TWINS)("%s and its .xls twin", (xlsx, xls) => {
  it("read alike: sheets, rows, values, date columns, merged areas", async () => {
    const a = await readAll(path.join(ROOT, xlsx), { dateColumns: true });
    const b = await readXlsAll(fs.readFileSync(path.join(ROOT, xls)), { dateColumns: true });
    expect(b.length).toBeGreaterThan(2);
    expect(comparable(b)).toEqual(comparable(a));
  });

  it.each(["zh-CN", "en-US"])("give the same analysis (--json, %s)", async (lang) => {
    const args = ["--year", "2023", "--lang", lang, "--json", "-"];
    const a = await runCli(["report", path.join(ROOT, xlsx), ...args]);
    const b = await runCli(["report", path.join(ROOT, xls), ...args]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(b.stdout.length).toBeGreaterThan(1000);
    expect(b.stdout).toBe(a.stdout);
  });
});

it("gaoqi decompose gives the same target table from the sample's .xls twin", async () => {
  const args = ["--totals", "2025=1750,2026=1900", "--base-date", "2024-12-31", "--json", "-"];
  const a = await runCli(["decompose", path.join(ROOT, TWINS[0][0]), ...args]);
  const b = await runCli(["decompose", path.join(ROOT, TWINS[0][1]), ...args]);
  expect([a.code, b.code]).toEqual([0, 0]);
  expect(b.stdout.length).toBeGreaterThan(200);
  expect(b.stdout).toBe(a.stdout);
});

it("an .xls named .xlsx is read by its content, as the .xls it is", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-twin-"));
  try {
    const renamed = path.join(dir, "office.xlsx");
    fs.copyFileSync(path.join(ROOT, TWINS[1][1]), renamed);
    const a = await runCli([
      "report",
      path.join(ROOT, TWINS[1][0]),
      "--year",
      "2023",
      "--json",
      "-",
    ]);
    const b = await runCli(["report", renamed, "--year", "2023", "--json", "-"]);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
