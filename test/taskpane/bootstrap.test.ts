/**
 * The ES5 bootstrap of taskpane.html (src/taskpane/bootstrap.js): it must itself parse as ES5, load the
 * held-back bundle in order where the engine can run it, and otherwise say in the user's language that
 * this Office cannot run Gaoqi. An old engine is simulated by a Function constructor that accepts ES5
 * only (acorn at ecmaVersion 5), as Internet Explorer 11's does.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "acorn";

const SOURCE = fs.readFileSync(
  path.join(__dirname, "..", "..", "src", "taskpane", "bootstrap.js"),
  "utf8"
);
const BUNDLE = ["runtime.js", "functions.js", "commands.js", "taskpane.js"];

/** A Function constructor of an ES5 engine: ES2015+ syntax is a SyntaxError. */
function es5Function(...args: string[]): unknown {
  const body = args.pop() ?? "";
  parse(`(function (${args.join(",")}) {\n${body}\n})`, { ecmaVersion: 5 });
  return () => undefined;
}

function setPage(): void {
  document.head.innerHTML = "";
  document.body.innerHTML = `<div id="root"></div>${BUNDLE.map((f) => `<script type="text/plain" data-gaoqi-bundle src="${f}"></script>`).join("")}`;
}

interface FakeWindow {
  [key: string]: unknown;
}

/** Runs the bootstrap against `win` (the real globals, with what the test overrides). */
function run(overrides: FakeWindow): string {
  const win: FakeWindow = {
    Function,
    Promise,
    Map,
    Set,
    Symbol,
    Proxy,
    Reflect,
    Object,
    Array,
    String,
    globalThis,
    navigator: { language: "zh-CN" },
    ...overrides,
  };
  new Function("window", "document", SOURCE)(win, document);
  return win.gaoqiBootstrap as string;
}

const added = (): { src: string | null; async: boolean; type: string }[] =>
  [...document.head.querySelectorAll("script")].map((s) => ({
    src: s.getAttribute("src"),
    async: s.async,
    type: s.type,
  }));

beforeEach(setPage);

describe("the ES5 bootstrap", () => {
  it("parses as ES5 (Internet Explorer 11 can run it)", () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
  });

  it("the held-back scripts are not run by the page (type text/plain), the bootstrap runs them", () => {
    expect(document.querySelectorAll('script[type="text/plain"][data-gaoqi-bundle]')).toHaveLength(
      BUNDLE.length
    );
  });

  it("a current engine: the bundle's scripts are added as real scripts, in page order, order kept (async false), no message", () => {
    expect(run({})).toBe("bundle");
    expect(added()).toEqual(BUNDLE.map((src) => ({ src, async: false, type: "" })));
    expect(document.getElementById("root")!.textContent).toBe("");
  });

  it.each([
    ["zh-CN", "此版本的 Office 无法运行高企加载项"],
    ["zh-TW", "此版本的 Office 无法运行高企加载项"],
    ["en-US", "This version of Office cannot run Gaoqi"],
    ["de-DE", "This version of Office cannot run Gaoqi"],
  ])(
    "an ES5 engine with a %s browser: no bundle, the message in that language, with what to do",
    (language, title) => {
      expect(run({ Function: es5Function, navigator: { language } })).toBe("message");
      expect(added()).toEqual([]);
      const root = document.getElementById("root")!;
      expect(root.querySelector("[role=alert] h1")!.textContent).toBe(title);
      expect(root.textContent).toMatch(/Excel 网页版|Excel on the web/);
      expect(root.textContent).toMatch(/Office 2021|Office 2021 及以上/);
    }
  );

  it("IE11's navigator.userLanguage counts, and Office's display language wins once office.js is ready", () => {
    let ready: (() => void) | null = null;
    const office: { onReady: (cb: () => void) => void; context?: { displayLanguage: string } } = {
      onReady: (cb) => (ready = cb),
    };
    run({ Function: es5Function, navigator: { userLanguage: "zh-CN" }, Office: office });
    expect(
      document.querySelector("[data-gaoqi-unsupported]")!.getAttribute("data-gaoqi-unsupported")
    ).toBe("zh");
    office.context = { displayLanguage: "en-GB" };
    ready!();
    expect(document.querySelectorAll("[role=alert]")).toHaveLength(1);
    expect(
      document.querySelector("[data-gaoqi-unsupported]")!.getAttribute("data-gaoqi-unsupported")
    ).toBe("en");
  });

  it.each(["Promise", "Map", "Proxy", "Reflect", "globalThis"])(
    "an engine that parses the syntax but lacks %s gets the message too",
    (missing) => {
      expect(run({ [missing]: undefined })).toBe("message");
      expect(added()).toEqual([]);
    }
  );

  it("an engine without String.prototype.matchAll (ES2020 built-ins) gets the message", () => {
    const OldString = Object.assign(function () {}, { prototype: {} });
    expect(run({ String: OldString })).toBe("message");
  });
});
