/**
 * The Word bulletin, written by the CLI's writer and read back from its XML: the same figures as the
 * 通报 sheet, the summary text and the CLI's JSON (one analysis, every door), the 文号 line, the 落款, the
 * page-number footer, and one section per sheet (landscape where the sheet is).
 */
import { analysisJson } from "../../src/cli/jsonOutput";
import type { ReportLayout } from "../../src/domain/report/layout";
import { formatValue } from "../../src/domain/report/numberText";
import { FORMATS } from "../../src/domain/report/palette";
import { reportOf, sampleAnalysis, sampleCompare } from "../domain/report/fixture";
import { docxBytes } from "./docxFile";

// JSZip's types are not installed; this is the part of its API used here.
const JSZip = require("jszip") as {
  loadAsync(b: Buffer): Promise<{
    file(
      n: string | RegExp
    ): { async(t: "string"): Promise<string> } | null | { async(t: "string"): Promise<string> }[];
  }>;
};

async function parts(layouts: ReportLayout[]): Promise<{ document: string; footers: string[] }> {
  const zip = await JSZip.loadAsync(await docxBytes(layouts));
  const doc = zip.file("word/document.xml") as { async(t: "string"): Promise<string> };
  const footers = zip.file(/word\/footer\d+\.xml/) as { async(t: "string"): Promise<string> }[];
  return {
    document: await doc.async("string"),
    footers: await Promise.all(footers.map((f) => f.async("string"))),
  };
}

/** Each paragraph's text (its runs joined), in order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
        .map((m) => (m[1] === undefined ? "\n" : m[1]))
        .join("")
    )
    .map((t) =>
      t
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
    );
}

/** The text of each row of each table, in order. */
function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join("\n"))
    )
  );
}

describe("the Word bulletin", () => {
  const analysis = sampleAnalysis();
  const layouts = reportOf(analysis);
  const [bulletin] = layouts;
  const section = (id: string) => bulletin.sections.find((s) => s.id === id)!;
  let document: string;
  let footers: string[];

  beforeAll(async () => {
    ({ document, footers } = await parts(layouts));
  });

  it("opens with the 文号 line, the title, the 主送 line, the summary; closes the 通报 with the 工作要求 and the 落款", () => {
    const text = paragraphs(document).filter((t) => t !== "");
    expect(text[0]).toBe("〔2024〕　号");
    expect(text[1]).toBe(bulletin.values[section("title").firstRow][0]);
    expect(text[2]).toBe("各镇人民政府、各园区：");
    expect(text[3]).toBe(bulletin.values[section("summary").firstRow][0]);
    expect(text[text.indexOf("金山区科学技术委员会") - 1]).toMatch(/^下一步，/);
    expect(text).toContain(bulletin.values[section("summary").firstRow][0]);
    const sign = section("signature");
    const office = text.indexOf("金山区科学技术委员会");
    expect(text.slice(office, office + 2)).toEqual([
      bulletin.values[sign.firstRow][0],
      bulletin.values[sign.lastRow][0],
    ]);
  });

  it("has the 通报's table cell for cell as the sheet shows it, then each 附件's list", () => {
    const [units, ...annexes] = tables(document);
    const s = section("units");
    const shown = bulletin.values
      .slice(s.headerRow, s.lastRow + 1)
      .map((row, i) =>
        row.map((v, c) =>
          i === 0
            ? String(v)
            : formatValue(
                v,
                [
                  FORMATS.integer,
                  "@",
                  FORMATS.count,
                  FORMATS.count,
                  FORMATS.percent,
                  FORMATS.signedCount,
                  FORMATS.delta,
                  FORMATS.points,
                  FORMATS.count,
                  FORMATS.wan,
                  FORMATS.count,
                ][c]
              )
        )
      );
    expect(units).toEqual(shown);
    // 附件: expiring, awards, findings, pool, the call list's two tables, the monthly progress, the falls (each 附件 after a section break).
    const annexTables = layouts
      .slice(1)
      .flatMap((l) => l.sections.filter((x) => x.kind === "table"));
    expect(annexTables.map((t) => t.id)).toEqual([
      "expiring",
      "awards",
      "findings",
      "pool",
      "contactUnits",
      "toVisit",
      "progress",
      "falls",
    ]);
    expect(annexes.map((t) => t.length - 1)).toEqual(
      annexTables.map((list) => list.lastRow - list.firstRow + 1)
    );
  });

  it("is one section per sheet, each 附件 on a new page, landscape where its sheet is", () => {
    const sections = [...document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(layouts.length);
    sections.forEach((sect, i) => {
      expect({ i, landscape: /w:orient="landscape"/.test(sect) }).toEqual({
        i,
        landscape: layouts[i].print.orientation === "landscape",
      });
      expect(sect).toMatch(/<w:pgSz w:w="\d+" w:h="\d+"/);
    });
  });

  it("numbers its pages in the footer: 第 PAGE 页 共 NUMPAGES 页", () => {
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) {
      expect(f).toMatch(/PAGE/);
      expect(f).toMatch(/NUMPAGES/);
      expect(paragraphs(f).join("")).toMatch(/^第 .*页 共 .*页$/);
    }
  });

  it("says the same figures as the summary paragraph, the sheet and the JSON", () => {
    const json = analysisJson(analysis, "zh-CN", sampleCompare(analysis));
    const total = json.total;
    const summary = bulletin.values[section("summary").firstRow][0] as string;
    const [units] = tables(document);
    const totalRow = units[units.length - 1];
    const valid = totalRow[3];
    const target = totalRow[2];
    const completion = totalRow[4];
    const awardsWan = totalRow[9];
    expect([target, valid, completion, awardsWan]).toEqual([
      formatValue(total.target, FORMATS.count),
      formatValue(total.valid, FORMATS.count),
      formatValue(total.completion, FORMATS.percent),
      formatValue(total.awards / 10000, FORMATS.wan),
    ]);
    // Running text writes counts without separators and sums in 万元 without trailing zeros.
    expect(summary).toContain(
      `有效期内高新技术企业${total.valid}家，为2023年目标${total.target}家的${completion}`
    );
    const payable = json.awards.filter((e) => e.amount > 0);
    expect(summary).toContain(
      `本年应予奖励事项${payable.length}项，合计${payable.reduce((n, e) => n + e.amount, 0) / 10000}万元`
    );
    expect(summary).toContain(`较上年末净增${total.netIncrease}家`);
    // The JSON's ranks are the table's 排名 (units without a completion have none).
    for (const row of units.slice(1, -1)) {
      const u = json.units.find((x) => x.unit === row[1])!;
      expect({ unit: row[1], rank: row[0] }).toEqual({
        unit: row[1],
        rank: u.rank === null ? "—" : String(u.rank),
      });
      expect({ unit: row[1], valid: row[3] }).toEqual({
        unit: row[1],
        valid: formatValue(u.valid, FORMATS.count),
      });
      // 较上期: the change columns are the JSON's compare block.
      const c = json.compare!.units.find((x) => x.unit === row[1])!;
      expect({ unit: row[1], change: [row[6], row[7]] }).toEqual({
        unit: row[1],
        change: [
          formatValue(c.validChange, FORMATS.delta),
          c.completionChange === null ? "—" : formatValue(c.completionChange, FORMATS.points),
        ],
      });
    }
  });

  it("speaks English with --lang en-US, the 文号 line included", async () => {
    const en = reportOf(analysis, "en-US");
    const { document: doc, footers: f } = await parts(en);
    const text = paragraphs(doc).filter((t) => t !== "");
    expect(text[0]).toBe("Ref. No. (2024) ____");
    expect(text[1]).toBe("Jinshan District high-tech enterprises: targets and progress, 2023");
    expect(text[2]).toBe("To the town governments and the parks:");
    expect(tables(doc)[0].at(-1)![1]).toBe("Total");
    expect(paragraphs(f[0]).join("")).toMatch(/^Page .* of .*$/);
    expect(doc).not.toMatch(/[合计附件通报]/);
  });
});
