/**
 * Blank sheets to start from (插入模板): the enterprise list, the policy's target table, the
 * cultivation pool and the contact log, each with the headings the engine recognises and two example rows
 * (the target table with the policy's own figures, to be edited; the contact log's examples visit the
 * enterprise list's). What each column means is said in the pane, not in the sheet: a note row under the
 * data would be read as an enterprise. Layouts only: src/excel writes them to NEW sheets, never over an
 * existing one. Each template, read back by analyseWorkbook, is recognised as its kind, and the four
 * together read back without a finding (tested).
 *
 * A new kind of sheet adds its kind to TEMPLATE_KINDS (templateKinds.ts) and its template to TEMPLATE_BUILDERS.
 */
import { detectContactHeader } from "../contacts/contactHeader";
import { contactTemplate } from "../contacts/contactTemplate";
import { serialFromYmd } from "../core/dates";
import { EXAMPLE_ENTERPRISES } from "../enterprise/exampleEnterprises";
import { DEFAULT_TARGETS, targetFor } from "../targets/targetTable";
import type { Lang } from "../core/types";
import { ReportGrid } from "./grid";
import type { ReportLayout, ReportValue } from "./layout";
import { FONT_SIZES, FORMATS } from "./palette";
import { HEADER_STYLE } from "./tableParts";
import { MARGINS } from "./pageFit";
import type { TemplateKind } from "./templateKinds";

export { TEMPLATE_KINDS, type TemplateKind } from "./templateKinds";

type Local = Record<Lang, string>;

interface TemplateSpec {
  sheet: Local;
  headers: Local[];
  /** Example rows (dates as serials); a column's number format by heading index. */
  rows: ReportValue[][];
  formats: Record<number, string>;
  widths: number[];
}

const h = (zh: string, en: string): Local => ({ "zh-CN": zh, "en-US": en });

// Headings are the first synonyms rosterHeader and poolHeader know, in both languages.
const ROSTER: TemplateSpec = {
  sheet: h("高企名单", "HNTE list"),
  headers: [
    h("企业名称", "Company name"),
    h("统一社会信用代码", "Credit code"),
    h("证书编号", "Certificate No"),
    h("发证日期", "Issue date"),
    h("所属镇/园区", "Unit"),
    h("认定类型", "Type"),
    h("迁入日期", "Move-in date"),
    h("迁出日期", "Move-out date"),
    h("取消日期", "Revoked date"),
  ],
  rows: [
    [
      EXAMPLE_ENTERPRISES[0].name,
      EXAMPLE_ENTERPRISES[0].creditCode,
      "GR202331000101",
      serialFromYmd(2023, 11, 15),
      "枫泾镇",
      "首次认定",
      null,
      null,
      null,
    ],
    [
      EXAMPLE_ENTERPRISES[1].name,
      EXAMPLE_ENTERPRISES[1].creditCode,
      "GR202231000202",
      serialFromYmd(2022, 12, 14),
      "朱泾镇",
      "重新认定",
      serialFromYmd(2024, 3, 1),
      null,
      null,
    ],
  ],
  formats: {
    1: FORMATS.text,
    2: FORMATS.text,
    3: FORMATS.date,
    6: FORMATS.date,
    7: FORMATS.date,
    8: FORMATS.date,
  },
  widths: [28, 22, 18, 12, 14, 10, 12, 12, 12],
};

const POOL: TemplateSpec = {
  sheet: h("培育库", "Cultivation pool"),
  headers: [
    h("企业名称", "Company name"),
    h("统一社会信用代码", "Credit code"),
    h("所属镇/园区", "Unit"),
    h("培育阶段", "Stage"),
    h("计划申报年度", "Planned year"),
    h("入库日期", "Date entered"),
    h("联系人", "Contact"),
    h("备注", "Notes"),
  ],
  rows: [
    [
      "（示例）上海丙科技有限公司",
      "91310116MA1JAM5C23",
      "亭林镇",
      "培育",
      2025,
      serialFromYmd(2024, 9, 2),
      null,
      null,
    ],
    [
      "（示例）上海丁科技有限公司",
      "91310116MA1JBN6D3U",
      "张堰镇",
      "推出",
      2025,
      serialFromYmd(2024, 10, 8),
      null,
      null,
    ],
  ],
  formats: { 1: FORMATS.text, 4: FORMATS.integer, 5: FORMATS.date },
  widths: [28, 22, 14, 10, 12, 12, 12, 20],
};

/** The target table: the policy's units and yearly targets (DEFAULT_TARGETS), ending at 合计. */
function targetsSpec(): TemplateSpec {
  const years = DEFAULT_TARGETS.years;
  return {
    sheet: h("目标任务", "Targets"),
    headers: [h("责任单位", "Unit"), ...years.map((y) => h(`${y}年`, String(y)))],
    rows: [
      ...DEFAULT_TARGETS.units.map((u) => [
        u,
        ...years.map((y) => targetFor(DEFAULT_TARGETS, u, y)),
      ]),
      ["合计", ...years.map((y) => targetFor(DEFAULT_TARGETS, "合计", y))],
    ],
    formats: Object.fromEntries(years.map((_, i) => [i + 1, FORMATS.count])),
    widths: [18, ...years.map(() => 10)],
  };
}

/**
 * The contact log: contactTemplate's sheet name, headings and examples (the 记录走访 form makes its new
 * sheet from the same template), with a text format for the credit code and a date format for the dates.
 */
function contactsSpec(): TemplateSpec {
  const zh = contactTemplate("zh-CN");
  const en = contactTemplate("en-US");
  const code = detectContactHeader([zh.header])?.creditCode;
  const formats: Record<number, string> = Object.fromEntries(
    zh.dateColumns.map((c) => [c, FORMATS.date])
  );
  if (code !== undefined) formats[code] = FORMATS.text;
  return {
    sheet: h(zh.sheetName, en.sheetName),
    headers: zh.header.map((zhHeading, i) => h(zhHeading, en.header[i])),
    rows: zh.examples,
    formats,
    // Date, name, code, form, visitor, problem, status, due.
    widths: [12, 28, 22, 10, 10, 30, 10, 12],
  };
}

function layoutOf(spec: TemplateSpec, lang: Lang): ReportLayout {
  const width = spec.headers.length;
  const grid = new ReportGrid(width);
  const header = grid.addRow(spec.headers.map((x) => x[lang]));
  grid.style(header, 0, 1, width, HEADER_STYLE);
  const first = grid.nextRow;
  for (const row of spec.rows) grid.addRow(row);
  const rows = spec.rows.length;
  grid.style(first, 0, rows, width, { border: true });
  for (const [col, numberFormat] of Object.entries(spec.formats))
    grid.style(first, Number(col), rows, 1, { numberFormat });
  grid.sections.push({
    id: "units",
    kind: "table",
    headerRow: header,
    firstRow: first,
    lastRow: first + rows - 1,
    cols: width,
  });
  return {
    id: "template",
    sheetName: spec.sheet[lang],
    lang,
    values: grid.values,
    styles: [
      {
        range: { row: 0, col: 0, rows: grid.values.length, cols: width },
        style: { fontSize: FONT_SIZES.body },
      },
      ...grid.styles,
    ],
    merges: grid.merges,
    columnWidths: spec.widths,
    rowHeights: grid.rowHeights,
    freeze: { rows: 1, columns: 1 },
    conditionalFormats: [],
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: header, last: header },
      margins: MARGINS,
      centerHorizontally: false,
      rowBreaks: [],
    },
    chart: null,
    sections: grid.sections,
  };
}

const TEMPLATE_BUILDERS: Record<TemplateKind, () => TemplateSpec> = {
  roster: () => ROSTER,
  targets: targetsSpec,
  pool: () => POOL,
  contacts: contactsSpec,
};

/** The template sheet of one kind, its headings and example rows in `lang`. */
export function templateLayout(kind: TemplateKind, lang: Lang): ReportLayout {
  return layoutOf(TEMPLATE_BUILDERS[kind](), lang);
}
