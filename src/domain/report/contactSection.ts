/**
 * The 通报's 服务情况 part (docs/rules.md section 10, measure 13): a paragraph generated from the district's
 * contact figures (visits this year, enterprises visited, open and overdue problems, the call list of
 * enterprises without a contact in the last N days). The per-unit table is the first table of the 附件
 * 待走访名单 (toVisitSheet.ts): on the 通报 it pushed the page below a readable print scale with 12 units
 * and more. A workbook without a contact sheet gets one line saying so, not figures of zero.
 */
import type { Lang } from "../core/types";
import type { ReportGrid } from "./grid";
import { interpolate } from "../core/interpolate";
import { COLORS, FONT_SIZES } from "./palette";
import { proseCount } from "./prose";
import { addSpacer, type ReportContext } from "./reportContext";

const TEXT = {
  visits: {
    "zh-CN": "{year}年共走访联系企业{visits}次，涉及{enterprises}家",
    "en-US": "In {year}, {visits} visits to {enterprises} enterprises",
  },
  open: {
    "zh-CN": "；未办结问题{open}个，其中超期{overdue}个",
    "en-US": "; {open} problems are open, {overdue} of them overdue",
  },
  noOpen: { "zh-CN": "；收集的问题均已办结", "en-US": "; every problem raised has been resolved" },
  toVisit: {
    "zh-CN": "；年内到期和已推出申报的企业中，{n}家近{days}天未联系，列为待走访",
    "en-US":
      "; {n} enterprises expiring this year or submitted from the pool have had no contact in the last {days} days and are to be visited",
  },
  noToVisit: {
    "zh-CN": "；年内到期和已推出申报的企业近{days}天均已联系",
    "en-US":
      "; every enterprise expiring this year or submitted from the pool has been contacted in the last {days} days",
  },
  listIn: {
    "zh-CN": "（各单位情况和名单见附件{n}）",
    "en-US": " (by unit, and the list, in Annex {n})",
  },
  end: { "zh-CN": "。", "en-US": "." },
  noSheet: {
    "zh-CN": "工作簿中没有走访记录工作表，本期不统计走访、问题和待走访情况。",
    "en-US": "The workbook has no contact sheet, so no visits, problems or call list are reported.",
  },
};

function say(
  lang: Lang,
  key: keyof typeof TEXT,
  vars: Record<string, string | number> = {}
): string {
  return interpolate(TEXT[key][lang], vars);
}

/** Whether the analysis read a contact sheet. */
export function hasContactSheet(ctx: ReportContext): boolean {
  return ctx.analysis.sheets.some((s) => s.kind === "contacts");
}

/** The paragraph: the district's contact figures, and where the call list is. */
export function contactsText(ctx: ReportContext): string {
  const { lang, analysis: a } = ctx;
  const c = a.total.contacts;
  const countText = (n: number): string => proseCount(n, lang);
  let s = say(lang, "visits", {
    year: a.year,
    visits: countText(c.visits),
    enterprises: countText(c.enterprises),
  });
  s +=
    c.open > 0
      ? say(lang, "open", { open: countText(c.open), overdue: countText(c.overdue) })
      : say(lang, "noOpen");
  const days = ctx.opts.contactDays;
  s +=
    c.toVisit > 0
      ? say(lang, "toVisit", { n: countText(c.toVisit), days })
      : say(lang, "noToVisit", { days });
  const annex = ctx.annex("toVisit");
  if (annex !== null) s += say(lang, "listIn", { n: annex });
  return s + say(lang, "end");
}

/** Appends the paragraph (or the line saying there is no contact sheet); the per-unit table is in the 附件. */
export function addContacts(grid: ReportGrid, ctx: ReportContext): void {
  const { lang } = ctx;
  addSpacer(grid, 4);
  if (!hasContactSheet(ctx)) {
    const row = grid.addText(say(lang, "noSheet"), {
      fontSize: FONT_SIZES.note,
      fontColor: COLORS.noteFont,
      wrap: true,
      vAlign: "top",
    });
    grid.textSection("contacts", row);
    return;
  }
  const row = grid.addText(contactsText(ctx), {
    wrap: true,
    vAlign: "top",
    fontSize: 11,
    fontColor: COLORS.bodyFont,
  });
  grid.textSection("contacts", row);
}
