/**
 * The 通报's summary paragraph, generated from the figures: the district's valid count against its target
 * and the completion, the net increase (and the change since the comparison date when that is not the
 * previous year end), the units that met their targets and those that did not, the certificates expiring
 * this year, and the awards of the year in 万元. Every figure is printed as the per-unit table prints it.
 */
import type { Lang } from "../types";
import type { BulletinFigures } from "./bulletinFigures";
import { fallSentence } from "./fallSentence";
import type { ReportGrid } from "./grid";
import { fill, unitLabel } from "./labels";
import { formatValue } from "./numberText";
import { COLORS, FORMATS } from "./palette";
import { countText, longDate, type ReportContext } from "./reportContext";

const TEXT = {
  valid: {
    "zh-CN": "截至{date}，全区有效期内高新技术企业 {valid} 家",
    "en-US": "As of {date}, the district had {valid} valid high-tech enterprises",
  },
  target: { "zh-CN": "，为{year}年目标 {target} 家的 {completion}", "en-US": ", {completion} of the {year} target of {target}" },
  noTarget: { "zh-CN": "（{year}年未设目标）", "en-US": " (no target for {year})" },
  netUp: { "zh-CN": "，较上年末净增 {n} 家", "en-US": ", a net increase of {n} since the end of {prev}" },
  netDown: { "zh-CN": "，较上年末净减 {n} 家", "en-US": ", a net decrease of {n} since the end of {prev}" },
  netSame: { "zh-CN": "，与上年末持平", "en-US": ", as many as at the end of {prev}" },
  changeUp: { "zh-CN": "；较上期（{date}）增加 {n} 家", "en-US": "; {n} more than on {date}" },
  changeDown: { "zh-CN": "；较上期（{date}）减少 {n} 家", "en-US": "; {n} fewer than on {date}" },
  changeSame: { "zh-CN": "；与上期（{date}）持平", "en-US": "; as many as on {date}" },
  end: { "zh-CN": "。", "en-US": "." },
  allMet: { "zh-CN": "{n} 个责任单位均已完成年度目标。", "en-US": " All {n} units have met their targets." },
  noneMet: { "zh-CN": "{n} 个责任单位均未完成年度目标。", "en-US": " None of the {n} units has met its target yet." },
  someMet: {
    "zh-CN": "{n} 个责任单位中，{met} 个已完成年度目标（{metNames}），{notMet} 个未完成（{notMetNames}）。",
    "en-US": " Of {n} units, {met} have met their targets ({metNames}) and {notMet} have not ({notMetNames}).",
  },
  expiring: { "zh-CN": "年内到期证书 {n} 家", "en-US": " {n} certificates expire this year" },
  expired: { "zh-CN": "，其中已期满待重新认定 {n} 家", "en-US": ", {n} of them already expired and awaiting re-recognition" },
  noExpiring: { "zh-CN": "年内无到期证书", "en-US": " No certificate expires this year" },
  awards: { "zh-CN": "本年奖励事项 {n} 项，合计 {wan} 万元", "en-US": " {n} award events this year, {wan} (10,000 CNY) in total" },
  noAwards: { "zh-CN": "本年无奖励事项", "en-US": " No award events this year" },
  listIn: { "zh-CN": "（名单见附件{n}）", "en-US": " (list in Annex {n})" },
  detailIn: { "zh-CN": "（明细见附件{n}）", "en-US": " (details in Annex {n})" },
};

type Key = keyof typeof TEXT;

function say(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  return fill(TEXT[key][lang], vars);
}

function names(units: { unit: string }[], lang: Lang): string {
  return units.map((u) => unitLabel(u.unit, lang)).join(lang === "zh-CN" ? "、" : ", ");
}

/** The district's figures: valid, target and completion, net increase, the change since the comparison date. */
function districtSentence(f: BulletinFigures, lang: Lang): string {
  const a = f.analysis;
  const total = f.total;
  const t = total.row;
  let s = say(lang, "valid", { date: longDate(a.asOf, lang), valid: countText(t.valid) });
  s +=
    t.target === null || t.completion === null
      ? say(lang, "noTarget", { year: a.year })
      : say(lang, "target", { year: a.year, target: countText(t.target), completion: formatValue(t.completion, FORMATS.percent) });
  const prev = a.year - 1;
  const net = t.netIncrease;
  s += say(lang, net > 0 ? "netUp" : net < 0 ? "netDown" : "netSame", { n: countText(Math.abs(net)), prev });
  if (!f.comparedWithYearEnd && total.validChange !== null) {
    const c = total.validChange;
    s += say(lang, c > 0 ? "changeUp" : c < 0 ? "changeDown" : "changeSame", { n: countText(Math.abs(c)), date: longDate(f.compare.asOf, lang) });
  }
  return s + say(lang, "end");
}

/** The units that met their targets and those that did not. */
function unitsSentence(f: BulletinFigures, lang: Lang): string {
  const n = f.met.length + f.notMet.length;
  if (n === 0) return "";
  if (f.notMet.length === 0) return say(lang, "allMet", { n });
  if (f.met.length === 0) return say(lang, "noneMet", { n });
  return say(lang, "someMet", { n, met: f.met.length, notMet: f.notMet.length, metNames: names(f.met, lang), notMetNames: names(f.notMet, lang) });
}

/** The summary paragraph's text. */
export function summaryText(ctx: ReportContext): string {
  const { figures: f, lang } = ctx;
  const a = f.analysis;
  const expiringAnnex = ctx.annex("expiring");
  const awardsAnnex = ctx.annex("awards");
  let expiring =
    a.expiring.length === 0
      ? say(lang, "noExpiring")
      : say(lang, "expiring", { n: countText(a.expiring.length) }) + (f.expired > 0 ? say(lang, "expired", { n: countText(f.expired) }) : "");
  if (a.expiring.length > 0 && expiringAnnex !== null) expiring += say(lang, "listIn", { n: expiringAnnex });
  let awards =
    a.awards.length === 0
      ? say(lang, "noAwards")
      : say(lang, "awards", { n: countText(a.awards.length), wan: formatValue(f.total.awardsWan, FORMATS.wan) });
  if (a.awards.length > 0 && awardsAnnex !== null) awards += say(lang, "detailIn", { n: awardsAnnex });
  return districtSentence(f, lang) + unitsSentence(f, lang) + fallSentence(ctx) + expiring + say(lang, "end") + awards + say(lang, "end");
}

/** Appends the summary paragraph: one merged, wrapped row (its height follows the text). */
export function addSummary(grid: ReportGrid, ctx: ReportContext): void {
  const row = grid.addText(summaryText(ctx), { wrap: true, vAlign: "top", fontSize: 11, fontColor: COLORS.titleFont });
  grid.textSection("summary", row);
}
