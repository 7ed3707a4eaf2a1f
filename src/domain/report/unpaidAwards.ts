/**
 * The award events of the year that earn nothing, as the 附件 奖励明细 shows them under the payable list:
 * a short table counting them by reason and type, so the list finance pays from holds payable items only
 * and a reader still sees what was left out and why. The 工作底稿 lists them one by one (unpaidAwardRows).
 */
import { awardEventLabel } from "../core/i18n";
import type { AwardEvent, Lang } from "../core/types";
import { unpaidReason, type UnpaidReason } from "./awardSplit";
import type { ReportGrid } from "./grid";
import { unitLabel } from "./labels";
import { interpolate } from "../core/interpolate";
import type { ReportValue } from "./layout";
import { COLORS, FONT_SIZES, FORMATS } from "./palette";
import { longDate, proseCount } from "./prose";
import type { ReportContext } from "./reportContext";
import { addCaption, addTable, columnSpecs } from "./tableParts";

const TEXT = {
  caption: { "zh-CN": "不予奖励事项（{n}项）", "en-US": "Events that earn no award ({n})" },
  reason: { "zh-CN": "原因", "en-US": "Reason" },
  count: { "zh-CN": "项数", "en-US": "Events" },
  window: {
    "zh-CN": "认定或迁入日期不在奖励政策执行期内",
    "en-US": "Recognised or moved in outside the policy window",
  },
  left: {
    "zh-CN": "分期到期时企业已迁出本区",
    "en-US": "Stage due after the enterprise had left the district",
  },
  invalid: {
    "zh-CN": "分期到期时未持有有效高企证书",
    "en-US": "Stage due when no valid certificate was held",
  },
  noAmount: {
    "zh-CN": "该类奖励金额设置为0",
    "en-US": "The settings set no amount for this award",
  },
  note: {
    "zh-CN": "注：奖励政策执行期为{start}至{end}；迁入奖励各期按迁入日期判断。逐项名单见工作底稿。",
    "en-US":
      "Note: the award policy ran from {start} to {end}; a relocation's stages follow its move-in date. The working papers list each event.",
  },
};

function say(
  lang: Lang,
  key: keyof typeof TEXT,
  vars: Record<string, string | number> = {}
): string {
  return interpolate(TEXT[key][lang], vars);
}

const REASON_ORDER: UnpaidReason[] = ["window", "left", "invalid", "noAmount"];

/** The reason of an unpaid event in words. */
export function unpaidReasonText(reason: UnpaidReason, lang: Lang): string {
  return say(lang, reason);
}

/** The unpaid events counted by reason, then type (in the order of REASON_ORDER, then first/renewal/relocation). */
export function unpaidCounts(
  ctx: ReportContext,
  unpaid: readonly AwardEvent[]
): { reason: UnpaidReason; type: string; count: number }[] {
  const counts = new Map<
    string,
    { reason: UnpaidReason; type: string; count: number; order: number }
  >();
  const typeOrder = (e: AwardEvent): number =>
    ["first", "renewal", "relocation"].indexOf(e.type) * 10 + (e.stage ?? 0);
  for (const e of unpaid) {
    const reason = unpaidReason(e, ctx.opts.awards, ctx.opts.window);
    const type = awardEventLabel(e, ctx.lang);
    const key = `${reason}\u0000${type}`;
    const c = counts.get(key);
    if (c) c.count++;
    else
      counts.set(key, {
        reason,
        type,
        count: 1,
        order: REASON_ORDER.indexOf(reason) * 1000 + typeOrder(e),
      });
  }
  return [...counts.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ reason, type, count }) => ({ reason, type, count }));
}

/** The unpaid events one by one (for the 工作底稿): name, unit, type, date, reason. */
export function unpaidAwardRows(
  ctx: ReportContext,
  unpaid: readonly AwardEvent[]
): ReportValue[][] {
  return unpaid.map((e, i) => [
    i + 1,
    e.name,
    e.creditCode || null,
    unitLabel(e.unit, ctx.lang),
    awardEventLabel(e, ctx.lang),
    e.date,
    unpaidReasonText(unpaidReason(e, ctx.opts.awards, ctx.opts.window), ctx.lang),
  ]);
}

/** Appends the caption, the counts by reason and type, and the note (nothing when every event is paid). */
export function addUnpaidAwards(
  grid: ReportGrid,
  ctx: ReportContext,
  unpaid: readonly AwardEvent[]
): void {
  if (unpaid.length === 0) return;
  const { lang, opts } = ctx;
  addCaption(grid, say(lang, "caption", { n: proseCount(unpaid.length, lang) }));
  // In the award list's first columns: 序号, the reason under the (wide) name, the type, the count.
  const columns = columnSpecs(lang, [
    ["seq", FORMATS.integer, "center"],
    ["type", FORMATS.text, "left"],
    ["type", FORMATS.text, "center"],
    ["type", FORMATS.count, "right"],
  ]);
  columns[1].label = say(lang, "reason");
  columns[3].label = say(lang, "count");
  const rows = unpaidCounts(ctx, unpaid).map((c, i) => [
    i + 1,
    say(lang, c.reason),
    c.type,
    c.count,
  ]);
  addTable(grid, "unpaidAwards", lang, columns, rows);
  const note = grid.addText(
    say(lang, "note", {
      start: longDate(opts.window.start, lang),
      end: longDate(opts.window.end, lang),
    }),
    {
      fontSize: FONT_SIZES.note,
      fontColor: COLORS.bodyFont,
      wrap: true,
      vAlign: "top",
    }
  );
  grid.textSection("notes", note);
}
