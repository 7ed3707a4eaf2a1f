/**
 * The valid workbooks the reader's tests make, by name: workbookReader.test.ts states what each must
 * read as, and differential.test.ts reads every one with exceljs too and compares every cell.
 */
import { NS, REL_NS, xlsxParts, zipParts, type XlsxSpec } from "./buildXlsx";

const rows30k = Array.from(
  { length: 30_000 },
  (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`
).join("");

export const FIXTURES = {
  cellTypes: {
    strings: [
      "甲",
      "<r><t>上海</t></r><r><rPr><b/></rPr><t>某某</t></r>",
      '<t>金山</t><rPh sb="0" eb="2"><t>ジンシャン</t></rPh>',
    ],
    sheets: [
      {
        name: "S",
        xml:
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><r><t>上海</t></r><r><t xml:space="preserve"> 丙</t></r></is></c>' +
          '<c r="B2" t="str"><f>A1&amp;"x"</f><v>甲x</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="b"><v>0</v></c>' +
          '<c r="E2" t="e"><v>#N/A</v></c><c r="F2"><v>-1.25</v></c><c r="G2" t="n"><v>1E+3</v></c></row>' +
          '<row r="3"><c r="A3" t="str"><v>#N/A</v></c><c r="B3" t="inlineStr"><is><t>TRUE</t></is></c></row>',
      },
    ],
  },
  inlinePhonetic: {
    sheets: [
      {
        name: "I",
        xml:
          '<row r="1"><c r="A1" t="inlineStr"><is><r><t>金山</t></r><r><t>区</t></r><rPh sb="0" eb="2"><t>ジンシャン</t></rPh></is></c>' +
          '<c r="B1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>',
      },
    ],
  },
  formulas: {
    sheets: [
      {
        name: "F",
        xml:
          '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>NOW()</f></c><c r="C1" t="str"><f>""</f><v></v></c>' +
          '<c r="D1"><f t="shared" ref="D1:D2" si="0">A1</f><v>2</v></c><c r="E1" s="0"/></row>' +
          '<row r="2"><c r="D2"><f t="shared" si="0"/><v>3</v></c></row>',
      },
    ],
  },
  escapes: {
    strings: ["<t>a&amp;b&#x4E0A;_x000D_&#10;c</t>", "<t>_x005F_x0041_</t>"],
    sheets: [
      {
        name: "T",
        xml:
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
          '<c r="C1" t="inlineStr"><is><t>x\r\ny</t></is></c></row>',
      },
    ],
  },
  dates1904: {
    numFmts: { 164: 'yyyy"年"m"月"d"日"', 165: "0.00" },
    cellXfs: [0, 14, 164, 165, 31],
    date1904: true,
    sheets: [
      {
        name: "D",
        xml:
          '<row r="1"><c r="A1" s="1"><v>43288</v></c><c r="B1" s="2"><v>43288</v></c><c r="C1" s="3"><v>43288</v></c>' +
          '<c r="D1" s="4"><v>43288</v></c><c r="E1"><v>43288</v></c><c r="F1" t="d"><v>2022-07-08</v></c></row>',
      },
    ],
  },
  withoutR: {
    sheets: [
      {
        name: "R",
        xml:
          "<row><c><v>1</v></c><c><v>2</v></c></row>" +
          '<row><c r="C2"><v>3</v></c><c><v>4</v></c></row>' +
          '<row r="5"><c><v>5</v></c><c r="E5"><v>6</v></c><c><v>7</v></c></row>' +
          '<row><c r="B7"><v>8</v></c></row><row><c t="s"/><c><v>9</v></c></row>',
      },
    ],
  },
  lastCell: {
    sheets: [{ name: "X", xml: '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>' }],
  },
  emptyRows: {
    strings: [""],
    sheets: [
      {
        name: "E",
        xml: '<row r="1" ht="30" customHeight="1"/><row r="2"><c r="A2" s="0"/></row><row r="3"><c r="A3" t="s"><v>0</v></c></row>',
      },
    ],
  },
  prefixed: {
    sheets: [
      {
        name: "P",
        xml:
          `<?xml version="1.0"?><x:worksheet xmlns:x="${NS}" xmlns:r="${REL_NS}"><x:sheetData>` +
          '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row>' +
          '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>',
      },
    ],
  },
  merges: {
    sheets: [
      {
        name: "M",
        xml: '<row r="1"><c r="A1"><v>1</v></c></row><row r="21"><c r="E21"><v>2</v></c></row>',
        after:
          '<mergeCells count="3"><mergeCell ref="A1:C2"/><mergeCell ref="E21:E22"/><mergeCell ref="G5"/></mergeCells>',
      },
    ],
  },
  lookAlikeMarkup: {
    sheets: [
      {
        name: "C",
        xml: '<!-- <mergeCell ref="Z1:Z9"/> --><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<mergeCell ref="Y1:Y2"/>]]></t></is></c></row>',
        after: '<mergeCells count="1"><mergeCell ref="B2:C3"/></mergeCells>',
      },
    ],
  },
  manyMerges: {
    sheets: [
      {
        name: "Big",
        xml: rows30k,
        after: `<mergeCells count="5000">${Array.from({ length: 5000 }, (_, i) => `<mergeCell ref="B${i + 1}:C${i + 1}"/>`).join("")}</mergeCells>`,
      },
    ],
  },
  stored: {
    sheets: [{ name: "S", xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
    compression: "STORE",
  },
} satisfies Record<string, XlsxSpec>;

/** Tab order opposite to zip order, a hidden sheet and a chartsheet. */
export function sheetOrder(): Promise<Buffer> {
  const parts = xlsxParts({
    sheets: [
      { name: "第二", xml: '<row r="1"><c r="A1"><v>2</v></c></row>', state: "hidden" },
      { name: "图表", xml: '<chartsheet xmlns="' + NS + '"/>', kind: "chartsheet" },
      { name: "第一 & <三>", xml: '<row r="1"><c r="A1"><v>1</v></c></row>' },
    ],
  });
  return zipParts(Object.fromEntries(Object.entries(parts).reverse()));
}

/** The workbook part elsewhere, absolute relationship targets, part names in other letter cases. */
export function movedParts(): Promise<Buffer> {
  const parts = xlsxParts({
    sheets: [{ name: "S", xml: '<row r="1"><c r="A1"><v>7</v></c></row>' }],
  });
  return zipParts({
    "_rels/.rels": (parts["_rels/.rels"] as string).replace(
      'Target="xl/workbook.xml"',
      'Target="/Book/Main.xml"'
    ),
    "Book/Main.xml": parts["xl/workbook.xml"],
    "book/_rels/main.xml.rels": (parts["xl/_rels/workbook.xml.rels"] as string).replace(
      'Target="worksheets/sheet1.xml"',
      'Target="/XL/Worksheets/Sheet1.xml"'
    ),
    "xl/worksheets/sheet1.xml": parts["xl/worksheets/sheet1.xml"],
    "[Content_Types].xml": parts["[Content_Types].xml"],
  });
}
