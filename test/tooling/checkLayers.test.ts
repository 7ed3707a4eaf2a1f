/**
 * The layer check of `npm test` (scripts/checkLayers.js): the repository passes it, and each kind of
 * violation, written deliberately into a small tree of its own, fails it with a line naming the file.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const { checkLayers } = require("../../scripts/checkLayers") as {
  checkLayers: (root: string) => string[];
};

/** A tree that keeps every rule: a domain chain core <- enterprise <- analysis, the port, a pane file, the pane's entry. */
const CLEAN: Record<string, string> = {
  "src/domain/core/types.ts": "export type Serial = number;\n",
  "src/domain/enterprise/units.ts":
    'import type { Serial } from "../core/types";\nexport const first: Serial = 1;\n',
  "src/domain/analysis/analyse.ts":
    'import { first } from "../enterprise/units";\nconst { window } = { window: first };\nexport const result = window;\n',
  "src/domain/index.ts": 'export * from "./analysis/analyse";\n',
  "src/excel/workbookSource.ts": "export interface WorkbookSource { kind: string }\n",
  "src/excel/excelSource.ts":
    'import type { WorkbookSource } from "./workbookSource";\nexport const run = () => Excel.run(async () => undefined);\nexport type S = WorkbookSource;\n',
  "src/taskpane/App.tsx":
    'import type { WorkbookSource } from "../excel/workbookSource";\nexport type Props = { source: WorkbookSource; range?: Excel.Range };\n',
  "src/taskpane/index.tsx": 'export const load = () => import("../excel/excelSource");\n',
};

let root: string;

function writeTree(files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-layers-"));
  writeTree(CLEAN);
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("checkLayers", () => {
  it("passes the repository itself", () => {
    expect(checkLayers(path.join(__dirname, "../.."))).toEqual([]);
  });

  it("passes a tree that keeps every rule (a local `window`, Office types in the pane, the entry's import)", () => {
    expect(checkLayers(root)).toEqual([]);
  });

  it.each([
    [
      "the engine imports a package",
      "src/domain/core/dates.ts",
      'import * as React from "react";\nexport const r = React;\n',
      /src\/domain\/core\/dates\.ts:1: src\/domain imports "react"/,
    ],
    [
      "the engine imports Node",
      "src/domain/core/dates.ts",
      'import * as fs from "node:fs";\nexport const f = fs;\n',
      /src\/domain imports "node:fs"/,
    ],
    [
      "the engine imports another layer",
      "src/domain/core/dates.ts",
      'import type { WorkbookSource } from "../../excel/workbookSource";\nexport type W = WorkbookSource;\n',
      /src\/domain imports src\/excel\/workbookSource\.ts/,
    ],
    [
      "the engine uses the DOM",
      "src/domain/core/dates.ts",
      "export const w = document.title;\n",
      /src\/domain\/core\/dates\.ts:1: src\/domain uses the host global document/,
    ],
    [
      "the engine uses Office.js",
      "src/domain/core/dates.ts",
      "export const v = Office.context;\n",
      /src\/domain uses the host global Office/,
    ],
    [
      "a lower folder imports a higher one",
      "src/domain/core/dates.ts",
      'import { first } from "../enterprise/units";\nexport const d = first;\n',
      /domain\/core imports domain\/enterprise/,
    ],
    [
      "an engine file outside the capability folders",
      "src/domain/loose.ts",
      "export const x = 1;\n",
      /src\/domain\/loose\.ts: not in a capability folder/,
    ],
    [
      "the pane calls Office.js",
      "src/taskpane/platform.ts",
      "export const p = Office.context.diagnostics.platform;\n",
      /src\/taskpane\/platform\.ts:1: uses Office \(only src\/excel touches Office\.js\)/,
    ],
    [
      "a command calls Excel.run",
      "src/commands/run.ts",
      "export const r = () => Excel.run(async () => undefined);\n",
      /src\/commands\/run\.ts:1: uses Excel/,
    ],
    [
      "the pane imports an Office.js module",
      "src/taskpane/View.tsx",
      'import { run } from "../excel/excelSource";\nexport const v = run;\n',
      /the task pane imports src\/excel\/excelSource\.ts/,
    ],
    [
      "an import cycle",
      "src/excel/workbookSource.ts",
      'import type { S } from "./excelSource";\nexport interface WorkbookSource { kind: string; s?: S }\n',
      /import cycle among src\/excel\/excelSource\.ts, src\/excel\/workbookSource\.ts/,
    ],
  ])("fails when %s", (_what, file, text, expected) => {
    writeTree({ [file]: text });
    const violations = checkLayers(root);
    expect(violations.some((v) => expected.test(v))).toBe(true);
  });
});
