/** A hand-made Analysis for layout tests: two units with targets, 其他 without, and a few list entries. */
import { progressDates } from "../../../src/domain/analysis/monthEnds";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings/settings";
import { buildReport } from "../../../src/domain/report/buildReport";
import { bulletinOptions, type BulletinOptions } from "../../../src/domain/report/bulletinOptions";
import type { ReportLayout } from "../../../src/domain/report/layout";
import type {
  Analysis,
  ContactCounts,
  Fall,
  Lang,
  PoolCounts,
  ProgressPoint,
  UnitRow,
} from "../../../src/domain/core/types";

// Serials: 2023-12-31 = 45291, 2023-06-30 = 45107, 2023-11-15 = 45245, 2024-03-01 = 45352,
// 2023-09-22 = 45191, 2023-12-01 = 45261, 2024-01-15 = 45306.
const unit = (
  u: string,
  target: number | null,
  valid: number,
  extra: Partial<UnitRow> = {}
): UnitRow => ({
  unit: u,
  target,
  valid,
  gap: target === null ? null : target - valid,
  completion: target === null || target === 0 ? null : valid / target,
  validPrevYearEnd: valid - 5,
  netIncrease: 5,
  expiring: 1,
  awards: 250000,
  pool: pool(2, 3, 1, 1, 1),
  // Renewal rate 0.5, pass rate 0.7: 1 dropping, 1 candidate.
  forecast: {
    dropping: 1,
    renewed: 0.5,
    new: 0.7,
    value: valid + 0.2,
    gap: target === null ? null : target - valid - 0.2,
    needed: target === null ? null : Math.max(0, Math.ceil((target - valid - 0.2) / 0.7)),
  },
  contacts: contacts(0, 0, 0, 0, 0),
  ...extra,
});

function contacts(
  visits: number,
  enterprises: number,
  open: number,
  overdue: number,
  toVisit: number
): ContactCounts {
  return { visits, enterprises, open, overdue, toVisit };
}

function pool(
  found: number,
  served: number,
  submitted: number,
  recognised: number,
  recognisedThisYear: number
): PoolCounts {
  return { found, served, submitted, recognised, recognisedThisYear };
}

export function sampleAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  const units = [
    unit("枫泾镇", 100, 95, { contacts: contacts(12, 8, 2, 1, 1) }),
    unit("朱泾镇", 100, 70, { awards: 0, contacts: contacts(5, 4, 1, 0, 1) }),
    unit("亭林镇", 50, 20, { expiring: 0 }),
    unit("其他", null, 3, { contacts: contacts(1, 1, 0, 0, 0) }),
  ];
  const total = unit("合计", 250, 188, {
    expiring: 3,
    awards: 750000,
    netIncrease: 20,
    validPrevYearEnd: 168,
    pool: pool(8, 12, 4, 4, 4),
    forecast: { dropping: 4, renewed: 2, new: 2.8, value: 188.8, gap: 61.2, needed: 88 },
    contacts: contacts(18, 13, 3, 1, 2),
  });
  return {
    asOf: 45291,
    year: 2023,
    district: "金山区",
    targets: {
      units: ["枫泾镇", "朱泾镇", "亭林镇"],
      years: [2023],
      targets: {},
      declaredTotals: {},
      source: "default",
    },
    units,
    total,
    expiring: [
      {
        sheet: "名单",
        row: 5,
        name: "上海甲乙科技有限公司",
        creditCode: "",
        certNo: "GR202031000001",
        unit: "枫泾镇",
        lastValid: 45107,
        status: "expired",
        daysLeft: null,
        lastContact: 45107,
      },
      {
        sheet: "名单",
        row: 9,
        name: "=上海丙丁科技有限公司",
        creditCode: "",
        certNo: "GR202131000002",
        unit: "朱泾镇",
        lastValid: 45291,
        status: "expiring",
        daysLeft: 0,
        lastContact: null,
      },
    ],
    awards: [
      {
        sheet: "名单",
        row: 12,
        name: "=上海丙丁科技有限公司",
        creditCode: "91310116MA1H2X3Y4Z",
        certNo: "GR202331000012",
        unit: "枫泾镇",
        type: "first",
        date: 45245,
        amount: 200000,
      },
      {
        sheet: "名单",
        row: 13,
        name: "上海戊己新材料有限公司",
        creditCode: "",
        certNo: "GR202331000013",
        unit: "枫泾镇",
        type: "renewal",
        date: 45245,
        amount: 50000,
      },
    ],
    findings: [
      {
        sheet: "名单",
        row: 7,
        column: "E",
        code: "bad-date",
        severity: "error",
        message: { "zh-CN": "发证日期无法识别", "en-US": "unreadable issue date" },
        name: "上海甲乙科技有限公司",
      },
      {
        sheet: "名单",
        row: 8,
        column: "F",
        code: "missing-unit",
        severity: "warning",
        message: { "zh-CN": "所属单位为空", "en-US": "blank unit" },
      },
    ],
    sheets: [
      { sheet: "说明", kind: "ignored", headerRow: 0, records: 0 },
      { sheet: "名单", kind: "roster", headerRow: 3, records: 200 },
      { sheet: "培育库", kind: "pool", headerRow: 1, records: 28 },
      { sheet: "走访记录", kind: "contacts", headerRow: 1, records: 19 },
    ],
    forecastBasis: {
      year: 2023,
      renewalRate: 0.5,
      renewalSource: "data",
      renewalBase: 40,
      renewalRenewed: 20,
      passRate: 0.7,
    },
    pool: [
      {
        sheet: "培育库",
        row: 2,
        name: "上海庚辛科技有限公司",
        creditCode: "",
        unit: "枫泾镇",
        stage: "submitted",
        statedStage: "submitted",
        plannedYear: 2023,
        stageColumn: "D",
        certNo: "",
        recognisedOn: null,
      },
    ],
    toVisit: [
      {
        sheet: "名单",
        row: 5,
        name: "上海甲乙科技有限公司",
        creditCode: "",
        unit: "枫泾镇",
        reason: "expiring",
        lastContact: 45107,
      },
      {
        sheet: "名单",
        row: 9,
        name: "=上海丙丁科技有限公司",
        creditCode: "",
        unit: "朱泾镇",
        reason: "expiring",
        lastContact: null,
      },
    ],
    problems: [
      {
        sheet: "走访记录",
        row: 4,
        column: "F",
        name: "上海甲乙科技有限公司",
        unit: "枫泾镇",
        date: 45107,
        problem: "用地指标紧张",
        status: "in-progress",
        due: 45191,
        overdue: true,
      },
      {
        sheet: "走访记录",
        row: 9,
        column: "F",
        name: "上海戊己新材料有限公司",
        unit: "枫泾镇",
        date: 45245,
        problem: "=申报材料咨询",
        status: null,
        due: 45306,
        overdue: false,
      },
      {
        sheet: "走访记录",
        row: 12,
        column: "F",
        name: "=上海丙丁科技有限公司",
        unit: "朱泾镇",
        date: 45261,
        problem: "",
        status: "todo",
        due: null,
        overdue: false,
      },
    ],
    progress: sampleProgress(units, total),
    falls: sampleFalls(),
    ...overrides,
  };
}

/**
 * Month ends of 2023: each unit climbs evenly from its previous year end to its count at A, except 朱泾镇,
 * which loses 2 in March (see sampleFalls) and is back on its line in April.
 */
function sampleProgress(units: UnitRow[], total: UnitRow): ProgressPoint[] {
  return progressDates(45291).map((date, k) => {
    const perUnit = units.map((u) => {
      const valid =
        u.validPrevYearEnd +
        Math.round(((u.valid - u.validPrevYearEnd) * (k + 1)) / 12) -
        (u.unit === "朱泾镇" && k === 2 ? 2 : 0);
      return { unit: u.unit, valid, completion: u.target === null ? null : valid / u.target };
    });
    const valid = perUnit.reduce((sum, u) => sum + u.valid, 0);
    return { date, valid, completion: valid / (total.target as number), units: perUnit };
  });
}

/** 朱泾镇 fell in March 2023 (2023-02-28 = 44985, 2023-03-31 = 45016): one certificate lapsed, one enterprise moved out. */
function sampleFalls(): Fall[] {
  return [
    {
      unit: "朱泾镇",
      from: 44985,
      date: 45016,
      before: 66,
      after: 64,
      enterprises: [
        {
          sheet: "名单",
          row: 21,
          name: "上海壬癸电子有限公司",
          creditCode: "",
          certNo: "GR202031000021",
          reason: "lapsed",
          on: 44995,
        },
        {
          sheet: "名单",
          row: 30,
          name: "=上海子丑机械有限公司",
          creditCode: "",
          certNo: "GR202131000030",
          reason: "moved-out",
          on: 45000,
        },
      ],
    },
  ];
}

/** The same units at the previous year end (valid 5 fewer, as validPrevYearEnd says), for the 较上期 columns. */
export function sampleCompare(a: Analysis = sampleAnalysis()): Analysis {
  const before = (u: UnitRow): UnitRow => {
    const valid = u.validPrevYearEnd;
    return {
      ...u,
      valid,
      completion: u.target === null || u.target === 0 ? null : valid / u.target,
      gap: u.target === null ? null : u.target - valid,
    };
  };
  return {
    ...a,
    asOf: 44926,
    year: 2022,
    units: a.units.map(before),
    total: before(a.total),
    expiring: [],
    awards: [],
    findings: [],
  };
}

/** Bulletin options as the defaults give them, on 2024-01-15 (serial 45306). */
export function sampleOptions(
  lang: Lang = "zh-CN",
  over: Partial<BulletinOptions> = {}
): BulletinOptions {
  // The findings 附件 on: the tests number all five 附件 (the setting defaults to the 工作底稿 instead).
  return { ...bulletinOptions(DEFAULT_SETTINGS, lang, 45306), findings: "sheet", ...over };
}

/** The report of an analysis (compared with sampleCompare of it) in `lang`. */
export function reportOf(
  a: Analysis = sampleAnalysis(),
  lang: Lang = "zh-CN",
  over: Partial<BulletinOptions> = {},
  compare = sampleCompare(a)
): ReportLayout[] {
  return buildReport(a, compare, sampleOptions(lang, over));
}
