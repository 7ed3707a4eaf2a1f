/**
 * Which cells of each sheet's used range are merged, so the engine can give a merged area's value to every
 * cell of it (docs/rules.md section 6: a 所属镇 merged over rows 21-22 belongs to both rows). Office.js hands
 * `values` of a merged area in its top-left cell only, and says nothing about merges there.
 *
 * Range.getMergedAreasOrNullObject() is ExcelApi 1.13, and "if the merged areas count in this range is more
 * than 512, then this method will fail to return the result" (Excel.Range, office-js-docs-reference,
 * docs/docs-ref-autogen/excel/excel/excel.range.yml). So: one request for every sheet at once; if Excel
 * refuses it, each sheet alone; a sheet still refused is read in halves of its rows, down to bands of
 * MIN_BAND_ROWS. A sheet (or band) that cannot be read at all, or a host without ExcelApi 1.13, is marked
 * `mergesUnread` and the engine says so in a finding. None of this reads per block: at most a few syncs
 * for the whole workbook in the usual case (two: the areas, then their coordinates).
 *
 * Not verifiable here (no Excel on these machines): whether a merged area that crosses the edge of a band
 * comes back whole or cut; a cut one would lose its lower part's value. Only sheets with over 512 merged
 * areas are read in bands, and the recording fake returns crossing areas whole.
 */
import type { CellRange } from "../domain/core/types";
import type { SupportsSet } from "./excelRun";

/** A sheet's used range, 0-based, as readSheets found it. */
export interface UsedRect {
  ws: Excel.Worksheet;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Bands are not split below this many rows (a band this short with over 512 areas is given up). */
const MIN_BAND_ROWS = 64;

interface Band {
  sheet: number;
  rowIndex: number;
  rowCount: number;
}

/** Merged areas per sheet (1-based CellRanges), or null where they could not be read; and the syncs made. */
export async function readMergedAreas(
  context: Excel.RequestContext,
  sheets: UsedRect[],
  supports: SupportsSet
): Promise<{ areas: (CellRange[] | null)[]; syncs: number }> {
  if (!supports("ExcelApi", "1.13")) return { areas: sheets.map(() => null), syncs: 0 };
  const found: (CellRange[] | null)[] = sheets.map(() => []);
  const bands: Band[] = [];
  sheets.forEach((s, i) => {
    if (s.rowCount > 0) bands.push({ sheet: i, rowIndex: s.rowIndex, rowCount: s.rowCount });
  });
  const counter = { syncs: 0 };
  await readBands(context, sheets, bands, found, counter);
  // An area reported by two bands is one area.
  return {
    areas: found.map((list) => (list === null ? null : dedupe(list))),
    syncs: counter.syncs,
  };
}

/**
 * Reads `bands` in one request; when Excel refuses it, each band alone, then halves of a refused band.
 * Recursion rather than a loop: each step is one request, and none is made inside a loop.
 */
async function readBands(
  context: Excel.RequestContext,
  sheets: UsedRect[],
  bands: Band[],
  found: (CellRange[] | null)[],
  counter: { syncs: number }
): Promise<void> {
  if (bands.length === 0) return;
  let areas: CellRange[][];
  try {
    areas = await loadBands(context, sheets, bands, counter);
  } catch {
    if (bands.length > 1) {
      // One band at a time, so a sheet with too many areas does not cost the others theirs.
      await readBands(context, sheets, bands.slice(0, 1), found, counter);
      return readBands(context, sheets, bands.slice(1), found, counter);
    }
    const [b] = bands;
    if (b.rowCount < 2 * MIN_BAND_ROWS) {
      found[b.sheet] = null;
      return;
    }
    const half = Math.floor(b.rowCount / 2);
    const halves = [
      { ...b, rowCount: half },
      { sheet: b.sheet, rowIndex: b.rowIndex + half, rowCount: b.rowCount - half },
    ];
    return readBands(context, sheets, halves, found, counter);
  }
  bands.forEach((b, k) => {
    const list = found[b.sheet];
    if (list !== null) list.push(...areas[k]);
  });
}

/**
 * Two syncs for any number of bands: which bands have merged areas, then those areas' coordinates (a null
 * object's `areas` is not loaded, as *OrNullObject results may only be read after a sync).
 */
async function loadBands(
  context: Excel.RequestContext,
  sheets: UsedRect[],
  bands: Band[],
  counter: { syncs: number }
): Promise<CellRange[][]> {
  const merged = bands.map((b) => {
    const s = sheets[b.sheet];
    const m = s.ws
      .getRangeByIndexes(b.rowIndex, s.columnIndex, b.rowCount, s.columnCount)
      .getMergedAreasOrNullObject();
    m.load("areaCount");
    return m;
  });
  counter.syncs++;
  await context.sync();
  const withAreas = merged.filter((m) => !m.isNullObject && m.areaCount > 0);
  for (const m of withAreas)
    m.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
  if (withAreas.length > 0) {
    counter.syncs++;
    await context.sync();
  }
  return merged.map((m) =>
    m.isNullObject || m.areaCount === 0
      ? []
      : m.areas.items.map((r) => ({
          top: r.rowIndex + 1,
          left: r.columnIndex + 1,
          bottom: r.rowIndex + r.rowCount,
          right: r.columnIndex + r.columnCount,
        }))
  );
}

function dedupe(list: CellRange[]): CellRange[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = `${r.top},${r.left},${r.bottom},${r.right}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
