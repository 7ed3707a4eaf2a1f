import * as fs from "fs";
import { utf8Text } from "../../../src/cli/xlsx/bytes";
import { nodeZipHost, openZipFile } from "../../../src/cli/xlsx/nodeZipHost";
import { ZipArchive } from "../../../src/cli/xlsx/zipArchive";
import { asInputError } from "../../../src/cli/readerError";
import type { InputError } from "../../../src/cli/inputError";
import { openZipBytes } from "../../../src/cli/xlsx/webZipHost";
import { entryBuffer, entryChunks } from "../../../src/cli/xlsx/zipEntryStream";
import { XlsxError } from "../../../src/cli/xlsx/xlsxError";
import { tempDir, zipParts } from "./buildXlsx";

// The zip-bomb and early-exit cases inflate tens of megabytes: on a shared 2-core machine under load they
// took 4-6 s, past jest's 5 s default (a timeout here is no speed check: npm run bench is).
jest.setTimeout(60_000);

const tmp = tempDir("gaoqi-zip-");
let n = 0;
const save = (buf: Buffer): string => {
  const f = tmp.file(`z${n++}.zip`);
  fs.writeFileSync(f, buf);
  return f;
};

/** Where each entry's central and local headers are, found by walking the zip's structures by hand. */
function layout(
  zip: Buffer
): Map<string, { central: number; local: number; data: number; csize: number }> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out = new Map<string, { central: number; local: number; data: number; csize: number }>();
  for (let k = 0; k < count; k++) {
    const nameLen = zip.readUInt16LE(p + 28);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLen);
    const local = zip.readUInt32LE(p + 42);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.set(name, { central: p, local, data, csize: zip.readUInt32LE(p + 20) });
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return out;
}

const TEXT = "上海甲科技有限公司,".repeat(5000);

async function sample(): Promise<Buffer> {
  return zipParts({ "a.txt": TEXT, "b.txt": "small" });
}

/** Both hosts read every case: Node's fs and zlib, and the browser's bytes and DecompressionStream. */
const HOSTS: [string, (file: string) => ZipArchive][] = [
  ["node", openZipFile],
  ["web", (file) => openZipBytes(new Uint8Array(fs.readFileSync(file)))],
];
let openZip = openZipFile;

async function readA(file: string, limit = 1 << 30): Promise<string> {
  const zip = openZip(file);
  try {
    return utf8Text(await entryBuffer(zip, zip.entry("A.TXT")!, { limit }));
  } finally {
    zip.close();
  }
}

const failure = (p: Promise<unknown>): Promise<XlsxError> =>
  p.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: XlsxError) => e
  );

describe.each(HOSTS)("ZipArchive (%s host)", (_host, open) => {
  beforeAll(() => {
    openZip = open;
  });

  it("lists entries from the central directory and inflates them, names case-insensitive", async () => {
    expect(await readA(save(await sample()))).toBe(TEXT);
  });

  it("stops a zip bomb as it inflates: past 100 times the compressed bytes, even if the directory lies", async () => {
    const bomb = await zipParts({ "a.txt": Buffer.alloc(50 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100 * 1024);
    const honest = await failure(readA(save(bomb)));
    expect(honest.problem).toBe("limit");
    expect(honest.message).toMatch(/a.txt: inflates to more than 100 times its compressed size/);
    const a = layout(bomb).get("a.txt")!;
    bomb.writeUInt32LE(1000, a.central + 24); // claims 1,000 bytes
    expect((await failure(readA(save(bomb)))).message).toMatch(
      /more than 100 times its compressed size/
    );
  });

  it("stops at the size limit", async () => {
    // Varied text: well under the ratio, over a 1 MB limit.
    const text = Array.from({ length: 200_000 }, (_, i) => `${(i * 7919) % 100_003}`).join(",");
    const e = await failure(readA(save(await zipParts({ "a.txt": text })), 1024 * 1024));
    expect(e.problem).toBe("limit");
    expect(e.message).toMatch(/a.txt: inflates to more than 1 MB/);
  });

  it("stops reading when the consumer leaves early", async () => {
    const text = Array.from({ length: 2_000_000 }, (_, i) => `${(i * 7919) % 100_003}`).join(",");
    const zip = openZip(save(await zipParts({ "a.txt": text })));
    let chunks = 0;
    for await (const c of entryChunks(zip, zip.entry("a.txt")!, { limit: 1 << 30 })) {
      expect(c.length).toBeGreaterThan(0);
      if (++chunks === 2) break;
    }
    zip.close();
    expect(chunks).toBe(2);
  });

  it.each<[string, (zip: Buffer) => Buffer, XlsxError["problem"], RegExp]>([
    [
      "corrupt deflate data",
      (z) => {
        const a = layout(z).get("a.txt")!;
        z.fill(0xff, a.data, a.data + 40); // block type 3 does not exist
        return z;
      },
      "corrupt",
      /a.txt: corrupt compressed data \(invalid block type\)/,
    ],
    [
      "an unsupported compression method",
      (z) => {
        const a = layout(z).get("a.txt")!;
        z.writeUInt16LE(14, a.central + 10); // LZMA
        z.writeUInt16LE(14, a.local + 8);
        return z;
      },
      "unsupported",
      /a.txt: uses zip compression method 14/,
    ],
    [
      "an encrypted entry",
      (z) => {
        const a = layout(z).get("a.txt")!;
        z.writeUInt16LE(z.readUInt16LE(a.central + 8) | 1, a.central + 8);
        return z;
      },
      "unsupported",
      /a.txt: is encrypted/,
    ],
    [
      "a wrong size in the directory",
      (z) => {
        const a = layout(z).get("a.txt")!;
        z.writeUInt32LE(z.readUInt32LE(a.central + 24) - 1, a.central + 24);
        return z;
      },
      "corrupt",
      /a.txt: holds \d+ bytes where the zip directory says/,
    ],
    [
      "a local header that is not one",
      (z) => {
        const a = layout(z).get("a.txt")!;
        z.writeUInt32LE(0, a.local);
        return z;
      },
      "corrupt",
      /local zip header is missing/,
    ],
  ])("refuses %s", async (_what, damage, problem, message) => {
    const e = await failure(readA(save(damage(await sample()))));
    expect(e).toBeInstanceOf(XlsxError);
    expect(e.problem).toBe(problem);
    expect(e.message).toMatch(message);
  });

  it("says corrupt compressed data in Chinese without the inflater's English words", async () => {
    const z = await sample();
    const a = layout(z).get("a.txt")!;
    z.fill(0xff, a.data, a.data + 40);
    const e = await failure(readA(save(z)));
    expect(e.detail["en-US"]).toContain("invalid block type");
    expect(e.detail["zh-CN"]).toContain("压缩数据已损坏");
    expect(e.detail["zh-CN"]).not.toMatch(/[A-Za-z]/);
  });

  it.each<[string, (z: Buffer) => Buffer, RegExp]>([
    ["a truncated file", (z) => z.subarray(0, z.length - 30), /no end-of-directory record/],
    [
      "a file cut in the middle",
      (z) => z.subarray(0, Math.floor(z.length / 2)),
      /no end-of-directory record/,
    ],
    ["not a zip", () => Buffer.from("PK\x03\x04 but nothing else"), /no end-of-directory record/],
    [
      "a directory past the end",
      (z) => {
        const eocd = z.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
        z.writeUInt32LE(z.length, eocd + 16);
        return z;
      },
      /directory lies past the end/,
    ],
    [
      "two entries of one name",
      (z) => {
        const b = layout(z).get("b.txt")!;
        z.write("a", b.central + 46, "latin1");
        return z;
      },
      /two entries named a.txt/,
    ],
  ])("refuses %s when opening", async (_what, damage, message) => {
    const file = save(damage(await sample()));
    let err: unknown = null;
    try {
      openZip(file).close();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(XlsxError);
    expect(String(err)).toMatch(message);
  });

  it("refuses a flipped byte of stored data (CRC-32)", async () => {
    // Stored entries carry their bytes as they are: flip one and only the CRC can tell.
    const e = await failure(readA(save(await zipStoredWithFlip())));
    expect(e.problem).toBe("corrupt");
    expect(e.message).toMatch(/a.txt: fails its CRC-32 check/);
  });

  it("refuses a part whose data runs past the end of the file", async () => {
    const z = await sample();
    const a = layout(z).get("a.txt")!;
    z.writeUInt32LE(z.length, a.central + 20);
    expect((await failure(readA(save(z)))).message).toMatch(/runs past the end of the file/);
  });

  it("reads zip64 sizes and offsets from the extra field", async () => {
    const zip = zip64Of(await zipParts({ "a.txt": TEXT }, "STORE"));
    expect(await readA(save(zip))).toBe(TEXT);
  });
});

/** A stored zip of a.txt whose content has one byte flipped after its CRC was computed. */
async function zipStoredWithFlip(): Promise<Buffer> {
  const z = await zipParts({ "a.txt": TEXT, "b.txt": "small" }, "STORE");
  const a = layout(z).get("a.txt")!;
  z[a.data + 5] ^= 1;
  return z;
}

/**
 * The same zip with its one entry's central record rewritten as zip64: sizes and offset 0xFFFFFFFF and
 * the real values in a zip64 extra field (what writers do past 4 GB).
 */
function zip64Of(z: Buffer): Buffer {
  const a = layout(z).get("a.txt")!;
  const eocd = z.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const nameLen = z.readUInt16LE(a.central + 28);
  const head = Buffer.from(z.subarray(a.central, a.central + 46 + nameLen));
  const size = head.readUInt32LE(24);
  const csize = head.readUInt32LE(20);
  head.writeUInt32LE(0xffffffff, 20);
  head.writeUInt32LE(0xffffffff, 24);
  head.writeUInt32LE(0xffffffff, 42);
  const extra = Buffer.alloc(4 + 24);
  extra.writeUInt16LE(1, 0);
  extra.writeUInt16LE(24, 2);
  extra.writeBigUInt64LE(BigInt(size), 4);
  extra.writeBigUInt64LE(BigInt(csize), 12);
  extra.writeBigUInt64LE(BigInt(a.local), 20);
  head.writeUInt16LE(extra.length, 30);
  head.writeUInt16LE(0, 32);
  const central = Buffer.concat([head, extra]);
  const body = z.subarray(0, a.central);
  const end = Buffer.from(z.subarray(eocd, eocd + 22));
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(body.length, 16);
  return Buffer.concat([body, central, end]);
}

describe("a read the system refuses while an entry streams", () => {
  it("passes the system's error on as it is, not as damage to the file", async () => {
    const bytes = await zipParts({ "A.TXT": "甲".repeat(10_000) });
    const eio = Object.assign(new Error("EIO: i/o error, read"), { code: "EIO", syscall: "read" });
    const source = {
      size: bytes.length,
      readSync: (position: number, length: number): Uint8Array =>
        bytes.subarray(position, position + length),
      read: (): Promise<Uint8Array> => Promise.reject(eio),
      close: (): void => undefined,
    };
    const zip = ZipArchive.open(source, nodeZipHost);
    const refusal = await entryBuffer(zip, zip.entry("A.TXT")!, { limit: 1 << 20 }).catch(
      (e: unknown) => e
    );
    expect(refusal).toBe(eio);
    const line = (asInputError("名单.xlsx", refusal) as InputError).line("zh-CN");
    expect(line).toBe("gaoqi: 名单.xlsx: 磁盘读取出错（EIO）；请重新复制该文件");
  });
});
