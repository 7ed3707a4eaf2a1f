/**
 * The notes under the 通报's table: one for every kind of "—" or zero in it that a reader would otherwise
 * have to ask about. A unit without a target (every unit in a year the target table does not cover), a
 * target of 0, 其他 (no responsible unit, not ranked), a comparison date without targets (no completion
 * change), an award policy window that leaves all or part of the year without awards; and the rates the
 * year-end forecast was made with, which the summary leaves out.
 */
import { serialFromYmd } from "../core/dates";
import type { Lang } from "../core/types";
import { OTHER_UNIT } from "../enterprise/units";
import { forecastBasisSentence } from "./forecastSection";
import type { ReportGrid } from "./grid";
import { interpolate } from "../core/interpolate";
import { unitLabel } from "./labels";
import { COLORS, FONT_SIZES } from "./palette";
import { longDate } from "./prose";
import type { ReportContext } from "./reportContext";

const TEXT = {
  head: { "zh-CN": "注：", "en-US": "Notes: " },
  noTargetYear: {
    "zh-CN": "目标表中没有{year}年的目标（目标表覆盖{years}年），目标、完成率、缺口和排名均为“—”。",
    "en-US":
      "The target table has no targets for {year} (it covers {years}): target, completion, gap and rank are “—”.",
  },
  noTarget: {
    "zh-CN": "{units}：目标表未分配{year}年目标，完成率、缺口和排名为“—”，不参与排名。",
    "en-US":
      "{units}: no {year} target in the target table, so completion, gap and rank are “—”; not ranked.",
  },
  zeroTarget: {
    "zh-CN": "{units}：{year}年目标为0，不计完成率，不参与排名。",
    "en-US": "{units}: the {year} target is 0, so there is no completion and no rank.",
  },
  noCompareTarget: {
    "zh-CN": "上期（{date}）无目标，完成率较上期为“—”{units}。",
    "en-US": "No target on {date} (the comparison date), so the completion change is “—”{units}.",
  },
  other: {
    "zh-CN": "“其他”为所属单位空白或无法识别的企业，不属于责任单位，单列，不参与排名。",
    "en-US":
      "“Other” holds the enterprises with a blank or unknown unit: no responsible unit, listed apart and not ranked.",
  },
  someUnits: { "zh-CN": "（{units}）", "en-US": " ({units})" },
  windowOver: {
    "zh-CN": "奖励政策执行期至{end}止，{year}年的认定和迁入不再奖励（此前迁入的后续分期照付）。",
    "en-US":
      "The award policy ended on {end}: recognitions and relocations in {year} earn no award (later stages of earlier relocations are still paid).",
  },
  windowEnds: {
    "zh-CN": "奖励政策执行期至{end}止，此后的认定和迁入不予奖励（此前迁入的后续分期照付）。",
    "en-US":
      "The award policy ended on {end}: later recognitions and relocations earn no award (later stages of earlier relocations are still paid).",
  },
  windowNotYet: {
    "zh-CN": "奖励政策自{start}起执行，截至{asOf}尚无奖励。",
    "en-US": "The award policy starts on {start}: no awards up to {asOf}.",
  },
  windowStarts: {
    "zh-CN": "奖励政策自{start}起执行，此前的认定和迁入不予奖励。",
    "en-US":
      "The award policy started on {start}: earlier recognitions and relocations earn no award.",
  },
};

type Key = keyof typeof TEXT;

function say(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  return interpolate(TEXT[key][lang], vars);
}

/** The notes' texts (without the "注：" head), in table order of the columns they explain. */
export function tableNotes(ctx: ReportContext): string[] {
  const { lang, analysis: a, figures: f, opts } = ctx;
  const sep = lang === "zh-CN" ? "、" : ", ";
  const list = (units: { unit: string }[]): string =>
    units.map((u) => unitLabel(u.unit, lang)).join(sep);
  const notes: string[] = [];
  const rows = f.lines.map((l) => l.row);
  if (rows.every((u) => u.target === null)) {
    const years = a.targets.years;
    notes.push(
      say(lang, "noTargetYear", {
        year: a.year,
        years: years.length ? `${years[0]}-${years[years.length - 1]}` : "—",
      })
    );
  } else {
    const without = rows.filter((u) => u.target === null && u.unit !== OTHER_UNIT);
    if (without.length) notes.push(say(lang, "noTarget", { units: list(without), year: a.year }));
  }
  const zero = rows.filter((u) => u.target === 0 && u.unit !== OTHER_UNIT);
  if (zero.length) notes.push(say(lang, "zeroTarget", { units: list(zero), year: a.year }));
  if (rows.some((u) => u.unit === OTHER_UNIT)) notes.push(say(lang, "other"));

  // A completion now without one at the comparison date: the change column shows "—".
  const noBefore = f.lines
    .filter((l) => l.row.completion !== null && l.completionChange === null)
    .map((l) => l.row);
  if (noBefore.length) {
    const all = noBefore.length === rows.filter((u) => u.completion !== null).length;
    notes.push(
      say(lang, "noCompareTarget", {
        date: longDate(f.compareAsOf, lang),
        units: all ? "" : say(lang, "someUnits", { units: list(noBefore) }),
      })
    );
  }

  // The award policy window against the period the awards cover: 1 January to the as-of date.
  const from = serialFromYmd(a.year, 1, 1);
  const { start, end } = opts.window;
  const vars = {
    start: longDate(start, lang),
    end: longDate(end, lang),
    year: a.year,
    asOf: longDate(a.asOf, lang),
  };
  if (end < from) notes.push(say(lang, "windowOver", vars));
  else if (start > a.asOf) notes.push(say(lang, "windowNotYet", vars));
  else {
    if (start > from) notes.push(say(lang, "windowStarts", vars));
    if (end < a.asOf) notes.push(say(lang, "windowEnds", vars));
  }
  notes.push(forecastBasisSentence(a, lang));
  return notes;
}

/** Appends the notes, numbered, one merged and wrapped row each (nothing when there is nothing to explain). */
export function addTableNotes(grid: ReportGrid, ctx: ReportContext): void {
  const notes = tableNotes(ctx);
  if (notes.length === 0) return;
  const head = say(ctx.lang, "head");
  const first = grid.nextRow;
  notes.forEach((note, i) => {
    const text =
      notes.length === 1
        ? head + note
        : `${i === 0 ? head : " ".repeat(head.length * (ctx.lang === "zh-CN" ? 2 : 1))}${i + 1}. ${note}`;
    grid.addText(text, {
      fontSize: FONT_SIZES.note,
      fontColor: COLORS.noteFont,
      wrap: true,
      vAlign: "top",
    });
  });
  grid.textSection("notes", first, grid.nextRow - 1);
}
