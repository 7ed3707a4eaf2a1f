/**
 * The stages of the cultivation pool (培育库, docs/rules.md section 8): 发现一批、服务一批、推出一批、认定一批,
 * and the words offices write for them. Kept apart from the pool reader so that the custom function
 * GAOQI.STAGE loads only this.
 */
import { normaliseName } from "../core/text";
import type { PoolStage } from "../core/types";

/** The stages in the order an enterprise goes through them. */
export const POOL_STAGES: readonly PoolStage[] = ["found", "served", "submitted", "recognised"];

/** The canonical Chinese name of each stage, as GAOQI.STAGE returns it and the sheets write it. */
export const STAGE_NAMES: Record<PoolStage, string> = {
  found: "发现",
  served: "服务",
  submitted: "推出",
  recognised: "认定",
};

// Compared after normaliseName and lower case. 申报 and 推荐 mean the application has gone out (推出).
const WORDS: Record<PoolStage, string[]> = {
  found: ["发现", "入库", "储备", "新入库", "found", "discovered", "identified"],
  served: [
    "服务",
    "培育",
    "辅导",
    "served",
    "serving",
    "nurtured",
    "nurturing",
    "coached",
    "coaching",
  ],
  submitted: ["推出", "申报", "推荐", "submitted", "applied", "recommended"],
  recognised: ["认定", "recognised", "recognized", "certified"],
};

const STAGE_OF = new Map<string, PoolStage>();
for (const stage of POOL_STAGES) for (const w of WORDS[stage]) STAGE_OF.set(w, stage);

/** Decorations around a stage word: 已申报, 培育中, 服务阶段, 发现一批, "推出。". */
const PREFIX = /^已/;
const SUFFIX = /(?:阶段|一批|中|[.。,，;；!！])+$/;

/** The stage a stage cell names (发现 / 入库 / 已申报 / 培育中 / Submitted ...), or null when blank or unknown. */
export function parseStage(text: string): PoolStage | null {
  const s = normaliseName(text).toLowerCase();
  if (s === "" || s.length > 20) return null;
  return STAGE_OF.get(s) ?? STAGE_OF.get(s.replace(SUFFIX, "").replace(PREFIX, "")) ?? null;
}
