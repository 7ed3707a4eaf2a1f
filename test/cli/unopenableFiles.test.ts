/**
 * Files the system will not open: a user meets these (a file they may not read, a link that loops, a
 * pipe given as a file) and each gets one line saying why, with exit code 2, never "internal error".
 * Tests run as root here, where no permission stops a read: the refusal is the file system's own error
 * raised through a spy on fs; a real unreadable file is tried too where the tests run as another user.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { samplePath } from "../../src/cli/packageRoot";
import { runCli } from "./helpers";

let dir: string;
let sample: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-unopenable-"));
  sample = path.join(dir, "名单.xlsx");
  fs.copyFileSync(samplePath(), sample);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** An error as the file system raises it. */
const fsError = (code: string, call: string, file: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: ${call} '${file}'`), { code, syscall: call, path: file });

type Refusable = "openSync" | "readFileSync" | "readdirSync";
const REFUSABLE: Refusable[] = ["openSync", "readFileSync", "readdirSync"];

// The module's own exports cannot be redefined by a spy: fs is replaced by itself with these three calls
// made mock functions, which pass every call through until a test makes one refuse.
jest.mock("fs", () => {
  const actual = jest.requireActual<typeof import("fs")>("fs");
  return {
    ...actual,
    openSync: jest.fn(actual.openSync),
    readFileSync: jest.fn(actual.readFileSync),
    readdirSync: jest.fn(actual.readdirSync),
  };
});

const actualFs = jest.requireActual<typeof import("fs")>("fs");

afterEach(() => {
  for (const m of REFUSABLE) (fs[m] as unknown as jest.Mock).mockImplementation(actualFs[m]);
});

/** Makes `method` of fs throw `code` for paths ending in `suffix`, and behave as before for others. */
function refuse(method: Refusable, suffix: string, code: string): void {
  const real = actualFs[method] as (...a: unknown[]) => unknown;
  (fs[method] as unknown as jest.Mock).mockImplementation((...a: unknown[]) => {
    if (typeof a[0] === "string" && a[0].endsWith(suffix))
      throw fsError(code, method.replace("Sync", ""), a[0]);
    return real(...a);
  });
}

async function expectOneLine(argv: string[], message: RegExp): Promise<string> {
  const r = await runCli([...argv, "--lang", "en-US"]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(r.stderr).not.toMatch(/internal error/);
  expect(r.stderr).toMatch(message);
  return r.stderr;
}

describe("a workbook the system will not open", () => {
  it("a file this account may not read", async () => {
    refuse("openSync", "名单.xlsx", "EACCES");
    const line = await expectOneLine(["report", sample], /名单\.xlsx: permission denied/);
    expect(line).toContain(sample);
  });

  it("says it in Chinese", async () => {
    refuse("openSync", "名单.xlsx", "EACCES");
    const r = await runCli(["report", sample, "--lang", "zh-CN"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("没有读取权限");
  });

  it("a file in use by another program", async () => {
    refuse("openSync", "名单.xlsx", "EBUSY");
    await expectOneLine(["report", sample], /in use by another program/);
  });

  it("a code it has no words for is named as it is", async () => {
    refuse("openSync", "名单.xlsx", "EXDEV");
    await expectOneLine(["report", sample], /cannot be read \(EXDEV\)/);
  });

  it("a target table this account may not read", async () => {
    const targets = path.join(dir, "目标.xlsx");
    fs.copyFileSync(samplePath(), targets);
    refuse("openSync", "目标.xlsx", "EACCES");
    await expectOneLine(["report", sample, "--targets", targets], /目标\.xlsx: permission denied/);
  });

  it("a folder this account may not list", async () => {
    const folder = path.join(dir, "镇");
    fs.mkdirSync(folder, { recursive: true });
    refuse("readdirSync", "镇", "EACCES");
    await expectOneLine(["report", folder], /镇: permission denied/);
  });

  it("a settings file this account may not read", async () => {
    const settings = path.join(dir, "settings.json");
    fs.writeFileSync(settings, "{}");
    refuse("readFileSync", "settings.json", "EACCES");
    await expectOneLine(
      ["report", sample, "--settings", settings],
      /settings\.json: permission denied/
    );
  });

  it("a symbolic link that leads back to itself", async () => {
    const a = path.join(dir, "环a.xlsx");
    const b = path.join(dir, "环b.xlsx");
    fs.symlinkSync(b, a);
    fs.symlinkSync(a, b);
    await expectOneLine(["report", a], /环a\.xlsx: a symbolic link that leads back to itself/);
    await expectOneLine(["report", sample, "--settings", a], /a symbolic link that leads back/);
  });

  (process.platform === "linux" ? it : it.skip)("a pipe named like a workbook", async () => {
    const fifo = path.join(dir, "管道.xlsx");
    execFileSync("mkfifo", [fifo]);
    // Read as a file it would wait for a writer forever, or pass for an empty file.
    await expectOneLine(["report", fifo], /管道\.xlsx: not a regular file \(a pipe/);
  });

  it("with --skip-unreadable, one of several files unreadable: the others are read, it is a finding", async () => {
    const folder = path.join(dir, "两镇");
    fs.mkdirSync(folder);
    fs.copyFileSync(samplePath(), path.join(folder, "甲.xlsx"));
    fs.copyFileSync(samplePath(), path.join(folder, "乙.xlsx"));
    refuse("openSync", "乙.xlsx", "EACCES");
    const r = await runCli(["report", folder, "--skip-unreadable", "--json", "-"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      sources: { file: string; rows: number; unreadable: string | null }[];
    };
    expect(json.sources.map((f) => [f.file, f.rows > 0, f.unreadable])).toEqual([
      // A folder is read in code point order: 乙 (U+4E59) before 甲 (U+7532).
      ["乙.xlsx", false, expect.stringContaining("没有读取权限")],
      ["甲.xlsx", true, null],
    ]);
  });

  const asUser = typeof process.getuid === "function" && process.getuid() !== 0;
  (asUser ? it : it.skip)("a real file without read permission", async () => {
    const locked = path.join(dir, "无权限.xlsx");
    fs.copyFileSync(samplePath(), locked);
    fs.chmodSync(locked, 0o000);
    await expectOneLine(["report", locked], /permission denied/);
  });
});
