/**
 * `npm run sample`: writes samples/jinshan-sample.xlsx, the bundled example roster, deterministically
 * (a seeded PRNG; fixed workbook timestamps). Everything in it is synthetic: enterprise names are
 * built from syllables, credit codes are random with a valid checksum, certificate serials are random.
 *
 * It is shaped like a real commission's file: a notes sheet, a title row above the header, two roster
 * sheets with different header wording, certificates 2019-2024 with renewals, moves in and out, dates
 * in many forms, unit aliases, and a few deliberate problems (duplicates, a blank and an unknown unit,
 * bad dates, a wrong checksum, a certificate-year mismatch, missing issue dates, a name starting with =).
 * As offices keep them: a 迁入 sheet that repeats the companies that moved in (their move-in
 * dates stand only there), among them a relocation whose second stage lapses and a company that moved in
 * before it held a certificate; a 所属镇 cell merged over two rows; the policy's target table written
 * with short unit names (枫泾, 碳谷绿湾) in its two-row layout.
 * Per-unit completion at 2023-12-31 spreads over the red, amber and green bands.
 * A 培育库 sheet as offices keep it: about 300 candidate enterprises at every stage, written
 * with the synonyms offices use, some already recognised (a few of those still at an earlier stage:
 * stale), some re-applying after their certificate lapsed, some without a unit, one row without an
 * enterprise. It draws from a PRNG of its own, so the roster's random sequence (and figures) are unchanged.
 * A 走访记录 sheet, with a PRNG of its own too: about 340 contacts over 2023-24, every status, some overdue,
 * some rows that join nothing (addContactSheet).
 */
import * as path from "path";
import * as ExcelJS from "exceljs";
import { creditCodeCheckChar } from "../src/domain/enterprise/creditCode";
import { serialFromYmd, utcDateFromSerial, ymdFromSerial } from "../src/domain/core/dates";
import { DEFAULT_TARGETS } from "../src/domain/targets/targetTable";
import { DEFAULT_ALIASES } from "../src/domain/enterprise/units";
import { packageRoot } from "../src/cli/packageRoot";

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = "泓睿澜鼎嘉晟瀚芯禾岚骏拓锐铭宸湾沐堇砚朔璟翊珩曜霁棠莘昀槿奕炜焓峤屹钧".split(
  ""
);
const INDUSTRIES = [
  "科技",
  "新材料科技",
  "生物医药科技",
  "智能装备",
  "信息技术",
  "精密机械",
  "环保科技",
  "化工科技",
  "电子科技",
  "汽车零部件",
  "检测技术",
  "食品科技",
  "医疗器械",
  "数字科技",
];
const CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const AREA_CODES = ["310116", "310116", "310116", "310116", "310115", "310112", "310117", "320505"];
/** Share of each unit's 2023 target met at 2023-12-31: spread over the three completion bands. */
const UNIT_FACTORS = [1.02, 0.86, 0.93, 0.55, 0.97, 0.7, 0.9, 0.62, 1.05, 0.91, 0.8, 0.75];

interface Cert {
  year: number;
  issue: number;
  certNo: string;
  type: "first" | "renewal";
}

interface Enterprise {
  name: string;
  code: string;
  unit: string;
  certs: Cert[];
  moveIn: number | null;
  moveOut: number | null;
  revoked: number | null;
}

interface Row {
  /** 0 and 1: the two roster sheets; 2: the 迁入 sheet. */
  sheet: 0 | 1 | 2;
  e: Enterprise;
  cert: Cert;
  values: Record<string, ExcelJS.CellValue>;
}

/** A maker of values not made before (nor in `taken`): it draws until one is new. */
function unique(draw: () => string, taken = new Set<string>()): () => string {
  return () => {
    for (;;) {
      const v = draw();
      if (!taken.has(v)) {
        taken.add(v);
        return v;
      }
    }
  };
}

/** A synthetic company name: 上海, two syllables, an industry, 有限公司. */
function companyName(rand: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  return `上海${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(INDUSTRIES)}有限公司`;
}

function generate(rand: () => number) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const newName = unique(() => companyName(rand));
  const newCode = unique(() => {
    let body = "91" + pick(AREA_CODES);
    for (let i = 0; i < 9; i++)
      body += CODE_CHARS[Math.floor(rand() * (i < 8 ? 10 : CODE_CHARS.length))];
    return body + creditCodeCheckChar(body)!;
  });
  const serials = new Set<string>();
  const certNo = (year: number, province = "31"): string => {
    for (;;) {
      const s = `GR${year}${province}${String(Math.floor(rand() * 1e6)).padStart(6, "0")}`;
      if (!serials.has(s)) {
        serials.add(s);
        return s;
      }
    }
  };
  // Certificates come in autumn batches, a few earlier in the year.
  const issueDate = (year: number): number => {
    const r = rand();
    const month = r < 0.08 ? 3 + Math.floor(rand() * 6) : r < 0.33 ? 10 : r < 0.7 ? 11 : 12;
    const day = 1 + Math.floor(rand() * 28);
    return serialFromYmd(year, month, day);
  };
  const dateIn = (y1: number, m1: number, y2: number, m2: number): number => {
    const a = serialFromYmd(y1, m1, 1);
    const b = serialFromYmd(y2, m2, 28);
    return a + Math.floor(rand() * (b - a));
  };
  const history = (lastYear: number, priorChance: number): Cert[] => {
    const years = [lastYear];
    for (let y = lastYear - 3; y >= 2019 && rand() < priorChance; y -= 3) years.unshift(y);
    return years.map((year, i) => ({
      year,
      issue: issueDate(year),
      certNo: certNo(year),
      type: i === 0 ? "first" : "renewal",
    }));
  };

  const enterprises: Enterprise[] = [];
  DEFAULT_TARGETS.units.forEach((unit, u) => {
    const target = DEFAULT_TARGETS.targets[unit][2023];
    const valid = Math.round(target * UNIT_FACTORS[u % UNIT_FACTORS.length]);
    for (let i = 0; i < valid; i++) {
      const r = rand();
      const lastYear = r < 0.3 ? 2021 : r < 0.63 ? 2022 : 2023;
      const e: Enterprise = {
        name: newName(),
        code: newCode(),
        unit,
        certs: history(lastYear, 0.32),
        moveIn: null,
        moveOut: null,
        revoked: null,
      };
      // Re-recognised in 2024 after a 2021 certificate.
      if (lastYear === 2021 && rand() < 0.55)
        e.certs.push({ year: 2024, issue: issueDate(2024), certNo: certNo(2024), type: "renewal" });
      // A few arrived from elsewhere holding a certificate from another province.
      if (rand() < 0.04) {
        const c = e.certs[e.certs.length - 1];
        const from = c.year >= 2023 ? null : c;
        if (from) {
          from.certNo = certNo(from.year, pick(["32", "33", "44"]));
          e.moveIn = dateIn(Math.max(from.year + 1, 2022), 3, 2023, 11);
        }
      }
      enterprises.push(e);
    }
    // Lapsed: a 2019 or 2020 certificate never renewed (the 2020 ones are 2023's call list).
    const lapsed = Math.max(2, Math.round(valid * 0.12));
    for (let i = 0; i < lapsed; i++) {
      const year = rand() < 0.4 ? 2019 : 2020;
      enterprises.push({
        name: newName(),
        code: newCode(),
        unit,
        certs: history(year, 0.2),
        moveIn: null,
        moveOut: null,
        revoked: null,
      });
    }
    // Moved out during 2023, and one revoked qualification per few units.
    for (let i = 0; i < 1 + Math.floor(rand() * 3); i++) {
      enterprises.push({
        name: newName(),
        code: newCode(),
        unit,
        certs: history(rand() < 0.5 ? 2021 : 2022, 0.3),
        moveIn: null,
        moveOut: dateIn(2023, 2, 2023, 11),
        revoked: null,
      });
    }
    if (u % 4 === 1) {
      enterprises.push({
        name: newName(),
        code: newCode(),
        unit,
        certs: history(2022, 0.3),
        moveIn: null,
        moveOut: null,
        revoked: dateIn(2023, 4, 2023, 9),
      });
    }
  });
  return enterprises;
}

const CN_DIGITS = "〇一二三四五六七八九";
const cnNumber = (n: number): string =>
  n <= 10
    ? ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][n]
    : n < 20
      ? "十" + CN_DIGITS[n - 10]
      : CN_DIGITS[Math.floor(n / 10)] + "十" + (n % 10 ? CN_DIGITS[n % 10] : "");
const fullWidth = (s: string): string =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** A date the way people type it: mostly real date cells, the rest in every text form seen in the wild. */
function messyDate(serial: number, rand: () => number): ExcelJS.CellValue {
  const { y, m, d } = ymdFromSerial(serial);
  const r = rand();
  const mm = String(m).padStart(2, "0");
  const dd = String(d).padStart(2, "0");
  if (r < 0.55) return utcDateFromSerial(serial);
  if (r < 0.62) return serial;
  if (r < 0.7) return `${y}年${m}月${d}日`;
  if (r < 0.76) return `${y}.${m}.${d}`;
  if (r < 0.82) return `${y}/${m}/${d}`;
  if (r < 0.87) return `${y}-${mm}-${dd}`;
  if (r < 0.91) return Number(`${y}${mm}${dd}`);
  if (r < 0.94) return `${y}/${m}/${d} 0:00:00`;
  if (r < 0.97) return fullWidth(`${y}年${m}月${d}日`);
  return `${[...String(y)].map((c) => CN_DIGITS[Number(c)]).join("")}年${cnNumber(m)}月${cnNumber(d)}日`;
}

function unitText(unit: string, rand: () => number): string {
  const aliases = Object.keys(DEFAULT_ALIASES).filter((a) => DEFAULT_ALIASES[a] === unit);
  const r = rand();
  if (aliases.length && r < 0.15) return aliases[Math.floor(rand() * aliases.length)];
  if (unit.endsWith("镇") && r < 0.25) return unit.slice(0, -1);
  if (r < 0.27) return ` ${unit} `;
  return unit;
}

function typeText(type: "first" | "renewal", rand: () => number): string {
  const r = rand();
  if (r < 0.3) return "";
  if (type === "first") return r < 0.85 ? "首次认定" : "首次";
  return r < 0.85 ? "重新认定" : "复审";
}

function buildRows(enterprises: Enterprise[], rand: () => number): Row[] {
  const rows: Row[] = [];
  for (const e of enterprises) {
    e.certs.forEach((cert, i) => {
      const last = i === e.certs.length - 1;
      const name =
        rand() < 0.03
          ? e.name.replace("有限公司", "（有限公司）").replace("上海", "上海 ")
          : e.name;
      rows.push({
        sheet: cert.year <= 2022 ? 0 : 1,
        e,
        cert,
        values: {
          name,
          code: rand() < 0.06 && i > 0 ? "" : e.code,
          certNo:
            rand() < 0.04 ? cert.certNo.toLowerCase().replace(/^(gr\d{4})/, "$1 ") : cert.certNo,
          issue: messyDate(cert.issue, rand),
          unit: unitText(e.unit, rand),
          type: typeText(cert.type, rand),
          moveIn: last && e.moveIn !== null ? messyDate(e.moveIn, rand) : null,
          moveOut: last && e.moveOut !== null ? messyDate(e.moveOut, rand) : null,
          revoked: last && e.revoked !== null ? utcDateFromSerial(e.revoked) : null,
        },
      });
    });
  }
  // Shuffle (Fisher-Yates), then keep each sheet roughly in issue order as registers are kept.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  rows.sort((a, b) => a.cert.year - b.cert.year);
  return rows;
}

/** The deliberate problems a real file has; each should surface as a finding. */
function addProblems(rows: Row[], rand: () => number): void {
  const of = (sheet: 0 | 1) => rows.filter((r) => r.sheet === sheet);
  const s0 = of(0);
  const s1 = of(1);
  const at = (xs: Row[], k: number): Row => xs[Math.floor((k * xs.length) / 17) % xs.length];
  // Duplicates: the same certificate entered twice.
  for (const k of [3, 9]) rows.push({ ...at(s0, k), values: { ...at(s0, k).values } });
  rows.push({ ...at(s1, 5), values: { ...at(s1, 5).values } });
  at(s0, 1).values.unit = "";
  at(s1, 11).values.unit = "";
  at(s0, 13).values.unit = "石化街道";
  at(s0, 4).values.issue = "2022年13月5日";
  at(s1, 2).values.issue = "待定";
  at(s0, 6).values.issue = null;
  at(s0, 15).values.issue = null;
  const mismatch = at(s1, 7);
  mismatch.values.certNo = String(mismatch.values.certNo).replace(
    /^GR\d{4}/,
    `GR${mismatch.cert.year - 1}`
  );
  for (const k of [8, 14]) {
    const r = at(s0, k);
    const c = String(r.values.code);
    if (c) r.values.code = c.slice(0, 17) + (c[17] === "X" ? "Y" : "X");
  }
  // A data-entry slip: the name starts with "=". It is a 2023 first recognition, so it is in the awards list.
  const slip = s1.find(
    (r) =>
      r.cert.type === "first" &&
      r.cert.year === 2023 &&
      r.e.moveIn === null &&
      r.values.name === r.e.name
  );
  if (slip) {
    const newName = "=" + slip.e.name;
    for (const r of rows) if (r.e === slip.e) r.values.name = newName;
  }
  void rand;
}

/**
 * The 迁入 sheet as offices keep it: each company that moved in is repeated there with its certificate and
 * move-in date (taken off its row in the main lists), plus two companies only there: one whose second
 * relocation stage lapses (its certificate expires before the stage falls due) and one that moved in
 * before it held a certificate (no relocation award).
 */
function addMovedInSheet(rows: Row[]): void {
  for (const r of rows.filter(
    (x) => x.sheet !== 2 && x.values.moveIn !== null && x.values.moveIn !== undefined
  )) {
    rows.push({ ...r, sheet: 2, values: { ...r.values, type: "" } });
    r.values.moveIn = null;
  }
  const code = (n: number): string => {
    const body = "91310116MA1X0" + String(n).padStart(4, "0");
    return body + creditCodeCheckChar(body)!;
  };
  const lapsed: Enterprise = {
    name: "上海迁澜精密机械有限公司",
    code: code(1),
    unit: "亭林镇",
    certs: [
      { year: 2020, issue: serialFromYmd(2020, 9, 8), certNo: "GR202033000731", type: "first" },
    ],
    moveIn: serialFromYmd(2022, 10, 10),
    moveOut: null,
    revoked: null,
  };
  const early: Enterprise = {
    name: "上海迁禾生物科技有限公司",
    code: code(2),
    unit: "碳谷绿湾公司",
    certs: [
      { year: 2023, issue: serialFromYmd(2023, 11, 6), certNo: "GR202331009402", type: "first" },
    ],
    moveIn: serialFromYmd(2023, 2, 20),
    moveOut: null,
    revoked: null,
  };
  for (const e of [lapsed, early]) {
    const cert = e.certs[0];
    rows.push({
      sheet: 2,
      e,
      cert,
      values: {
        name: e.name,
        code: e.code,
        certNo: cert.certNo,
        issue: utcDateFromSerial(cert.issue),
        unit: e.unit === "碳谷绿湾公司" ? "碳谷绿湾" : e.unit,
        type: "",
        moveIn: utcDateFromSerial(e.moveIn!),
        moveOut: null,
        revoked: null,
      },
    });
  }
}

/** Short unit names as a target table may write them: 枫泾 for 枫泾镇, 碳谷绿湾 for 碳谷绿湾公司. */
function shortUnit(unit: string): string {
  if (unit === "碳谷绿湾公司") return "碳谷绿湾";
  if (unit === "新金山发展公司") return "新金山";
  return unit.endsWith("镇") ? unit.slice(0, -1) : unit;
}

/** The policy's target table in its own layout (title, 责任单位 over two header rows), with short names. */
function addTargetSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("目标任务");
  const years = DEFAULT_TARGETS.years;
  ws.addRow(["金山区高新技术企业目标任务分解（2022-2024年）"]);
  ws.addRow(["序号", "责任单位", "有效期内高企目标数"]);
  ws.addRow([null, null, ...years.map((y) => `${y}年`)]);
  DEFAULT_TARGETS.units.forEach((u, i) =>
    ws.addRow([i + 1, shortUnit(u), ...years.map((y) => DEFAULT_TARGETS.targets[u][y])])
  );
  ws.addRow([null, "合计", ...years.map((y) => DEFAULT_TARGETS.declaredTotals[y])]);
  ws.mergeCells(1, 1, 1, 2 + years.length);
  ws.mergeCells(2, 1, 3, 1);
  ws.mergeCells(2, 2, 3, 2);
  ws.mergeCells(2, 3, 2, 2 + years.length);
  ws.getCell("A1").font = { bold: true, size: 14 };
  [6, 18, 12, 12, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/**
 * Merges the unit cell of the first two neighbouring rows of a sheet that share a unit written the same
 * way, as offices do for a town's block: the second row's unit then lives only in the merged area.
 */
function mergeOneUnitPair(ws: ExcelJS.Worksheet, firstDataRow: number, unitColumn: number): void {
  for (let r = firstDataRow; r < ws.rowCount; r++) {
    const a = ws.getCell(r, unitColumn).value;
    const b = ws.getCell(r + 1, unitColumn).value;
    if (typeof a === "string" && a !== "" && a === b) {
      ws.getCell(r + 1, unitColumn).value = null;
      ws.mergeCells(r, unitColumn, r + 1, unitColumn);
      return;
    }
  }
}

const NOTES = [
  ["说明"],
  [
    "本工作簿为 gaoqi 自带的示例数据，全部为虚构：企业名称由字词随机组合，统一社会信用代码与证书编号为随机生成（校验位有效），与任何真实企业无关。",
  ],
  [
    "“高企名单（2019-2022）”“2023-2024年认定”与“迁入企业”三个工作表为企业名单；“目标任务”为目标分解表；“培育库”为培育库、“走访记录”为联系服务记录（均按企业名称或信用代码与名单对应）；本表（说明）不参与统计。",
  ],
  [
    "“迁入企业”表按科委习惯重复列出迁入企业（其迁入日期只记在此表）：与主表为同一证书的行不重复计数，但迁入日期并入该企业。其中一家迁入后证书到期，第二期迁入奖励不予发放；另一家迁入时尚未取得证书，不计迁入奖励。",
  ],
  [
    "“2023-2024年认定”表中有一处“属地”单元格跨两行合并，合并区域的单位属于这两行。“目标任务”表按政策原表格式，单位用简称（如“枫泾”“碳谷绿湾”），按别名对应到标准单位。",
  ],
  [
    "数据中故意保留了若干常见问题（重复录入、所属单位为空或无法识别、日期无法识别、校验位错误、证书年份与发证日期不一致、缺少发证日期、名称以“=”开头），用于演示“数据问题”清单。",
  ],
  [
    "“培育库”按科委习惯记录候选企业的培育阶段（发现、服务、推出、认定，也写作入库、培育、已申报、已认定等）。其中部分企业已取得证书但阶段仍为“推出”或“服务”（演示“培育库阶段已过时”），部分企业未填所属单位（有名单记录的取名单中的单位），另有一行未填企业名称。",
  ],
  [
    "“走访记录”按科委习惯逐次登记走访、电话、座谈等联系服务及企业反映的问题和办理状态（已办结、办理中、未办结、待办等）。其中部分问题已超过办结时限，部分年内到期企业近一个季度未走访（列入“待走访”），另有几行企业不在名单和培育库中、一行未填企业名称。",
  ],
  ["目标任务采用《金山区高新技术企业育苗造林十五条工作举措（2022-2024年）》附件中的分解表。"],
];

const HEADERS: [string, string[]][] = [
  [
    "高企名单（2019-2022）",
    [
      "序号",
      "企业名称",
      "统一社会信用代码",
      "证书编号",
      "发证日期",
      "所属镇（园区）",
      "认定类型",
      "迁入日期",
      "迁出日期",
      "取消日期",
    ],
  ],
  [
    "2023-2024年认定",
    [
      "序号",
      "单位名称",
      "信用代码",
      "证书号",
      "认定日期",
      "属地",
      "类型",
      "迁入日期",
      "迁出日期",
      "撤销日期",
    ],
  ],
];
const FIELDS = ["name", "code", "certNo", "issue", "unit", "type", "moveIn", "moveOut", "revoked"];

const MOVED_IN_HEADER = [
  "序号",
  "企业名称",
  "统一社会信用代码",
  "证书编号",
  "发证日期",
  "所属镇（园区）",
  "迁入日期",
];
const MOVED_IN_FIELDS = ["name", "code", "certNo", "issue", "unit", "moveIn"];

const POOL_HEADER = [
  "序号",
  "企业名称",
  "统一社会信用代码",
  "所属镇（园区）",
  "培育阶段",
  "计划申报年度",
  "入库日期",
  "联系人",
  "备注",
];
/** The pool's own PRNG seed: its draws must not shift the roster's sequence. */
const POOL_SEED = 20230601;
/** Stage words as offices write them, the canonical word first and most often. */
const STAGE_WORDS: Record<"found" | "served" | "submitted" | "recognised", string[]> = {
  found: ["发现", "发现", "发现", "入库", "储备"],
  served: ["服务", "服务", "培育", "辅导", "培育中"],
  submitted: ["推出", "推出", "已申报", "申报", "推荐"],
  recognised: ["认定", "已认定"],
};
const CONTACTS = ["张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴"];

interface PoolEntry {
  name: string;
  code: string;
  unit: string;
  stage: keyof typeof STAGE_WORDS;
  plannedYear: number | null;
  note: string;
}

/**
 * The pool: roster enterprises first recognised in 2023 (most marked 认定; some still at 推出 or 服务, a
 * stale stage), enterprises whose certificate lapsed and who are re-applying, and about 230 candidates
 * the roster does not know yet, spread over the units by their targets. Rows are shuffled as a register
 * kept over months would be.
 */
function poolEntries(enterprises: Enterprise[], rand: () => number): PoolEntry[] {
  /** Fisher-Yates, in place: the roster lists enterprises unit by unit, and the pool should span them. */
  const shuffle = <T>(xs: T[]): T[] => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  };
  const out: PoolEntry[] = [];
  const firstIn2023 = shuffle(
    enterprises.filter(
      (e) =>
        e.certs.length === 1 &&
        e.certs[0].year === 2023 &&
        e.moveIn === null &&
        !e.name.startsWith("=")
    )
  );
  firstIn2023.slice(0, 60).forEach((e, i) => {
    const stale = i % 4 === 0;
    out.push({
      name: e.name,
      code: rand() < 0.3 ? "" : e.code,
      unit: rand() < 0.15 ? "" : e.unit,
      stage: stale ? (i % 8 === 0 ? "served" : "submitted") : "recognised",
      plannedYear: 2023,
      note: stale ? "" : "2023年认定",
    });
  });
  const lapsed = shuffle(
    enterprises.filter(
      (e) => e.certs[e.certs.length - 1].year === 2020 && e.moveOut === null && e.revoked === null
    )
  );
  lapsed.slice(0, 10).forEach((e, i) => {
    out.push({
      name: e.name,
      code: e.code,
      unit: e.unit,
      stage: i % 2 === 0 ? "submitted" : "served",
      plannedYear: i % 2 === 0 ? 2023 : 2024,
      note: "证书到期，重新申报",
    });
  });

  const newName = unique(() => companyName(rand), new Set(enterprises.map((e) => e.name)));
  const newCode = unique(
    () => {
      let body = "91310116MA7";
      for (let i = 0; i < 6; i++) body += CODE_CHARS[Math.floor(rand() * CODE_CHARS.length)];
      return body + creditCodeCheckChar(body)!;
    },
    new Set(enterprises.map((e) => e.code))
  );
  const units = DEFAULT_TARGETS.units;
  const weights = units.map((u) => DEFAULT_TARGETS.targets[u][2023]);
  const sum = weights.reduce((a, b) => a + b, 0);
  const unitFor = (): string => {
    let r = rand() * sum;
    for (let k = 0; k < units.length; k++) if ((r -= weights[k]) < 0) return units[k];
    return units[units.length - 1];
  };
  for (let i = 0; i < 230; i++) {
    const r = rand();
    const stage = r < 0.38 ? "found" : r < 0.72 ? "served" : "submitted";
    const year =
      stage === "submitted"
        ? rand() < 0.55
          ? 2023
          : rand() < 0.6
            ? 2024
            : null
        : rand() < 0.5
          ? 2024 + Math.floor(rand() * 2)
          : null;
    out.push({
      name: newName(),
      code: rand() < 0.25 ? "" : newCode(),
      unit: rand() < 0.06 ? "" : unitFor(),
      stage,
      plannedYear: year,
      note: "",
    });
  }
  return shuffle(out);
}

/** The 培育库 sheet: a title row, the header, one row per entry, and one row that names no enterprise; its entries. */
function addPoolSheet(wb: ExcelJS.Workbook, enterprises: Enterprise[]): PoolEntry[] {
  const rand = prng(POOL_SEED);
  const ws = wb.addWorksheet("培育库");
  ws.addRow(["金山区高新技术企业培育库（2023年）"]);
  ws.mergeCells(1, 1, 1, POOL_HEADER.length);
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.addRow(POOL_HEADER).font = { bold: true };
  const entries = poolEntries(enterprises, rand);
  entries.forEach((p, i) => {
    const entered = utcDateFromSerial(
      serialFromYmd(
        2021 + Math.floor(rand() * 3),
        1 + Math.floor(rand() * 12),
        1 + Math.floor(rand() * 28)
      )
    );
    const year =
      p.plannedYear === null ? null : rand() < 0.3 ? `${p.plannedYear}年` : p.plannedYear;
    const row = ws.addRow([
      i + 1,
      p.name,
      p.code,
      p.unit === "" ? null : unitText(p.unit, rand),
      STAGE_WORDS[p.stage][Math.floor(rand() * STAGE_WORDS[p.stage].length)],
      year,
      entered,
      `${CONTACTS[Math.floor(rand() * CONTACTS.length)]}老师`,
      p.note || null,
    ]);
    row.getCell(7).numFmt = "yyyy-mm-dd";
  });
  // A row whose company was never filled in: the pool-unmatched finding.
  ws.addRow([entries.length + 1, null, null, "朱泾镇", "发现", null, null, null, "企业名称待补"]);
  [6, 36, 22, 16, 10, 12, 12, 10, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return entries;
}

const CONTACT_HEADER = [
  "序号",
  "走访日期",
  "企业名称",
  "统一社会信用代码",
  "所属镇（园区）",
  "走访形式",
  "走访人",
  "问题或诉求",
  "办理状态",
  "办结时限",
  "备注",
];
/** The contact log's own PRNG seed: its draws must not shift the roster's or the pool's sequence. */
const CONTACT_SEED = 20230913;
/** Forms of contact, 走访 most often, as offices write them. */
const FORMS = ["走访", "走访", "走访", "实地走访", "电话", "电话", "座谈", "线上"];
/** Status words by status, the canonical word first and most often. */
const STATUS_WORDS = {
  done: ["已办结", "已办结", "已办结", "已完成", "已解决", "已答复"],
  "in-progress": ["办理中", "办理中", "处理中", "跟进中"],
  unfinished: ["未办结", "未办结", "未解决"],
  todo: ["待办", "待办", "待处理"],
};
const PROBLEMS = [
  "研发费用加计扣除政策咨询",
  "高企认定申报材料辅导",
  "知识产权布局",
  "人才公寓申请",
  "用地扩产",
  "融资需求",
  "科技成果转化",
  "研发机构建设",
  "用工招聘",
  "厂房租金",
  "技术合同登记",
  "专精特新申报咨询",
];
const NO_PROBLEM_WORDS = ["无", "暂无", "无", "/", null];

/**
 * The 走访记录 sheet as offices keep it (docs/rules.md section 10): about 340 contacts over 2023 and 2024, in
 * the order they were entered, to roster enterprises (those expiring in the year most of all, some visited
 * within the year's last quarter and some not), to submitted pool candidates, and to others; about half
 * raise a problem, at every status (written in the words offices use), some past their due date, some
 * with none; a few rows name a company neither the roster nor the pool knows, one names none.
 */
function addContactSheet(wb: ExcelJS.Workbook, enterprises: Enterprise[], pool: PoolEntry[]): void {
  const rand = prng(CONTACT_SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  type Who = { name: string; code: string; unit: string };
  const inDistrict = enterprises.filter(
    (e) => e.moveOut === null && e.revoked === null && !e.name.startsWith("=")
  );
  const submitted = pool.filter((p) => p.stage === "submitted" && p.name !== "");
  const date = (from: number, to: number): number => from + Math.floor(rand() * (to - from + 1));
  const contacts: { who: Who; date: number }[] = [];
  const strangers = unique(
    () => companyName(rand),
    new Set([...enterprises.map((e) => e.name), ...pool.map((p) => p.name)])
  );
  // Two years of the log, so that the year ends of 2023 (the CLI's examples) and 2024 (where the pane's
  // preview opens) both show a year of visits.
  for (const year of [2023, 2024]) {
    const from = contacts.length;
    // Certificates of Y-3 run out in Y unless renewed in Y: that year's call list.
    const expiring = inDistrict.filter(
      (e) => e.certs.some((c) => c.year === year - 3) && !e.certs.some((c) => c.year === year)
    );
    const others = inDistrict.filter((e) => !expiring.includes(e));
    // Expiring enterprises: three in four visited during the year, about half of those again in its last quarter.
    for (const e of expiring) {
      if (rand() < 0.25) continue;
      contacts.push({ who: e, date: date(serialFromYmd(year, 1, 5), serialFromYmd(year, 9, 30)) });
      if (rand() < 0.5)
        contacts.push({
          who: e,
          date: date(serialFromYmd(year, 10, 2), serialFromYmd(year, 12, 29)),
        });
    }
    for (const p of submitted)
      if (rand() < 0.3)
        contacts.push({
          who: p,
          date: date(serialFromYmd(year, 2, 1), serialFromYmd(year, 12, 28)),
        });
    while (contacts.length - from < 165)
      contacts.push({
        who: pick(others),
        date: date(serialFromYmd(year, 1, 4), serialFromYmd(year, 12, 29)),
      });
    for (let i = 0; i < 3; i++)
      contacts.push({
        who: { name: strangers(), code: "", unit: pick(DEFAULT_TARGETS.units) },
        date: date(serialFromYmd(year, 3, 1), serialFromYmd(year, 11, 30)),
      });
  }
  contacts.sort((a, b) => a.date - b.date);

  const ws = wb.addWorksheet("走访记录");
  ws.addRow(["金山区高新技术企业走访服务记录（联系服务制度）"]);
  ws.mergeCells(1, 1, 1, CONTACT_HEADER.length);
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.addRow(CONTACT_HEADER).font = { bold: true };
  contacts.forEach((c, i) => {
    const r = rand();
    let problem: string | null = null;
    let status: string | null = null;
    let due: number | null = null;
    if (r < 0.5) {
      problem = pick(PROBLEMS);
      // Older problems are mostly answered; recent ones are still open more often.
      const late = c.date >= serialFromYmd(ymdFromSerial(c.date).y, 10, 1);
      const s = rand();
      const kind =
        s < (late ? 0.3 : 0.65)
          ? "done"
          : s < (late ? 0.55 : 0.8)
            ? "in-progress"
            : s < (late ? 0.75 : 0.9)
              ? "unfinished"
              : s < 0.97
                ? "todo"
                : null;
      status = kind === null ? null : pick(STATUS_WORDS[kind]);
      if (rand() < 0.85) due = c.date + 15 + Math.floor(rand() * 60);
    } else {
      problem = pick(NO_PROBLEM_WORDS);
    }
    const byName = rand() < 0.9 || c.who.code === "";
    const row = ws.addRow([
      i + 1,
      rand() < 0.12 ? messyDate(c.date, rand) : utcDateFromSerial(c.date),
      byName ? c.who.name : null,
      rand() < 0.6 || !byName ? c.who.code || null : null,
      c.who.unit === "" ? null : unitText(c.who.unit, rand),
      pick(FORMS),
      `${pick(CONTACTS)}${pick(["老师", "科长", ""])}`,
      problem,
      status,
      due === null ? null : utcDateFromSerial(due),
      null,
    ]);
    for (const col of [2, 10])
      if (row.getCell(col).value instanceof Date) row.getCell(col).numFmt = "yyyy-mm-dd";
  });
  // A row whose company was never written down: it joins nothing.
  ws.addRow([
    contacts.length + 1,
    utcDateFromSerial(serialFromYmd(2023, 8, 16)),
    null,
    null,
    "朱泾镇",
    "电话",
    "王老师",
    "用工招聘",
    "待办",
    null,
    "企业名称待补",
  ]);
  [6, 12, 36, 22, 16, 10, 10, 28, 10, 12, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** Builds the sample workbook in memory. */
export function buildSampleWorkbook(seed = 20231231): ExcelJS.Workbook {
  const rand = prng(seed);
  const enterprises = generate(rand);
  const rows = buildRows(enterprises, rand);
  addProblems(rows, rand);
  addMovedInSheet(rows);

  const wb = new ExcelJS.Workbook();
  wb.creator = "gaoqi sample generator";
  wb.created = wb.modified = new Date(Date.UTC(2024, 0, 15));
  const notes = wb.addWorksheet("说明");
  NOTES.forEach((n) => notes.addRow(n));
  notes.getColumn(1).width = 120;
  notes.getCell("A1").font = { bold: true, size: 14 };

  HEADERS.forEach(([sheetName, header], s) => {
    const ws = wb.addWorksheet(sheetName);
    if (s === 0) {
      ws.addRow(["金山区高新技术企业名单（2019-2022年认定）"]);
      ws.mergeCells(1, 1, 1, header.length);
      ws.getCell("A1").font = { bold: true, size: 14 };
      ws.addRow(["数据来源：区科委整理（示例数据，均为虚构）"]);
    }
    const headerRow = ws.addRow(header);
    headerRow.font = { bold: true };
    let seq = 0;
    for (const r of rows.filter((x) => x.sheet === s)) {
      const row = ws.addRow([++seq, ...FIELDS.map((f) => r.values[f] ?? null)]);
      for (const c of [5, 8, 9, 10]) {
        const cell = row.getCell(c);
        if (cell.value instanceof Date) cell.numFmt = "yyyy-mm-dd";
      }
    }
    [6, 36, 22, 18, 14, 16, 10, 12, 12, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    if (s === 1) mergeOneUnitPair(ws, 2, 6);
  });

  const moved = wb.addWorksheet("迁入企业");
  moved.addRow(["2022-2023年迁入企业"]);
  moved.mergeCells(1, 1, 1, MOVED_IN_HEADER.length);
  moved.addRow(MOVED_IN_HEADER).font = { bold: true };
  let seq = 0;
  for (const r of rows.filter((x) => x.sheet === 2)) {
    const row = moved.addRow([++seq, ...MOVED_IN_FIELDS.map((f) => r.values[f] ?? null)]);
    for (const c of [5, 7])
      if (row.getCell(c).value instanceof Date) row.getCell(c).numFmt = "yyyy-mm-dd";
  }
  [6, 36, 22, 18, 14, 16, 12].forEach((w, i) => (moved.getColumn(i + 1).width = w));
  addTargetSheet(wb);
  addContactSheet(wb, enterprises, addPoolSheet(wb, enterprises));
  return wb;
}

async function run(): Promise<void> {
  const file = path.join(packageRoot(), "samples", "jinshan-sample.xlsx");
  const wb = buildSampleWorkbook();
  await wb.xlsx.writeFile(file);
  const rows = wb.worksheets.slice(1).reduce((n, ws) => n + ws.rowCount, 0);
  process.stdout.write(
    `wrote ${path.relative(process.cwd(), file)} (${rows} roster rows incl. headers)\n`
  );
}

if (require.main === module) {
  run().catch((e: unknown) => {
    process.stderr.write(`sample failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
