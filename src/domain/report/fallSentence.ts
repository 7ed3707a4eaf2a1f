/**
 * The summary's sentence on the latest month (docs/rules.md section 13): the units whose valid count fell
 * since the previous month end (in January: the previous year end), each with how many it lost, or that
 * none fell; and where the month-by-month table, and the names of who left, are. Only responsible units are
 * named: 其他 (a blank or unknown unit) is no unit, as in the ranking; its falls stay in 下降明细.
 */
import { serialFromYmd } from "../core/dates";
import { interpolate } from "../core/interpolate";
import { OTHER_UNIT } from "../enterprise/units";
import { unitLabel } from "./labels";
import { longDate, proseCount } from "./prose";
import type { ReportContext } from "./reportContext";

const TEXT = {
  fell: {
    "zh-CN": "与{from}相比，{units}有效期内高企数下降",
    "en-US": "Since {from}, the count fell in {units}",
  },
  fellBy: { "zh-CN": "{unit}（减少{n}家）", "en-US": "{unit} (down {n})" },
  noneFell: { "zh-CN": "{from}以来各单位均无下降", "en-US": "No unit fell since {from}" },
  annex: { "zh-CN": "（逐月见附件{n}）", "en-US": " (Annex {n})" },
  annexes: {
    "zh-CN": "（逐月见附件{n}，退出企业见附件{m}）",
    "en-US": " (Annex {n}; who left: Annex {m})",
  },
  end: { "zh-CN": "。", "en-US": "." },
};

/** The sentence, or "" when the analysis has no progress dates. */
export function fallSentence(ctx: ReportContext): string {
  const { analysis: a, lang } = ctx;
  const last = a.progress.at(-1);
  if (!last) return "";
  const from =
    a.progress.length > 1
      ? a.progress[a.progress.length - 2].date
      : serialFromYmd(a.year, 1, 1) - 1;
  const fell = a.falls.filter((f) => f.date === last.date && f.unit !== OTHER_UNIT);
  const joiner = lang === "zh-CN" ? "、" : ", ";
  const units = fell
    .map((f) =>
      interpolate(TEXT.fellBy[lang], {
        unit: unitLabel(f.unit, lang),
        n: proseCount(f.before - f.after, lang),
      })
    )
    .join(joiner);
  let s = interpolate(TEXT[fell.length > 0 ? "fell" : "noneFell"][lang], {
    from: longDate(from, lang),
    units,
  });
  const annex = ctx.annex("progress");
  const names = ctx.annex("falls");
  if (annex !== null)
    s += interpolate(TEXT[fell.length > 0 && names !== null ? "annexes" : "annex"][lang], {
      n: annex,
      m: names ?? "",
    });
  return s + TEXT.end[lang];
}
