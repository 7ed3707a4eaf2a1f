/** `gaoqi app --out`: a byte-for-byte copy of the built page, refused in one line when it cannot be. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { appCommand } from "../../src/cli/appCommand";

let dir: string;
let errors: string[];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-app-"));
  errors = [];
  jest.spyOn(process.stderr, "write").mockImplementation((s) => (errors.push(String(s)), true));
  jest.spyOn(process.stdout, "write").mockImplementation(() => true);
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

it("copies the built page where asked", async () => {
  const page = path.join(dir, "built.html");
  fs.writeFileSync(page, "<!doctype html><title>高企</title>");
  const out = path.join(dir, "给镇里.html");
  expect(await appCommand(["--out", out], page)).toBe(0);
  expect(fs.readFileSync(out, "utf8")).toBe("<!doctype html><title>高企</title>");
  expect(fs.readdirSync(dir).sort()).toEqual(["built.html", "给镇里.html"]);
});

it("says how to build the page when it is not built", async () => {
  const out = path.join(dir, "gaoqi.html");
  expect(await appCommand(["--out", out], path.join(dir, "missing.html"))).toBe(2);
  expect(errors.join("")).toMatch(/npm run build:page/);
  expect(fs.existsSync(out)).toBe(false);
});

it.each([[[]], [["--out"]], [["--out", "page.txt"]], [["--out", "a.html", "extra"]]])(
  "refuses %j in one line",
  async (argv) => {
    expect(await appCommand(argv, path.join(dir, "missing.html"))).toBe(2);
    expect(errors.join("").trim().split("\n")).toHaveLength(1);
  }
);

it("refuses in one line a page whose folder is a file, writing nothing", async () => {
  const page = path.join(dir, "built.html");
  fs.writeFileSync(page, "<!doctype html>");
  const out = path.join(page, "gaoqi.html");
  expect(await appCommand(["--out", out, "--lang", "en-US"], page)).toBe(2);
  expect(errors.join("").trim().split("\n")).toEqual([
    `gaoqi: ${out}: its folder (${page}) is a file, not a folder`,
  ]);
  expect(fs.readdirSync(dir)).toEqual(["built.html"]);
});
