/**
 * The 通报's summary paragraph, generated from the figures, one small function a sentence (SUMMARY_SENTENCES,
 * in order; a new sentence is one more entry): the district's valid count against its target and the net
 * increase; the responsible units that met their targets and those that did not (其他 is no responsible
 * unit: its count is said apart); the certificates expiring this year; the awards of the year, payable and
 * not. Figures are written as running text writes them (prose.ts): 1093家, 2024年12月31日.
 */
import type { Lang } from "../core/types";
import { OTHER_UNIT } from "../enterprise/units";
import { awardsSplit } from "./awardSplit";
import type { BulletinFigures } from "./bulletinFigures";
import { fallSentence } from "./fallSentence";
import type { ReportGrid } from "./grid";
import { interpolate } from "../core/interpolate";
import { unitLabel } from "./labels";
import { formatValue } from "./numberText";
import { COLORS, FORMATS } from "./palette";
import { longDate, proseCount, proseWan, proseYuan } from "./prose";
import type { ReportContext } from "./reportContext";

const TEXT = {
  valid: {
    "zh-CN": "截至{date}，全区有效期内高新技术企业{valid}家",
    "en-US": "As of {date}, the district had {valid} valid high-tech enterprises",
  },
  target: {
    "zh-CN": "，为{year}年目标{target}家的{completion}",
    "en-US": ", {completion} of the {year} target of {target}",
  },
  noTarget: { "zh-CN": "（{year}年未设目标）", "en-US": " (no target for {year})" },
  netUp: {
    "zh-CN": "，较上年末净增{n}家",
    "en-US": ", a net increase of {n} since the end of {prev}",
  },
  netDown: {
    "zh-CN": "，较上年末净减{n}家",
    "en-US": ", a net decrease of {n} since the end of {prev}",
  },
  netSame: { "zh-CN": "，与上年末持平", "en-US": ", as many as at the end of {prev}" },
  changeUp: { "zh-CN": "；较上期（{date}）增加{n}家", "en-US": "; {n} more than on {date}" },
  changeDown: { "zh-CN": "；较上期（{date}）减少{n}家", "en-US": "; {n} fewer than on {date}" },
  changeSame: { "zh-CN": "；与上期（{date}）持平", "en-US": "; as many as on {date}" },
  end: { "zh-CN": "。", "en-US": "." },
  allMet: {
    "zh-CN": "{n}个责任单位均已完成年度目标。",
    "en-US": "All {n} responsible units have met their targets.",
  },
  noneMet: {
    "zh-CN": "{n}个责任单位均未完成年度目标。",
    "en-US": "None of the {n} responsible units has met its target yet.",
  },
  someMet: {
    "zh-CN":
      "{n}个责任单位中，{met}个已完成年度目标（{metNames}），{notMet}个未完成（{notMetNames}）。",
    "en-US":
      "Of {n} responsible units, {met} have met their targets ({metNames}) and {notMet} have not ({notMetNames}).",
  },
  other: {
    "zh-CN": "另有所属单位空白或无法识别的企业{n}家，列为“其他”，不参与排名。",
    "en-US":
      "Another {n} enterprises have a blank or unknown unit; they are listed as “Other” and not ranked.",
  },
  otherOne: {
    "zh-CN": "另有所属单位空白或无法识别的企业{n}家，列为“其他”，不参与排名。",
    "en-US":
      "Another enterprise has a blank or unknown unit; it is listed as “Other” and not ranked.",
  },
  expiring: {
    "zh-CN": "年内证书到期的企业{n}家",
    "en-US": "The certificates of {n} enterprises expire this year",
  },
  expired: {
    "zh-CN": "，其中已期满待重新认定{n}家",
    "en-US": ", {n} of them already expired and awaiting re-recognition",
  },
  allExpired: {
    "zh-CN": "年内证书到期的企业{n}家，均已期满待重新认定",
    "en-US": "The certificates of {n} enterprises expired this year; all await re-recognition",
  },
  noExpiring: { "zh-CN": "年内无证书到期的企业", "en-US": "No certificate expires this year" },
  paid: {
    "zh-CN": "本年应予奖励事项{n}项，合计{wan}万元",
    "en-US": "{n} award events are payable this year, {yuan} in total",
  },
  paidOne: {
    "zh-CN": "本年应予奖励事项{n}项，合计{wan}万元",
    "en-US": "1 award event is payable this year, {yuan}",
  },
  noPaid: { "zh-CN": "本年无应予奖励事项", "en-US": "No award is payable this year" },
  unpaid: { "zh-CN": "；另有{n}项不予奖励", "en-US": "; {n} more events earn no award" },
  unpaidOne: { "zh-CN": "；另有{n}项不予奖励", "en-US": "; 1 more event earns no award" },
  noAwards: { "zh-CN": "本年无奖励事项", "en-US": "No award events this year" },
  listIn: { "zh-CN": "（名单见附件{n}）", "en-US": " (list in Annex {n})" },
  detailIn: { "zh-CN": "（明细见附件{n}）", "en-US": " (details in Annex {n})" },
  whyIn: { "zh-CN": "（原因见附件{n}）", "en-US": " (reasons in Annex {n})" },
};

type Key = keyof typeof TEXT;

function say(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  return interpolate(TEXT[key][lang], vars);
}

/** A space between sentences in English; none in Chinese. */
const gap = (lang: Lang): string => (lang === "zh-CN" ? "" : " ");

function names(units: { unit: string }[], lang: Lang): string {
  return units.map((u) => unitLabel(u.unit, lang)).join(lang === "zh-CN" ? "、" : ", ");
}

/** The district's figures: valid, target and completion, net increase, the change since the comparison date. */
export function districtSentence(f: BulletinFigures, lang: Lang): string {
  const a = f.analysis;
  const total = f.total;
  const t = total.row;
  const n = (x: number): string => proseCount(x, lang);
  let s = say(lang, "valid", { date: longDate(a.asOf, lang), valid: n(t.valid) });
  s +=
    t.target === null || t.completion === null
      ? say(lang, "noTarget", { year: a.year })
      : say(lang, "target", {
          year: a.year,
          target: n(t.target),
          completion: formatValue(t.completion, FORMATS.percent),
        });
  const net = t.netIncrease;
  s += say(lang, net > 0 ? "netUp" : net < 0 ? "netDown" : "netSame", {
    n: n(Math.abs(net)),
    prev: a.year - 1,
  });
  if (!f.comparedWithYearEnd && total.validChange !== null) {
    const c = total.validChange;
    s += say(lang, c > 0 ? "changeUp" : c < 0 ? "changeDown" : "changeSame", {
      n: n(Math.abs(c)),
      date: longDate(f.compareAsOf, lang),
    });
  }
  return s + say(lang, "end");
}

/** The responsible units that met their targets and those that did not (the ranked ones: never 其他). */
export function unitsSentence(f: BulletinFigures, lang: Lang): string {
  const n = f.met.length + f.notMet.length;
  if (n === 0) return "";
  if (f.notMet.length === 0) return say(lang, "allMet", { n });
  if (f.met.length === 0) return say(lang, "noneMet", { n });
  return say(lang, "someMet", {
    n,
    met: f.met.length,
    notMet: f.notMet.length,
    metNames: names(f.met, lang),
    notMetNames: names(f.notMet, lang),
  });
}

/** 其他, apart from the responsible units: its valid count (nothing when it has none). */
export function otherSentence(f: BulletinFigures, lang: Lang): string {
  const other = f.analysis.units.find((u) => u.unit === OTHER_UNIT);
  return other && other.valid > 0
    ? say(lang, other.valid === 1 ? "otherOne" : "other", { n: proseCount(other.valid, lang) })
    : "";
}

/** The certificates expiring this year: said once when every one has already expired (at the year end). */
export function expiringSentence(ctx: ReportContext): string {
  const { figures: f, lang } = ctx;
  const count = f.analysis.expiring.length;
  if (count === 0) return say(lang, "noExpiring") + say(lang, "end");
  const n = proseCount(count, lang);
  let s =
    f.expired === count
      ? say(lang, "allExpired", { n })
      : say(lang, "expiring", { n }) +
        (f.expired > 0 ? say(lang, "expired", { n: proseCount(f.expired, lang) }) : "");
  const annex = ctx.annex("expiring");
  if (annex !== null) s += say(lang, "listIn", { n: annex });
  return s + say(lang, "end");
}

/** The year's awards: the payable events and their sum, and how many more earn nothing. */
export function awardsSentence(ctx: ReportContext): string {
  const { lang } = ctx;
  const { paid, unpaid } = awardsSplit(ctx.analysis);
  if (paid.length === 0 && unpaid.length === 0) return say(lang, "noAwards") + say(lang, "end");
  const annex = ctx.annex("awards");
  const sum = paid.reduce((x: number, e) => x + e.amount, 0);
  let s =
    paid.length === 0
      ? say(lang, "noPaid")
      : say(lang, paid.length === 1 ? "paidOne" : "paid", {
          n: proseCount(paid.length, lang),
          wan: proseWan(sum, lang),
          yuan: proseYuan(sum),
        }) + (annex !== null ? say(lang, "detailIn", { n: annex }) : "");
  if (unpaid.length > 0)
    s +=
      say(lang, unpaid.length === 1 ? "unpaidOne" : "unpaid", {
        n: proseCount(unpaid.length, lang),
      }) + (annex !== null ? say(lang, "whyIn", { n: annex }) : "");
  return s + say(lang, "end");
}

/** The summary's sentences, in order; each returns "" when it has nothing to say. */
export const SUMMARY_SENTENCES: ((ctx: ReportContext) => string)[] = [
  (ctx) => districtSentence(ctx.figures, ctx.lang),
  (ctx) => unitsSentence(ctx.figures, ctx.lang),
  (ctx) => otherSentence(ctx.figures, ctx.lang),
  fallSentence,
  expiringSentence,
  awardsSentence,
];

/** The summary paragraph's text. */
export function summaryText(ctx: ReportContext): string {
  return SUMMARY_SENTENCES.map((s) => s(ctx))
    .filter((s) => s !== "")
    .join(gap(ctx.lang));
}

/** Appends the summary paragraph: one merged, wrapped row (its height follows the text). */
export function addSummary(grid: ReportGrid, ctx: ReportContext): void {
  const row = grid.addText(summaryText(ctx), {
    wrap: true,
    vAlign: "top",
    fontSize: 11,
    fontColor: COLORS.bodyFont,
  });
  grid.textSection("summary", row);
}
