/**
 * A disk that fills while an entry is deflated: the write fails inside the deflate stream's data event,
 * and the error must come back from ZipWriter.add (to be reported as "the disk is full"), never escape
 * as an uncaught exception with a stack trace.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ZipWriter } from "../../../src/cli/xlsx/write/zipWriter";

/** Calls of fs.writeSync that succeed before the disk is full; Infinity: room enough. */
let room = Infinity;
jest.mock("fs", () => {
  const real = jest.requireActual<typeof import("fs")>("fs");
  return {
    ...real,
    writeSync: (...args: Parameters<typeof real.writeSync>): number => {
      if (room-- <= 0)
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
          code: "ENOSPC",
        });
      return real.writeSync(...args);
    },
  };
});

let dir: string;
beforeEach(() => {
  room = Infinity;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-fulldisk-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Makes fs.writeSync fail with ENOSPC once `allowed` more calls have been written. */
function diskFullAfter(allowed: number): void {
  room = allowed;
}

/** Incompressible chunks, so that deflate gives out data while the input is still coming. */
const noise = (chunks: number): Buffer[] =>
  Array.from({ length: chunks }, () => crypto.randomBytes(256 * 1024));

describe("ZipWriter on a disk that fills", () => {
  it("rejects with the write's error when the deflated data cannot be written", async () => {
    const zip = new ZipWriter(path.join(dir, "z.zip"));
    // The local header is written; the first deflated bytes are not.
    diskFullAfter(1);
    await expect(zip.add("xl/worksheets/sheet1.xml", noise(8))).rejects.toMatchObject({
      code: "ENOSPC",
    });
    zip.close();
  });

  it("rejects when the disk fills at the last bytes deflate gives out", async () => {
    const zip = new ZipWriter(path.join(dir, "z.zip"));
    // Small input: deflate gives its output only when the entry is ended.
    diskFullAfter(1);
    await expect(zip.add("a.xml", ["<a>" + "x".repeat(1000) + "</a>"])).rejects.toMatchObject({
      code: "ENOSPC",
    });
    zip.close();
  });

  it("writes the same entry whole when the disk has room", async () => {
    const file = path.join(dir, "ok.zip");
    const zip = new ZipWriter(file);
    await zip.add("a.xml", noise(2));
    zip.finish();
    expect(fs.statSync(file).size).toBeGreaterThan(2 * 256 * 1024);
  });
});
