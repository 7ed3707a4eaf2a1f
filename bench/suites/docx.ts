/**
 * The Word bulletin against the workbook bulletin, in the same run and on the same rosters (the cli
 * suite's generated workbook): `gaoqi report F --year 2023 --out R.xlsx` and `... --docx R.docx`, for
 * 20,000 enterprises and for Excel's full 1,048,575 rows. Figures: wall time and peak resident memory of
 * each (docxPeakMB goal <= 500; docxVsXlsx = docx time / xlsx time, goal <= 3). One run each: a full-size
 * run takes minutes on a shared machine, and each line also says how long the machine held this process up.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { BenchSuite } from "../suite";
import { timed, writeWorkbook, type Run } from "./cli";

const SIZES: [string, number][] = [
  ["20k", 20_000],
  ["Full", 1_048_575],
];

const s = (ms: number): string => (ms / 1000).toFixed(2);
const runText = (r: Run): string =>
  `${s(r.ms)} s (held up ${s(r.heldUpMs)} s), peak ${r.peakMB.toFixed(0)} MB`;

export const suite: BenchSuite = {
  name: "docx",
  order: 3,
  async run(log) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-bench-docx-"));
    const root = path.join(__dirname, "..", "..", "..");
    const cli = path.join(root, "bin", "gaoqi.js");
    const figures: Record<string, number> = {};
    try {
      for (const [label, rows] of SIZES) {
        const file = path.join(dir, `roster-${label}.xlsx`);
        await writeWorkbook(file, rows);
        const report = (flag: string, out: string): Promise<Run> =>
          timed(
            process.execPath,
            [cli, "report", file, "--year", "2023", flag, path.join(dir, out)],
            root
          );
        const xlsx = await report("--out", `bulletin-${label}.xlsx`);
        const docx = await report("--docx", `bulletin-${label}.docx`);
        const ratio = docx.ms / xlsx.ms;
        log(
          `${rows.toLocaleString("en-US")} enterprises: --out ${runText(xlsx)}; --docx ${runText(docx)} (goal <= 500 MB); docx/xlsx time ${ratio.toFixed(2)} (goal <= 3)`
        );
        Object.assign(figures, {
          [`xlsx${label}Ms`]: Math.round(xlsx.ms),
          [`xlsx${label}PeakMB`]: Math.round(xlsx.peakMB),
          [`docx${label}Ms`]: Math.round(docx.ms),
          [`docx${label}PeakMB`]: Math.round(docx.peakMB),
          [`docxVsXlsx${label}`]: Number(ratio.toFixed(2)),
        });
        fs.rmSync(file, { force: true });
      }
      return figures;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
