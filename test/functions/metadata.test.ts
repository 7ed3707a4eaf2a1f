/**
 * The metadata Excel reads: generated from functions.ts's JSDoc by custom-functions-metadata (what the
 * webpack plugin runs), and the hand-written zh-CN file that must mirror it id for id.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as F from "../../src/functions/functions";

interface Param {
  name: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: Param[];
  result: { type: string };
  options?: { volatile?: boolean };
}

const ROOT = path.join(__dirname, "..", "..");
const SOURCE = path.join(ROOT, "src", "functions", "functions.ts");
const zh = JSON.parse(
  fs.readFileSync(path.join(ROOT, "src", "functions", "functions.zh-CN.json"), "utf8")
) as { functions: Fn[] };

// id -> parameters as "name:type[:matrix][?]" and the result type: the contract the issue lists.
const EXPECTED: Record<string, [string[], string]> = {
  // Parameters that also take text ("2024年", "2") are `any`: a `number` parameter turns text into #VALUE!
  // before our parser sees it.
  AWARD: [["type:string", "date:any", "installment:any?"], "number"],
  EXPIRY: [["issueDate:any"], "number"],
  ISVALID: [["issueDate:any", "asOf:any?"], "boolean"],
  DAYSLEFT: [["issueDate:any", "asOf:any?"], "number"],
  EXPIRING: [["issueDate:any", "year:any?"], "boolean"],
  TARGET: [["unit:string", "year:any"], "number"],
  VALIDCOUNT: [["units:any:matrix", "issueDates:any:matrix", "unit:string", "asOf:any?"], "number"],
  COMPLETION: [["units:any:matrix", "issueDates:any:matrix", "unit:string", "asOf:any?"], "number"],
  CERTYEAR: [["certNo:string"], "number"],
  CREDITCODE: [["code:string"], "boolean"],
  UNIT: [["text:string"], "string"],
  STAGE: [["text:string"], "string"],
};

const shape = (p: Param, withName = true): string =>
  `${withName ? p.name + ":" : ""}${p.type}${p.dimensionality === "matrix" ? ":matrix" : ""}${p.optional ? "?" : ""}`;

let generated: { functions: Fn[] };
let associate: { id: string; functionName: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE, false);
  expect(result.errors).toEqual([]);
  generated = JSON.parse(result.metadataJson);
  associate = result.associate;
}, 120_000);

describe("generated metadata (functions.json)", () => {
  it("lists exactly the twelve functions, in order", () => {
    expect(generated.functions.map((f) => f.id)).toEqual(Object.keys(EXPECTED));
  });

  it.each(Object.entries(EXPECTED))(
    "%s has its parameters and result type",
    (id, [params, result]) => {
      const f = generated.functions.find((x) => x.id === id)!;
      expect(f.name).toBe(id);
      expect(f.parameters.map((p) => shape(p))).toEqual(params);
      expect(f.result.type).toBe(result);
    }
  );

  it.each(Object.keys(EXPECTED))(
    "%s documents itself: description, help for each parameter, a helpUrl to its anchor",
    (id) => {
      const f = generated.functions.find((x) => x.id === id)!;
      expect(f.description.length).toBeGreaterThan(20);
      for (const p of f.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(5);
      expect(f.helpUrl).toBe(`https://localhost:3000/functions-help.html#${id}`);
    }
  );

  // One rule for "today": a function whose date or year may be omitted defaults to today's, so it is
  // volatile (recalculated at every recalculation, never stale across days); no other function is.
  it.each(Object.entries(EXPECTED))(
    "%s is volatile exactly when a date or year may be omitted, and its help says so",
    (id, [params]) => {
      const f = generated.functions.find((x) => x.id === id)!;
      const todayDefault = params.some((p) => /^(asOf|year):any\?$/.test(p));
      expect(f.options?.volatile === true).toBe(todayDefault);
      const omitted = f.parameters.find((p) => p.optional && /^(asOf|year)$/.test(p.name));
      if (todayDefault) expect(omitted?.description).toMatch(/volatile/);
    }
  );

  it("associates every id with an exported function of functions.ts", () => {
    expect(associate.map((a) => a.id)).toEqual(Object.keys(EXPECTED));
    for (const a of associate)
      expect(typeof (F as Record<string, unknown>)[a.functionName]).toBe("function");
  });
});

describe("zh-CN metadata (functions.zh-CN.json)", () => {
  it("has the same ids in the same order", () => {
    expect(zh.functions.map((f) => f.id)).toEqual(generated.functions.map((f) => f.id));
  });

  it.each(Object.keys(EXPECTED))(
    "%s: same parameter types, dimensionality, optionality and result; Chinese text",
    (id) => {
      const g = generated.functions.find((x) => x.id === id)!;
      const z = zh.functions.find((x) => x.id === id)!;
      expect(z.parameters.map((p) => shape(p, false))).toEqual(
        g.parameters.map((p) => shape(p, false))
      );
      expect(z.result).toEqual(g.result);
      expect(z.options).toEqual(g.options);
      if (g.options?.volatile)
        expect(z.parameters.find((p) => p.optional)?.description).toMatch(/易失性/);
      expect(z.helpUrl).toBe(g.helpUrl);
      expect(z.name).toBe(g.name);
      const cjk = /[\u4e00-\u9fff]/;
      expect(z.description).toMatch(cjk);
      for (const p of z.parameters) {
        expect(p.name).toMatch(cjk);
        expect(p.description).toMatch(cjk);
      }
    }
  );
});

describe("functions-help.html", () => {
  it("has an anchor for every function, in both languages", () => {
    const { renderFunctionsHelp } = require("../../scripts/functionsHelp") as {
      renderFunctionsHelp: (en: unknown, zh: unknown) => string;
    };
    const html = renderFunctionsHelp(generated, zh);
    for (const f of generated.functions) {
      expect(html).toContain(`<section id="${f.id}">`);
      expect(html).toContain(
        f.description.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      );
      expect(html).toContain(zh.functions.find((z) => z.id === f.id)!.description);
    }
  });

  it("marks the volatile functions, and says the rule once for all of them", () => {
    const { renderFunctionsHelp } = require("../../scripts/functionsHelp") as {
      renderFunctionsHelp: (en: unknown, zh: unknown) => string;
    };
    const html = renderFunctionsHelp(generated, zh);
    for (const f of generated.functions) {
      const section = html.slice(html.indexOf(`<section id="${f.id}">`)).split("</section>")[0];
      expect(section.includes("易失性 volatile")).toBe(f.options?.volatile === true);
    }
    expect(html).toContain("TODAY()");
  });
});

describe("the functions bundle's imports", () => {
  // What must load before the functions work: src/functions and what it reaches. No UI or file libraries.
  it("reach only src/functions, src/state and src/domain", () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)) {
        const spec = m[1];
        expect(spec.startsWith(".")).toBe(true); // no package: React, Fluent, exceljs, ...
        visit(path.resolve(path.dirname(file), spec) + ".ts");
      }
    };
    visit(SOURCE);
    const dirs = [...seen].map(
      (f) => path.relative(path.join(ROOT, "src"), path.dirname(f)).split(path.sep)[0]
    );
    expect(new Set(dirs)).toEqual(new Set(["functions", "state", "domain"]));
  });
});
