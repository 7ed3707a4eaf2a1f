/**
 * `gaoqi report a.xlsx b.xlsx` and `gaoqi report towns/` (docs/rules.md section 12): the files read as
 * one, a folder's workbooks by name with lock and hidden files skipped and named, an unreadable file
 * stopping the run (or, with --skip-unreadable, reported as a finding), outputs whole or not at all.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { packageRoot } from "../../src/cli/packageRoot";
import { runCli, writeWorkbook } from "./helpers";

jest.setTimeout(120_000);

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const HEAD = ["企业名称", "证书编号", "发证日期", "所属镇（园区）"];
const rows = (...r: ExcelJS.CellValue[][]): ExcelJS.CellValue[][] => [HEAD, ...r];

let dir: string;
let towns: string;

interface Json {
  total: { valid: number };
  units: { unit: string; valid: number }[];
  findings: { file?: string; sheet: string; code: string; row: number }[];
  expiring: { file?: string }[];
  sources: {
    file: string;
    sheets: { sheet: string; kind: string }[];
    rows: number;
    units: string[];
    newest: string | null;
    findings: number;
    unreadable: string | null;
  }[];
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-towns-"));
  towns = path.join(dir, "towns");
  fs.mkdirSync(towns);
  await writeWorkbook(path.join(towns, "b-朱泾.xlsx"), {
    高企名单: rows(
      ["上海乙科技有限公司", "GR202331000002", utc(2023, 10, 20), "朱泾镇"],
      ["上海丙科技有限公司", "GR202031000003", utc(2020, 12, 1), "朱泾镇"]
    ),
  });
  await writeWorkbook(path.join(towns, "a-枫泾.xlsx"), {
    高企名单: rows(
      ["上海甲科技有限公司", "GR202231000001", utc(2022, 11, 15), "枫泾镇"],
      ["上海乙科技有限公司", "GR202331000002", utc(2023, 10, 20), "枫泾镇"]
    ),
  });
  fs.copyFileSync(path.join(towns, "a-枫泾.xlsx"), path.join(towns, "~$a-枫泾.xlsx"));
  fs.copyFileSync(path.join(towns, "a-枫泾.xlsx"), path.join(towns, ".hidden.xlsx"));
  fs.writeFileSync(path.join(towns, "notes.txt"), "not a workbook");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const report = async (...args: string[]) => {
  const asOf = args.includes("--as-of") ? [] : ["--as-of", "2023-12-31"];
  const r = await runCli(["report", ...args, ...asOf, "--json", "-"]);
  return { ...r, json: r.code === 0 ? (JSON.parse(r.stdout) as Json) : null };
};

describe("gaoqi report with several workbooks", () => {
  it("reads a folder's workbooks by name, naming the lock and hidden files skipped on one line", async () => {
    const r = await report(towns);
    expect(r.code).toBe(0);
    const skipped = r.stderr.split("\n").filter((l) => l.includes("~$a-枫泾.xlsx"));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toContain(".hidden.xlsx");
    const json = r.json as Json;
    expect(json.sources.map((s) => s.file)).toEqual(["a-枫泾.xlsx", "b-朱泾.xlsx"]);
    // 乙 is in both files: counted once, under the unit of the file read first.
    expect(json.total.valid).toBe(2);
    expect(json.units.find((u) => u.unit === "枫泾镇")?.valid).toBe(2);
    const conflict = json.findings.find((f) => f.code === "unit-conflict");
    expect(conflict).toMatchObject({ file: "b-朱泾.xlsx", sheet: "高企名单", row: 2 });
    expect(json.expiring.every((e) => e.file === "b-朱泾.xlsx")).toBe(true);
    expect(json.sources[1]).toEqual({
      file: "b-朱泾.xlsx",
      sheets: [{ sheet: "高企名单", kind: "roster" }],
      rows: 2,
      units: ["朱泾镇"],
      newest: "2023-10-20",
      findings: 2,
      unreadable: null,
    });
  });

  it("reads files in the order given", async () => {
    const r = await report(path.join(towns, "b-朱泾.xlsx"), path.join(towns, "a-枫泾.xlsx"));
    const json = r.json as Json;
    expect(json.sources.map((s) => s.file)).toEqual(["b-朱泾.xlsx", "a-枫泾.xlsx"]);
    expect(json.units.find((u) => u.unit === "朱泾镇")?.valid).toBe(1);
    expect(json.findings.find((f) => f.code === "unit-conflict")?.file).toBe("a-枫泾.xlsx");
  });

  it("keeps one file's JSON as it was: no file, no sources", async () => {
    const r = await runCli(["report", path.join(towns, "a-枫泾.xlsx"), "--json", "-"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('"file"');
    expect(r.stdout).not.toContain('"sources"');
  });

  describe("with a file that cannot be read", () => {
    let broken: string;
    beforeAll(() => {
      broken = path.join(dir, "broken");
      fs.mkdirSync(broken);
      for (const f of ["a-枫泾.xlsx", "b-朱泾.xlsx"])
        fs.copyFileSync(path.join(towns, f), path.join(broken, f));
      fs.writeFileSync(
        path.join(broken, "c-坏.xlsx"),
        Buffer.from("PK\u0003\u0004 not a zip at all")
      );
    });

    it("stops with one line naming it, and writes nothing", async () => {
      const out = path.join(dir, "report.xlsx");
      const r = await runCli(["report", broken, "--out", out, "--lang", "en-US"]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain("c-坏.xlsx");
      expect(fs.existsSync(out)).toBe(false);
    });

    it("--skip-unreadable reads the rest and reports it as a finding", async () => {
      const r = await report(broken, "--skip-unreadable");
      expect(r.code).toBe(0);
      const json = r.json as Json;
      expect(json.total.valid).toBe(2);
      const skipped = json.findings.filter((f) => f.code === "file-unreadable");
      expect(skipped).toEqual([expect.objectContaining({ file: "c-坏.xlsx", sheet: "", row: 0 })]);
      expect(json.sources[2]).toMatchObject({ file: "c-坏.xlsx", rows: 0, findings: 1 });
      expect(json.sources[2].unreadable).toContain("损坏");
    });
  });

  it("gaoqi decompose takes a folder too", async () => {
    const r = await runCli(["decompose", towns, "--totals", "2025=10", "--json", "-"]);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as { units: { unit: string; base: number }[] };
    expect(d.units.find((u) => u.unit === "枫泾镇")?.base).toBe(2);
  });
});

describe("the bundled town files", () => {
  it("read as one: a pool, a visit log, and a file that disagrees on a unit and a date", async () => {
    const r = await report(path.join(packageRoot(), "samples", "towns"), "--as-of", "2024-12-31");
    expect(r.code).toBe(0);
    const json = r.json as Json;
    expect(json.sources.map((s) => [s.file, s.sheets.map((x) => x.kind)])).toEqual([
      ["01-枫泾镇.xlsx", ["roster", "pool"]],
      ["02-朱泾镇.xlsx", ["roster", "contacts"]],
      ["03-亭林镇.xlsx", ["roster"]],
    ]);
    const codes = json.findings.filter((f) => f.file === "03-亭林镇.xlsx").map((f) => f.code);
    expect(codes).toEqual(["duplicate", "unit-conflict", "certificate-conflict"]);
    expect(json.total.valid).toBe(11);
  });
});
