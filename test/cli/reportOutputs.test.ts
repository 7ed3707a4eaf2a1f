/** Both outputs of one run on a roster with many findings: the report lists a few, the JSON all. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { runCli, writeWorkbook } from "./helpers";

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-outputs-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("lists report.maxListedFindings findings in the report, counts the rest, and keeps all in the JSON", async () => {
  const input = path.join(dir, "many.xlsx");
  // 30 enterprises without a unit: a missing-unit finding each.
  const rows: ExcelJS.CellValue[][] = [["企业名称", "证书编号", "发证日期", "所属镇（园区）"]];
  for (let i = 0; i < 30; i++)
    rows.push([
      `上海${i}号科技有限公司`,
      `GR2022310000${String(i).padStart(2, "0")}`,
      44900 + i,
      "",
    ]);
  await writeWorkbook(input, { 名单: rows });
  const settings = path.join(dir, "settings.json");
  fs.writeFileSync(
    settings,
    JSON.stringify({ report: { maxListedFindings: 5, findings: "sheet" } })
  );
  const out = path.join(dir, "r.xlsx");
  const json = path.join(dir, "r.json");
  const r = await runCli([
    "report",
    input,
    "--year",
    "2023",
    "--settings",
    settings,
    "--out",
    out,
    "--json",
    json,
  ]);
  expect(r.code).toBe(0);

  const all = JSON.parse(fs.readFileSync(json, "utf8")).findings as { code: string }[];
  const missing = all.filter((f) => f.code === "missing-unit").length;
  expect(missing).toBe(30);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const texts: string[] = [];
  // The first two cells of each row (exceljs repeats a merged row's text in every cell of it).
  // On the findings 附件, the report's fourth sheet.
  expect(wb.worksheets[3].name).toBe("附件3 数据问题");
  wb.worksheets[3].eachRow((row) =>
    texts.push(`${row.getCell(1).value}|${row.getCell(2).value ?? ""}`)
  );
  const note = `此处仅列出前5条，其余${all.length - 5}条按问题类型计数列于表后；完整清单见 JSON 输出（gaoqi report --json）或任务窗格“数据问题”页。`;
  expect(texts.filter((t) => t.startsWith(`${note}|`))).toHaveLength(1);
  expect(texts).toContain(`未填责任单位|${missing - 5}`);
  expect(texts.filter((t) => t.startsWith("名单|")).length).toBe(5);
});
