/**
 * `npm run sample:towns`: writes samples/towns/, three small town submissions that `gaoqi report
 * samples/towns/` reads as one workbook (docs/rules.md section 12), deterministically (fixed data and
 * workbook timestamps). Everything in them is synthetic. 枫泾镇 sends its roster and its pool, 朱泾镇 its
 * roster and its visit log, and 亭林镇 its roster, which also lists an enterprise of 枫泾镇's under 亭林镇
 * with another issue date for the same certificate: the files disagree on a unit and a date.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { creditCodeCheckChar } from "../src/domain/enterprise/creditCode";
import { packageRoot } from "../src/cli/packageRoot";

const ROSTER_HEADER = [
  "序号",
  "企业名称",
  "统一社会信用代码",
  "证书编号",
  "发证日期",
  "所属镇（园区）",
  "认定类型",
];
const POOL_HEADER = [
  "序号",
  "企业名称",
  "统一社会信用代码",
  "所属镇（园区）",
  "培育阶段",
  "计划申报年度",
  "入库日期",
];
const CONTACT_HEADER = [
  "序号",
  "走访日期",
  "企业名称",
  "统一社会信用代码",
  "走访形式",
  "走访人",
  "问题/诉求",
  "办理状态",
  "办结时限",
];

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** A credit code with a valid check character, from a serial number. */
function code(n: number): string {
  const body = "91310116MA1T" + String(n).padStart(5, "0");
  return body + (creditCodeCheckChar(body) as string);
}

type Roster = [name: string, n: number, cert: string, issue: Date, unit: string, type: string][];

const FENGJING: Roster = [
  ["上海枫禾精密机械有限公司", 101, "GR202331000101", day(2023, 11, 6), "枫泾镇", "首次认定"],
  ["上海枫澜新材料科技有限公司", 102, "GR202231000102", day(2022, 12, 14), "枫泾镇", "首次认定"],
  ["上海枫睿电子科技有限公司", 103, "GR202131000103", day(2021, 10, 28), "枫泾镇", "首次认定"],
  ["上海枫睿电子科技有限公司", 103, "GR202431000104", day(2024, 11, 19), "枫泾镇", "重新认定"],
  ["上海枫铭生物医药科技有限公司", 105, "GR202431000105", day(2024, 12, 4), "枫泾", ""],
  ["上海枫岚检测技术有限公司", 106, "GR202131000106", day(2021, 12, 2), "枫泾镇", "首次认定"],
];
const ZHUJING: Roster = [
  ["上海朱瀚智能装备有限公司", 201, "GR202231000201", day(2022, 11, 2), "朱泾镇", "首次认定"],
  ["上海朱泓信息技术有限公司", 202, "GR202331000202", day(2023, 10, 16), "朱泾镇", "首次认定"],
  ["上海朱沐环保科技有限公司", 203, "GR202131000203", day(2021, 11, 24), "朱泾镇", "首次认定"],
  ["上海朱晟汽车零部件有限公司", 204, "GR202431000204", day(2024, 3, 22), "朱泾", ""],
  ["上海朱棠食品科技有限公司", 205, "GR202231000205", day(2022, 12, 20), "朱泾镇", "重新认定"],
];
const TINGLIN: Roster = [
  ["上海亭芯医疗器械有限公司", 301, "GR202331000301", day(2023, 11, 30), "亭林镇", "首次认定"],
  ["上海亭骏化工科技有限公司", 302, "GR202231000302", day(2022, 10, 12), "亭林镇", "首次认定"],
  ["上海亭宸数字科技有限公司", 303, "GR202431000303", day(2024, 10, 25), "亭林镇", "首次认定"],
  // 枫泾镇 lists it too, issued on 6 November, under 枫泾镇.
  ["上海枫禾精密机械有限公司", 101, "GR202331000101", day(2023, 11, 16), "亭林镇", "首次认定"],
];

function addRoster(wb: ExcelJS.Workbook, title: string, rows: Roster): void {
  const ws = wb.addWorksheet("高企名单");
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow(ROSTER_HEADER).font = { bold: true };
  rows.forEach(([name, n, cert, issue, unit, type], i) => {
    const row = ws.addRow([i + 1, name, code(n), cert, issue, unit, type]);
    row.getCell(5).numFmt = "yyyy-mm-dd";
  });
  [6, 32, 22, 18, 12, 14, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function addPool(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("培育库");
  ws.addRow(POOL_HEADER).font = { bold: true };
  const rows: [string, number, string, number, Date][] = [
    ["上海枫曜科技有限公司", 111, "推出", 2024, day(2023, 3, 8)],
    ["上海枫昀智能装备有限公司", 112, "服务", 2025, day(2023, 9, 12)],
    ["上海枫砚精密机械有限公司", 113, "发现", 2025, day(2024, 6, 3)],
    ["上海枫铭生物医药科技有限公司", 105, "推出", 2024, day(2022, 5, 20)],
  ];
  rows.forEach(([name, n, stage, year, entered], i) => {
    const row = ws.addRow([i + 1, name, code(n), "枫泾镇", stage, year, entered]);
    row.getCell(7).numFmt = "yyyy-mm-dd";
  });
  [6, 32, 22, 14, 10, 12, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function addVisits(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("走访记录");
  ws.addRow(CONTACT_HEADER).font = { bold: true };
  const rows: [Date, string, number, string, string, string, string, Date | null][] = [
    [
      day(2024, 3, 12),
      "上海朱瀚智能装备有限公司",
      201,
      "走访",
      "王科长",
      "研发费用加计扣除政策咨询",
      "已办结",
      day(2024, 4, 12),
    ],
    [
      day(2024, 5, 21),
      "上海朱沐环保科技有限公司",
      203,
      "电话",
      "李科长",
      "重新认定材料准备",
      "办理中",
      day(2024, 9, 30),
    ],
    [
      day(2024, 8, 6),
      "上海朱泓信息技术有限公司",
      202,
      "座谈",
      "王科长",
      "人才公寓申请",
      "未办结",
      day(2024, 10, 31),
    ],
    [day(2024, 11, 18), "上海朱晟汽车零部件有限公司", 204, "线上", "李科长", "无", "已办结", null],
    [day(2024, 12, 9), "上海朱棠食品科技有限公司", 205, "走访", "王科长", "", "", null],
  ];
  rows.forEach(([date, name, n, form, who, problem, status, due], i) => {
    const row = ws.addRow([i + 1, date, name, code(n), form, who, problem, status, due]);
    row.getCell(2).numFmt = "yyyy-mm-dd";
    row.getCell(9).numFmt = "yyyy-mm-dd";
  });
  [6, 12, 32, 22, 10, 10, 28, 10, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "gaoqi sample generator";
  wb.created = wb.modified = new Date(Date.UTC(2025, 0, 10));
  return wb;
}

/** The three town workbooks, by file name. */
export function buildTownSamples(): Record<string, ExcelJS.Workbook> {
  const fengjing = workbook();
  addRoster(fengjing, "枫泾镇高新技术企业名单（报送）", FENGJING);
  addPool(fengjing);
  const zhujing = workbook();
  addRoster(zhujing, "朱泾镇高新技术企业名单（报送）", ZHUJING);
  addVisits(zhujing);
  const tinglin = workbook();
  addRoster(tinglin, "亭林镇高新技术企业名单（报送）", TINGLIN);
  return { "01-枫泾镇.xlsx": fengjing, "02-朱泾镇.xlsx": zhujing, "03-亭林镇.xlsx": tinglin };
}

async function run(): Promise<void> {
  const dir = path.join(packageRoot(), "samples", "towns");
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, wb] of Object.entries(buildTownSamples())) {
    const file = path.join(dir, name);
    await wb.xlsx.writeFile(file);
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
}

if (require.main === module) {
  run().catch((e: unknown) => {
    process.stderr.write(`town samples failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
