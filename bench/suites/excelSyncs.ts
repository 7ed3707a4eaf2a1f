/**
 * excelSyncs100k: context.sync() calls to read a 100,000-row sheet through the Office.js adapter, run
 * against the recording workbook fake (test/excel/fakeExcel.ts), as a host with ExcelApi 1.13 (so the
 * merged-area request is counted). Goal: at most blocks + 3.
 */
import { MAX_BLOCK_ROWS, type ReadStats, readAllSheets } from "../../src/excel/readSheets";
import { FakeWorkbook, rosterCells } from "../../test/excel/fakeExcel";
import type { BenchSuite } from "../suite";

const ROWS = 100_000;

export const suite: BenchSuite = {
  name: "excel",
  order: 4,
  async run(log) {
    const wb = new FakeWorkbook();
    wb.addSheet("名单", rosterCells(ROWS - 1));
    const stats: ReadStats = { syncs: 0, blocks: 0, retries: 0 };
    const t0 = process.hrtime.bigint();
    const [sheet] = await readAllSheets(wb.run, { supports: () => true }, stats);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (sheet?.values.length !== ROWS)
      throw new Error(`read ${sheet?.values.length ?? 0} rows of ${ROWS}`);
    const bound = Math.ceil(ROWS / MAX_BLOCK_ROWS) + 3;
    log(
      `read ${ROWS} rows: ${wb.syncs} syncs, ${stats.blocks} blocks of <= ${MAX_BLOCK_ROWS} rows (bound blocks + 3 = ${bound}) ${wb.syncs <= bound ? "ok" : "OVER"}; ${ms.toFixed(0)} ms in the fake`
    );
    return { excelSyncs100k: wb.syncs };
  },
};
