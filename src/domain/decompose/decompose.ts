/**
 * Target decomposition (目标分解, docs/rules.md section 9): a district total per year, split over the
 * responsible units by a method, with a floor per unit, into whole numbers that add up exactly to the
 * total. Pure: every input is plain data (the CLI and the pane take the valid counts from an analysis at
 * the base date, and pool counts where a pool sheet gives them).
 */
import { apportion } from "./apportion";
import { finding } from "../core/findings";
import { ownValue, textRecordOf } from "../core/textRecord";
import type {
  DecomposeFloor,
  DecomposeMethod,
  Finding,
  LocalText,
  Serial,
  TargetTable,
} from "../core/types";

/** One unit as the decomposition sees it, in the target table's order. */
export interface DecomposeUnitInput {
  unit: string;
  /** Valid enterprises of the unit at the base date. */
  valid: number;
  /** Cultivation pool enterprises at `served` and `submitted` (docs/rules.md section 8); absent without a pool. */
  pool?: { served: number; submitted: number };
}

export interface DecomposeInput {
  units: DecomposeUnitInput[];
  /** The district total per year: whole numbers, at least 0. */
  totals: Record<number, number>;
  baseDate: Serial;
  method: DecomposeMethod;
  floor: DecomposeFloor;
  /** `pipeline`: what one pool enterprise counts for next to one valid enterprise (0-1). */
  pipelineWeight: number;
  /** The target table in force (previous years' targets: floors and `equal-growth`); null when none. */
  previous: TargetTable | null;
  /** The name of the resulting table (the sheet it is written to); default decompositionSheetName(years). */
  source?: string;
}

/** One unit of the result. */
export interface DecomposedUnit {
  unit: string;
  /** Valid count at the base date. */
  base: number;
  /** `pipeline` with pool counts: pool enterprises at served + submitted; otherwise null. */
  pool: number | null;
  /** Share of the split in the first year (the method's weights, before floors and rounding). */
  share: number;
  targets: Record<number, number>;
}

export interface Decomposition {
  method: DecomposeMethod;
  floor: DecomposeFloor;
  pipelineWeight: number;
  baseDate: Serial;
  years: number[];
  units: DecomposedUnit[];
  /** The total per year (what the units add up to). */
  total: Record<number, number>;
  /** The result as a target table (section 3's shape), 合计 = the totals; what the analysis then uses. */
  table: TargetTable;
  /** decomposition-infeasible, one per year whose floors exceed the total. */
  findings: Finding[];
  /** What the reader should know about how the split was made (a method that fell back, equal parts). */
  notes: LocalText[];
}

/** Weights become whole numbers at this scale, so that remainders compare exactly (a pipeline weight keeps 3 decimals). */
const WEIGHT_SCALE = 1000;
/** The largest total accepted: far above any district's, small enough that total x weight stays exact. */
export const MAX_DECOMPOSE_TOTAL = 1_000_000;

/** The sheet (and table) name of a decomposition: 目标任务分解 2025-2027. */
export function decompositionSheetName(years: number[]): string {
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? `目标任务分解 ${first}` : `目标任务分解 ${first}-${last}`;
}

function checkInput(input: DecomposeInput, years: number[]): void {
  if (years.length === 0) throw new RangeError("decompose: no year to decompose");
  for (const y of years) {
    const t = input.totals[y];
    if (!Number.isInteger(y) || !Number.isInteger(t) || t < 0 || t > MAX_DECOMPOSE_TOTAL)
      throw new RangeError(
        `decompose: the total for ${y} must be a whole number from 0 to ${MAX_DECOMPOSE_TOTAL} (got ${t})`
      );
  }
  for (const u of input.units) {
    if (!Number.isInteger(u.valid) || u.valid < 0)
      throw new RangeError(`decompose: valid count of ${u.unit} must be a whole number`);
  }
}

/** The latest year before `year` with targets, from the years already decomposed or else the table in force. */
function previousTargets(
  year: number,
  units: DecomposeUnitInput[],
  decided: Map<number, number[]>,
  table: TargetTable | null
): { year: number; values: (number | undefined)[] } | null {
  let fromDecided = -Infinity;
  for (const y of decided.keys()) if (y < year && y > fromDecided) fromDecided = y;
  let fromTable = -Infinity;
  for (const y of table?.years ?? []) if (y < year && y > fromTable) fromTable = y;
  if (fromDecided === -Infinity && fromTable === -Infinity) return null;
  if (fromDecided >= fromTable)
    return { year: fromDecided, values: decided.get(fromDecided) as number[] };
  return {
    year: fromTable,
    values: units.map((u) => ownValue(table?.targets, u.unit)?.[fromTable]),
  };
}

/** The weights of the share and pipeline methods (pipeline without any pool count: the valid counts). */
function baseWeights(input: DecomposeInput, hasPool: boolean): number[] {
  if (input.method !== "pipeline" || !hasPool) return input.units.map((u) => u.valid);
  return input.units.map(
    (u) => u.valid + input.pipelineWeight * ((u.pool?.served ?? 0) + (u.pool?.submitted ?? 0))
  );
}

const NOTES = {
  noPool: {
    "zh-CN": "没有培育库数据：按有效数与培育库加权占比分解，结果与按有效期内高企数占比相同",
    "en-US":
      "No cultivation pool data: the pipeline method splits by the valid counts alone, as share does",
  },
  noPrevious: (year: number): LocalText => ({
    "zh-CN": `${year}年以前没有目标：同比例增长法无从比较，该年按有效期内高企数占比分解`,
    "en-US": `No targets before ${year}: equal growth has nothing to grow from, so that year is split by share of valid HNTEs`,
  }),
  equalParts: (year: number): LocalText => ({
    "zh-CN": `${year}年各单位的分解基数均为 0：总量平均分配`,
    "en-US": `Every unit's weight for ${year} is 0: the total is split equally`,
  }),
};

function infeasible(
  sheet: string,
  year: number,
  total: number,
  floorSum: number,
  short: string[]
): Finding {
  return finding(sheet, 0, "", "decomposition-infeasible", "warning", {
    "zh-CN": `${year}年各单位下限合计 ${floorSum}，超过分解总量 ${total}：无法全部满足，已按下限比例分配（合计仍为 ${total}）；低于下限：${short.join("、")}`,
    "en-US": `The units' floors for ${year} add up to ${floorSum}, more than the total ${total}: they cannot all be met, so the total was split in proportion to the floors (still adding up to ${total}); below their floor: ${short.join(", ")}`,
  });
}

/** Lower bound of each unit for one year: its previous target and/or its valid count, by the floor rule. */
function floorsFor(input: DecomposeInput, previous: (number | undefined)[] | null): number[] {
  const usePrevious = input.floor === "both" || input.floor === "previous";
  const useValid = input.floor === "both" || input.floor === "valid";
  return input.units.map((u, i) => {
    const prev = usePrevious ? previous?.[i] : undefined;
    return Math.max(0, prev !== undefined ? Math.ceil(prev) : 0, useValid ? u.valid : 0);
  });
}

/**
 * Splits each year's total over the units (docs/rules.md section 9). Floors are met first; if a year's floors
 * add up to more than its total, a decomposition-infeasible finding says so and the total is split in
 * proportion to the floors (the units never add up to more than the total). Throws a RangeError for a total
 * that is not a whole number from 0 to MAX_DECOMPOSE_TOTAL.
 */
export function decompose(input: DecomposeInput): Decomposition {
  const years = Object.keys(input.totals)
    .map(Number)
    .sort((a, b) => a - b);
  checkInput(input, years);
  const source = input.source ?? decompositionSheetName(years);
  const units = input.units;
  const bases = units.map((u) => u.valid);
  const hasPool = units.some((u) => u.pool !== undefined);
  const notes: LocalText[] = [];
  const findings: Finding[] = [];
  if (input.method === "pipeline" && !hasPool) notes.push(NOTES.noPool);
  const fixedWeights = baseWeights(input, hasPool);

  const decided = new Map<number, number[]>();
  let shares: number[] | null = null;
  for (const year of years) {
    const total = input.totals[year];
    const previous = previousTargets(year, units, decided, input.previous);
    let weights = fixedWeights;
    if (input.method === "equal-growth") {
      if (previous) weights = previous.values.map((v) => v ?? 0);
      else notes.push(NOTES.noPrevious(year));
    }
    const weightSum = weights.reduce((s, w) => s + w, 0);
    if (weightSum <= 0 && units.length > 0) notes.push(NOTES.equalParts(year));
    shares ??= weights.map((w) =>
      weightSum > 0 ? w / weightSum : units.length > 0 ? 1 / units.length : 0
    );

    const floors = floorsFor(input, previous?.values ?? null);
    const scaled = weights.map((w) => Math.round(w * WEIGHT_SCALE));
    const split = apportion(total, scaled, floors, bases);
    if (!split.feasible) {
      const short = units.flatMap((u, i) =>
        split.values[i] < floors[i] ? [`${u.unit} ${split.values[i]} < ${floors[i]}`] : []
      );
      findings.push(
        infeasible(
          source,
          year,
          total,
          floors.reduce((s, f) => s + f, 0),
          short
        )
      );
    }
    decided.set(year, split.values);
  }

  const poolOf = (u: DecomposeUnitInput): number | null =>
    input.method === "pipeline" && hasPool
      ? (u.pool?.served ?? 0) + (u.pool?.submitted ?? 0)
      : null;
  const result: DecomposedUnit[] = units.map((u, i) => ({
    unit: u.unit,
    base: u.valid,
    pool: poolOf(u),
    share: (shares as number[])[i],
    targets: Object.fromEntries(years.map((y) => [y, (decided.get(y) as number[])[i]])),
  }));
  const total: Record<number, number> = Object.fromEntries(years.map((y) => [y, input.totals[y]]));
  const table: TargetTable = {
    units: units.map((u) => u.unit),
    years,
    targets: textRecordOf(result.map((u) => [u.unit, { ...u.targets }])),
    declaredTotals: { ...total },
    source,
    decomposition: { method: input.method, baseDate: input.baseDate },
  };
  return {
    method: input.method,
    floor: input.floor,
    pipelineWeight: input.pipelineWeight,
    baseDate: input.baseDate,
    years,
    units: result,
    total,
    table,
    findings,
    notes,
  };
}
