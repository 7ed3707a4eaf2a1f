/**
 * The CLI's output files, written all or none and never over an input.
 *
 * - Every output path is checked before anything is read or written: its folder exists and is writable,
 *   it is not an existing non-regular file (writing a report over /dev/full or a folder must not replace
 *   it), two outputs are not one file, and no output is an input. "The same file" is decided by the real
 *   path of the folder (so a symlinked folder is seen through) and by device and inode (so a symlink,
 *   either way round, or a hard link is seen through): never by comparing path strings.
 * - Each output is written to a temporary file beside its target; only when every one is written are they
 *   renamed into place (rename is atomic on one file system). A failure, Ctrl-C or a kill removes the
 *   temporary files and leaves every target as it was. A target that refuses to be replaced (a report
 *   open in Excel on Windows, a locked file) undoes the renames already made: old files come back.
 * - SIGKILL (or a power cut) gives no chance to clean up: the temporary file `.NAME.PID.STAMP.tmp` stays.
 *   The next run writing NAME removes such files beside it whose process is gone, and nothing else.
 */
import * as fs from "fs";
import * as path from "path";
import { fileProblem, outputError } from "./fileProblem";
import { fileErrorCode } from "./xlsx/xlsxError";
import { statOrProblem } from "./inputCheck";
import { inputError, type InputError } from "./inputError";

/** What a file path names, if anything: its identity (device, inode) and kind. */
interface Existing {
  dev: number;
  ino: number;
  regular: boolean;
}

function existing(file: string): Existing | null {
  try {
    const s = fs.statSync(file);
    return { dev: s.dev, ino: s.ino, regular: s.isFile() };
  } catch {
    return null;
  }
}

/** The folder's real path joined with the base name: the same place however the folder was reached. */
function realTarget(file: string): string {
  const dir = path.dirname(path.resolve(file));
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (e) {
    const code = fileErrorCode(e);
    if (code === "ENOENT" || code === "ENOTDIR")
      throw inputError(file, "the folder does not exist", "所在文件夹不存在");
    throw fileProblem(dir, e) ?? e;
  }
  if (!fs.statSync(real).isDirectory()) {
    const given = path.dirname(file);
    throw inputError(
      file,
      `its folder (${given}) is a file, not a folder`,
      `所在文件夹（${given}）是文件而不是文件夹`
    );
  }
  return path.join(real, path.basename(file));
}

/** Whether `file` and `other` are one file: by identity where both exist, else by their real targets. */
function sameFile(file: string, other: string): boolean {
  const a = existing(file);
  const b = existing(other);
  if (a && b) return a.dev === b.dev && a.ino === b.ino;
  return realTarget(file) === realTarget(other);
}

/**
 * Throws an InputError (nothing written yet) unless every output can be written: a writable folder, not an
 * existing non-regular file, not one of the inputs, not another output.
 */
export function checkOutputs(outputs: string[], inputs: string[]): void {
  outputs.forEach((out, k) => {
    const target = realTarget(out);
    try {
      fs.accessSync(path.dirname(target), fs.constants.W_OK);
    } catch {
      throw inputError(out, "the folder is not writable", "所在文件夹不可写");
    }
    const there = existing(out);
    if (there && !there.regular) {
      throw inputError(
        out,
        "exists and is not a regular file: it will not be replaced",
        "已存在且不是普通文件：不会覆盖"
      );
    }
    for (const input of inputs) {
      if (sameFile(out, input))
        throw inputError(out, "output would overwrite the input workbook", "输出会覆盖输入工作簿");
    }
    for (const other of outputs.slice(0, k)) {
      if (sameFile(out, other))
        throw inputError(
          out,
          "named twice as an output: each output needs its own file",
          "重复用作输出：每个输出须为不同文件"
        );
    }
  });
}

type Writer = (tempPath: string) => Promise<void>;

/** Temporary files of every transaction under way, removed when the process is interrupted. */
const live = new Set<string>();
let handlersInstalled = false;

/** Removes a temporary file; one that cannot be removed (its folder gone or unreachable) is left. */
function removeTemp(temp: string): void {
  try {
    fs.rmSync(temp, { force: true });
  } catch {
    // Cleaning up must not hide the error that stopped the run, nor fail an exit.
  }
}

function removeLive(): void {
  for (const temp of live) removeTemp(temp);
  live.clear();
}

/** On Ctrl-C or a kill, no temporary file is left beside a target; the exit code is the shell's 128 + signal. */
function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const codes: [NodeJS.Signals, number][] = [
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ];
  for (const [signal, code] of codes) {
    process.on(signal, () => {
      removeLive();
      process.exit(code);
    });
  }
  process.on("exit", removeLive);
}

/** The temporary file of `target` for this run. */
function tempFor(target: string): string {
  return path.join(
    path.dirname(path.resolve(target)),
    `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`
  );
}

/** Whether process `pid` is running (one of another user counts: it cannot be signalled, but it is there). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Removes the temporary files an earlier run writing `target` left when it was killed: regular files
 * beside it named `.NAME.PID.STAMP.tmp` whose process is no longer running. Returns the names removed.
 */
export function removeStaleTemps(target: string): string[] {
  const dir = path.dirname(path.resolve(target));
  const pattern = new RegExp(
    `^\\.${escapeRegExp(path.basename(target))}\\.(\\d+)\\.[0-9a-z]+\\.tmp$`
  );
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || running(pid)) continue;
    const file = path.join(dir, name);
    try {
      if (!fs.lstatSync(file).isFile()) continue;
      fs.rmSync(file, { force: true });
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: the new output does not depend on it.
    }
  }
  return removed;
}

/** Where a target's old file waits while the outputs are put in place: not a name removeStaleTemps takes. */
const asideOf = (temp: string): string => temp.replace(/\.tmp$/, ".old");

/** Undoes one output put in place: its old file back, or (there was none) the new file removed. */
function putBack(target: string, aside: string | null): void {
  try {
    if (aside !== null) fs.renameSync(aside, target);
    else fs.rmSync(target, { force: true });
  } catch {
    // Nothing more can be done here; the error that stopped the commit is the one reported.
  }
}

/** A staged output that could not be put in place: `file` is its target, `reason` the system's error. */
export class OutputCommitError extends Error {
  /** The system's code (EPERM, EBUSY), so that a caller turning it into words finds it where it looks. */
  readonly code: unknown;

  constructor(
    readonly file: string,
    readonly reason: unknown
  ) {
    super(`${file}: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.code = (reason as { code?: unknown } | null)?.code;
  }
}

/**
 * The message for an output that failed: `writing` is the output being written when the error came;
 * a failure to put the outputs in place names the target that refused.
 */
export function outputFailure(writing: string, e: unknown): InputError {
  return e instanceof OutputCommitError ? outputError(e.file, e.reason) : outputError(writing, e);
}

/** Outputs staged to temporary files, then renamed into place together. */
export class OutputSet {
  private readonly staged: { target: string; temp: string }[] = [];

  /** Writes one output to a temporary file beside `target` (target untouched). */
  async stage(target: string, write: Writer): Promise<void> {
    installSignalHandlers();
    removeStaleTemps(target);
    const temp = tempFor(target);
    live.add(temp);
    this.staged.push({ target, temp });
    await write(temp);
  }

  /**
   * Puts every staged output in place, all or none. A target can refuse to be replaced (on Windows, a
   * report still open in Excel; a read-only or locked file): each existing target is first moved aside,
   * and on any failure the outputs already put in place are taken back and the old files restored, so
   * that a failed run leaves every target as it was. Throws an OutputCommitError naming the target.
   */
  commit(): void {
    const placed: { target: string; aside: string | null }[] = [];
    try {
      for (const { target, temp } of this.staged) {
        // Only a regular file is moved aside (the checks refused anything else before the run began).
        const aside = existing(target)?.regular ? asideOf(temp) : null;
        try {
          if (aside !== null) fs.renameSync(target, aside);
          try {
            fs.renameSync(temp, target);
          } catch (e) {
            if (aside !== null) fs.renameSync(aside, target);
            throw e;
          }
        } catch (e) {
          throw new OutputCommitError(target, e);
        }
        placed.push({ target, aside });
      }
    } catch (e) {
      for (const { target, aside } of placed.reverse()) putBack(target, aside);
      throw e;
    }
    for (const { aside } of placed) if (aside !== null) removeTemp(aside);
    for (const { temp } of this.staged) live.delete(temp);
    this.staged.length = 0;
  }

  /** Removes every staged temporary file; no target is touched. */
  abort(): void {
    for (const { temp } of this.staged) {
      removeTemp(temp);
      live.delete(temp);
    }
    this.staged.length = 0;
  }
}

/** The most a settings file may hold: settings are a few hundred bytes; /dev/zero must not be read forever. */
export const MAX_SETTINGS_BYTES = 1024 * 1024;

/** The text of a settings file: a regular file of at most MAX_SETTINGS_BYTES, else an InputError. */
export function readSettingsText(file: string): string {
  const stat = statOrProblem(file);
  if (!stat.isFile()) throw inputError(file, "not a regular file", "不是普通文件");
  if (stat.size > MAX_SETTINGS_BYTES) {
    throw inputError(
      file,
      `too large for a settings file (over ${MAX_SETTINGS_BYTES} bytes)`,
      `作为设置文件过大（超过 ${MAX_SETTINGS_BYTES} 字节）`
    );
  }
  try {
    return fs.readFileSync(file, "utf8");
  } catch (e) {
    throw fileProblem(file, e) ?? e;
  }
}
