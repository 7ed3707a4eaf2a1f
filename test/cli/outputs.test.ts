/** Outputs all or none, never over an input, never over a non-regular file. */
import { spawn } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { OutputCommitError, outputFailure, OutputSet } from "../../src/cli/outputs";
import { runCli, writeWorkbook } from "./helpers";

jest.setTimeout(120_000);

const hash = (f: string): string =>
  crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");
let dir: string;
let input: string;
let inputHash: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-outputs-"));
  input = path.join(dir, "roster.xlsx");
  await writeWorkbook(input, {
    名单: [
      ["企业名称", "证书编号", "发证日期", "所属镇"],
      ["甲", "GR202331000001", "2023-05-01", "朱泾镇"],
    ],
  });
  inputHash = hash(input);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => expect(hash(input)).toBe(inputHash));

/** Files in the folder other than the input: nothing may be left behind by a refused or failed run. */
const leftovers = (folder = dir): string[] =>
  fs.readdirSync(folder).filter((f) => f !== "roster.xlsx" && !f.startsWith("keep"));

describe("outputs never replace an input", () => {
  it("--out reaching the input through a symlinked folder", async () => {
    const link = path.join(dir, "linkdir");
    fs.symlinkSync(dir, link);
    try {
      const r = await runCli(["report", input, "--out", path.join(link, "roster.xlsx")]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("输出会覆盖输入工作簿");
    } finally {
      fs.unlinkSync(link);
    }
  });

  it("an input that is a symlink to the --out file", async () => {
    const linked = path.join(dir, "link.xlsx");
    fs.symlinkSync(input, linked);
    try {
      const r = await runCli(["report", linked, "--out", input, "--lang", "en-US"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("output would overwrite the input workbook");
    } finally {
      fs.unlinkSync(linked);
    }
  });

  it("a hard link to the input as --json", async () => {
    const hard = path.join(dir, "hard.json");
    fs.linkSync(input, hard);
    try {
      expect((await runCli(["report", input, "--json", hard])).code).toBe(2);
    } finally {
      fs.unlinkSync(hard);
    }
  });

  it("--settings named as an output", async () => {
    const settings = path.join(dir, "keep-settings.json");
    fs.writeFileSync(settings, "{}");
    const r = await runCli(["report", input, "--settings", settings, "--json", settings]);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(settings, "utf8")).toBe("{}");
  });
});

describe("outputs are checked before any is written", () => {
  it("--out r.xlsx --json r.xlsx is refused (the JSON would be lost)", async () => {
    const r = path.join(dir, "r.xlsx");
    const res = await runCli(["report", input, "--out", r, "--json", r]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("重复用作输出");
    expect(leftovers()).toEqual([]);
  });

  it("an --out in a missing folder: the JSON is not written either", async () => {
    const res = await runCli([
      "report",
      input,
      "--json",
      path.join(dir, "a.json"),
      "--out",
      path.join(dir, "missing", "r.xlsx"),
    ]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("所在文件夹不存在");
    expect(leftovers()).toEqual([]);
  });

  it.each([
    [
      "a folder",
      () =>
        fs.mkdirSync(path.join(dir, "keep-folder.json"), { recursive: true }) ??
        path.join(dir, "keep-folder.json"),
    ],
    ["a device", () => "/dev/null"],
  ])("an output that exists and is %s is not replaced", async (_label, make) => {
    const target = make() as string;
    const before = fs.statSync(target);
    const res = await runCli(["report", input, "--json", target, "--lang", "en-US"]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("is not a regular file");
    const after = fs.statSync(target);
    expect([after.isDirectory(), after.isCharacterDevice()]).toEqual([
      before.isDirectory(),
      before.isCharacterDevice(),
    ]);
  });

  it.each([
    ["--out", "r.xlsx"],
    ["--json", "r.json"],
    ["--docx", "r.docx"],
    ["--workpaper", "w.xlsx"],
  ])(
    "%s inside a path whose folder is a file: one line saying so, nothing written",
    async (opt, name) => {
      const res = await runCli(["report", input, opt, path.join(input, name), "--lang", "en-US"]);
      expect(res.code).toBe(2);
      expect(res.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(res.stderr).toContain(`its folder (${input}) is a file, not a folder`);
      expect(leftovers()).toEqual([]);
    }
  );

  it("a good run writes both outputs and leaves no temporary file", async () => {
    const out = fs.mkdtempSync(path.join(dir, "keep-ok-"));
    const res = await runCli([
      "report",
      input,
      "--json",
      path.join(out, "a.json"),
      "--out",
      path.join(out, "r.xlsx"),
    ]);
    expect(res.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(["a.json", "r.xlsx"]);
  });
});

describe("OutputSet", () => {
  it("a failure while staging the second output leaves neither target nor any temporary file", async () => {
    const out = fs.mkdtempSync(path.join(dir, "keep-fail-"));
    const set = new OutputSet();
    await set.stage(path.join(out, "a.json"), async (temp) => fs.writeFileSync(temp, "{}"));
    await expect(
      set.stage(path.join(out, "b.xlsx"), async (temp) => {
        fs.writeFileSync(temp, "half");
        throw new Error("disk full");
      })
    ).rejects.toThrow("disk full");
    set.abort();
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it("a target that refuses to be replaced leaves every target as it was, and is the one named", async () => {
    const out = fs.mkdtempSync(path.join(dir, "keep-commit-"));
    const [a, b, c] = ["a.json", "b.xlsx", "c.docx"].map((f) => path.join(out, f));
    fs.writeFileSync(a, "old a");
    const set = new OutputSet();
    await set.stage(a, async (temp) => fs.writeFileSync(temp, "new a"));
    await set.stage(b, async (temp) => fs.writeFileSync(temp, "new b"));
    await set.stage(c, async (temp) => fs.writeFileSync(temp, "new c"));
    // c is taken by a folder with a file in it after the checks: no file can be renamed over it.
    fs.mkdirSync(c);
    fs.writeFileSync(path.join(c, "inside"), "x");
    let error: unknown;
    try {
      set.commit();
    } catch (e) {
      error = e;
    }
    set.abort();
    expect(error).toBeInstanceOf(OutputCommitError);
    expect((error as OutputCommitError).file).toBe(c);
    expect(outputFailure(a, error).file).toBe(c);
    // Its system code is where a caller that knows only the error looks for it.
    expect((error as OutputCommitError).code).toMatch(/^E[A-Z]+$/);
    // a has its old content back, b (new) is gone, c is untouched, and nothing else is left.
    expect(fs.readFileSync(a, "utf8")).toBe("old a");
    expect(fs.readdirSync(out).sort()).toEqual(["a.json", "c.docx"]);
    expect(fs.readdirSync(c)).toEqual(["inside"]);
  });

  it("commit replaces old files and leaves nothing beside them", async () => {
    const out = fs.mkdtempSync(path.join(dir, "keep-replace-"));
    const [a, b] = ["a.json", "b.xlsx"].map((f) => path.join(out, f));
    fs.writeFileSync(a, "old a");
    const set = new OutputSet();
    await set.stage(a, async (temp) => fs.writeFileSync(temp, "new a"));
    await set.stage(b, async (temp) => fs.writeFileSync(temp, "new b"));
    set.commit();
    expect([fs.readFileSync(a, "utf8"), fs.readFileSync(b, "utf8")]).toEqual(["new a", "new b"]);
    expect(fs.readdirSync(out).sort()).toEqual(["a.json", "b.xlsx"]);
  });

  it("abort leaves quietly a temporary file it cannot reach (its folder replaced by a file)", async () => {
    const out = fs.mkdtempSync(path.join(dir, "keep-gone-"));
    const set = new OutputSet();
    await set.stage(path.join(out, "a.json"), async (temp) => fs.writeFileSync(temp, "{}"));
    fs.rmSync(out, { recursive: true });
    fs.writeFileSync(out, "a file now");
    expect(() => set.abort()).not.toThrow();
    fs.rmSync(out);
  });

  it.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const)("%s during a write removes the temporary file", async (signal, code) => {
    const out = fs.mkdtempSync(path.join(dir, "keep-signal-"));
    const child = spawn(process.execPath, [
      "-r",
      path.join(__dirname, "children", "tsRequire.js"),
      path.join(__dirname, "children", "stageAndWait.ts"),
      path.join(out, "r.xlsx"),
    ]);
    const temp = await new Promise<string>((resolve) =>
      child.stdout.once("data", (d: Buffer) => resolve(d.toString().trim()))
    );
    expect(fs.existsSync(temp)).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(fs.readdirSync(out)).toEqual([]);
  });
});

describe("a run killed with SIGKILL", () => {
  const startChild = async (target: string) => {
    const child = spawn(process.execPath, [
      "-r",
      path.join(__dirname, "children", "tsRequire.js"),
      path.join(__dirname, "children", "stageAndWait.ts"),
      target,
    ]);
    const temp = await new Promise<string>((resolve) =>
      child.stdout.once("data", (d: Buffer) => resolve(d.toString().trim()))
    );
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    return { child, temp, exited };
  };

  it("leaves its temporary file, which the next run writing that output removes; nothing else is touched", async () => {
    const out = fs.mkdtempSync(path.join(dir, "keep-kill-"));
    const target = path.join(out, "r.docx");
    const killed = await startChild(target);
    killed.child.kill("SIGKILL");
    await killed.exited;
    expect(fs.existsSync(killed.temp)).toBe(true);
    // Beside it: a live run's temporary file, another output's, and a file of the user's that looks alike.
    const live = await startChild(target);
    const otherOutput = path.join(out, `.other.docx.${killed.child.pid}.abc.tmp`);
    const userFile = path.join(out, `.r.docx.notes.tmp`);
    fs.writeFileSync(otherOutput, "x");
    fs.writeFileSync(userFile, "x");
    try {
      const r = await runCli(["report", input, "--year", "2023", "--docx", target]);
      expect(r.code).toBe(0);
      expect(fs.existsSync(killed.temp)).toBe(false);
      expect(fs.readdirSync(out).sort()).toEqual(
        [
          path.basename(live.temp),
          ".other.docx." + killed.child.pid + ".abc.tmp",
          ".r.docx.notes.tmp",
          "r.docx",
        ].sort()
      );
    } finally {
      live.child.kill("SIGKILL");
      await live.exited;
    }
  });
});

describe("--docx goes where an output may go", () => {
  it.each([
    [
      "a folder",
      () => fs.mkdtempSync(path.join(dir, "keep-folder-")) + ".docx",
      "exists and is not a regular file",
    ],
    [
      "a symlink to the input",
      () => {
        const link = path.join(dir, "keep-link.docx");
        if (!fs.existsSync(link)) fs.symlinkSync(input, link);
        return link;
      },
      "output would overwrite the input workbook",
    ],
    ["/dev/full", () => "/dev/full", "must name a .docx file"],
    ["the same file as --out", () => path.join(dir, "same.xlsx"), "must name a .docx file"],
  ])("to %s: exit 2, one line, nothing written", async (_what, docx, message) => {
    const target = docx();
    if (target.endsWith(".docx") && !fs.existsSync(target) && target.includes("folder"))
      fs.mkdirSync(target);
    const before = leftovers();
    const r = await runCli([
      "report",
      input,
      "--year",
      "2023",
      "--out",
      path.join(dir, "same.xlsx"),
      "--docx",
      target,
      "--lang",
      "en-US",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(message);
    expect(leftovers()).toEqual(before);
  });

  it("to a device given a .docx name (a link to /dev/full): exit 2, nothing written", async () => {
    const link = path.join(dir, "keep-full.docx");
    fs.symlinkSync("/dev/full", link);
    const r = await runCli(["report", input, "--docx", link, "--lang", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("exists and is not a regular file");
    expect(leftovers()).toEqual([]);
  });

  it("to the same file as --out under a .docx name: exit 2", async () => {
    const same = path.join(dir, "keep-same.docx");
    const r = await runCli(["report", input, "--out", same, "--docx", same, "--lang", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(fs.existsSync(same)).toBe(false);
  });
});

describe("settings files are bounded", () => {
  it("--settings /dev/zero is refused at once", async () => {
    const r = await runCli(["report", input, "--settings", "/dev/zero", "--lang", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("not a regular file");
  });

  it("a settings file over 1 MB is refused", async () => {
    const big = path.join(dir, "keep-big.json");
    fs.writeFileSync(big, `{"district": "${"x".repeat(1024 * 1024)}"}`);
    const r = await runCli(["report", input, "--settings", big, "--lang", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("too large for a settings file");
  });
});
