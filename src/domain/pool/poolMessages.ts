/** The pool's finding messages (docs/rules.md section 8), in both interface languages. */
import { STAGE_NAMES } from "./poolStage";
import { quotedText, type Template } from "../core/quotedText";
import type { LocalText, PoolStage } from "../core/types";

const STAGE_EN: Record<PoolStage, string> = {
  found: "found",
  served: "served",
  submitted: "submitted",
  recognised: "recognised",
};

/** A stage as the messages quote it: 服务 / "served". */
function stageText(stage: PoolStage): LocalText {
  return { "zh-CN": `“${STAGE_NAMES[stage]}”`, "en-US": `"${STAGE_EN[stage]}"` };
}

// Messages quoting a cell are worded when read: a hostile pool sheet has a million of them.
const NO_STAGE: LocalText = Object.freeze({
  "zh-CN": "培育阶段为空：按“发现”计入",
  "en-US": 'No pool stage: counted as "found"',
});
const UNKNOWN_STAGE: Template = [
  (t) => `培育阶段“${t}”无法识别：按“发现”计入`,
  (t) => `Pool stage "${t}" cannot be read: counted as "found"`,
];
const BAD_YEAR: Template = [
  (t) => `计划申报年度无法识别：“${t}”：按未填处理`,
  (t) => `Planned application year cannot be read: "${t}": read as blank`,
];

export const poolText = {
  unmatched: (): LocalText => ({
    "zh-CN": "培育库行缺少企业名称和统一社会信用代码：此行不计入",
    "en-US": "Pool row with neither company name nor credit code: not counted",
  }),
  unknownStage: (text: string): LocalText =>
    text === "" ? NO_STAGE : quotedText(UNKNOWN_STAGE, text),
  badYear: (text: string): LocalText => quotedText(BAD_YEAR, text),
  /** The stage cell says `stated`, but the enterprise holds a certificate valid at the as-of date. */
  stale: (stated: PoolStage, day: string, certNo: string): LocalText => {
    const s = stageText(stated);
    // A certificate known by its issue date alone has no number to quote.
    return {
      "zh-CN": `已于 ${day} 认定${certNo ? `（${certNo}）` : ""}，培育库仍为${s["zh-CN"]}`,
      "en-US": `Recognised on ${day}${certNo ? ` (${certNo})` : ""}, but the pool still says ${s["en-US"]}`,
    };
  },
  /** A blank unit with no roster enterprise to take one from. */
  missingUnit: (unit: string): LocalText => ({
    "zh-CN": `缺少所属单位，名单中也没有该企业：计入“${unit}”`,
    "en-US": `No unit, and the enterprise is not in the roster: counted under "${unit}"`,
  }),
  /** A later pool row of an enterprise already in the pool. */
  repeated: (sheet: string, row: number): LocalText => ({
    "zh-CN": `与 ${sheet} 第 ${row} 行为同一企业：此行不重复计入培育库`,
    "en-US": `Same enterprise as ${sheet} row ${row}: this row is not counted in the pool again`,
  }),
};
