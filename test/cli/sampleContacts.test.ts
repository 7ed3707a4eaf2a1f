/**
 * The bundled sample's 走访记录 sheet (issue 23): shaped as offices keep it (a few hundred rows over 2023-24, every
 * status, some overdue, some rows that join nothing), and the CLI's streaming path and the engine the
 * task pane runs (on the preview's sample.json) give the same contacts, call list and problems.
 */
import * as path from "path";
import { analyseFile } from "../../src/cli/analyseFile";
import { analysisJson } from "../../src/cli/jsonOutput";
import { packageRoot } from "../../src/cli/packageRoot";
import { serialFromYmd } from "../../src/domain/dates";
import { DEFAULT_SETTINGS } from "../../src/domain/policy";
import type { SheetInput } from "../../src/domain/types";
import { analyseWorkbook } from "../../src/domain/workbook";
import sample from "../../src/taskpane/preview/sample.json";

jest.setTimeout(120_000);

const contactKeys = (j: ReturnType<typeof analysisJson>) => ({
  units: j.units.map((u) => [u.unit, u.contacts]),
  total: j.total.contacts,
  lastContacts: j.expiring.map((e) => [e.name, e.lastContact]),
  toVisit: j.toVisit,
  problems: j.problems,
  unmatched: j.findings.filter((f) => f.code === "visit-unmatched"),
});

// 2023: the CLI's examples; 2024: where the pane's preview opens.
describe.each([2023, 2024])("the sample's contact log at the end of %d", (year) => {
  const asOf = serialFromYmd(year, 12, 31);
  let cli: ReturnType<typeof contactKeys>;
  let pane: ReturnType<typeof contactKeys>;

  beforeAll(async () => {
    const file = path.join(packageRoot(), "samples", "jinshan-sample.xlsx");
    cli = contactKeys(analysisJson(await analyseFile(file, { asOf, settings: DEFAULT_SETTINGS }), "zh-CN"));
    pane = contactKeys(analysisJson(analyseWorkbook(sample as unknown as SheetInput[], { asOf }), "zh-CN"));
  });

  it("is read by the CLI and by the pane's engine alike", () => {
    expect(pane).toEqual(cli);
  });

  it("holds a few hundred contacts, problems at every status, overdue ones, and rows that join nothing", () => {
    expect(cli.total.visits).toBeGreaterThan(100);
    expect(new Set(cli.problems.map((p) => p.status))).toEqual(new Set(["todo", "in-progress", "unfinished", null]));
    expect(cli.problems.some((p) => p.overdue)).toBe(true);
    expect(cli.problems.some((p) => !p.overdue)).toBe(true);
    expect(cli.unmatched.length).toBeGreaterThanOrEqual(5);
    // Some expiring enterprises were contacted, some not; both reasons fill the call list.
    expect(cli.lastContacts.some(([, l]) => l !== null)).toBe(true);
    expect(cli.lastContacts.some(([, l]) => l === null)).toBe(true);
    expect(new Set(cli.toVisit.map((v) => v.reason))).toEqual(new Set(["expiring", "submitted"]));
  });
});
