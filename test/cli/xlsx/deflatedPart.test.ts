/**
 * An entry deflated ahead into memory and added later is the entry ZipWriter.add writes for the same
 * content, byte for byte, however the content is cut into chunks: a workbook made a sheet at a time is the
 * file it was when its sheets were streamed straight to disk.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { deflatePart } from "../../../src/cli/xlsx/write/deflatedPart";
import { ZipWriter } from "../../../src/cli/xlsx/write/zipWriter";

/** XML-like text of `n` rows, some of them CJK, cut at `cut` characters. */
function chunks(n: number, cut: number): string[] {
  let text = "";
  for (let i = 0; i < n; i++)
    text += `<row r="${i + 1}"><c t="inlineStr"><is><t>企业${i % 97}号 ${i * 7919}</t></is></c></row>`;
  const out: string[] = [];
  for (let at = 0; at < text.length; at += cut) out.push(text.slice(at, at + cut));
  return out;
}

async function zipBytes(fill: (zip: ZipWriter) => Promise<void>): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-zip-"));
  try {
    const file = path.join(dir, "z.zip");
    const zip = new ZipWriter(file);
    try {
      await fill(zip);
      zip.finish();
    } finally {
      zip.close();
    }
    return fs.readFileSync(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("an entry deflated ahead", () => {
  it.each([
    [20_000, 256 * 1024, 1000],
    [20_000, 256 * 1024, 77_777],
    [10, 1000, 3],
  ])("%p rows: the same bytes as streamed (chunks of %p vs %p characters)", async (n, a, b) => {
    const streamed = await zipBytes(async (zip) => {
      await zip.add("first.xml", ["<a/>"]);
      await zip.add("xl/worksheets/sheet1.xml", chunks(n, a));
    });
    const ahead = await deflatePart(chunks(n, b));
    const later = await zipBytes(async (zip) => {
      await zip.add("first.xml", ["<a/>"]);
      zip.addDeflated("xl/worksheets/sheet1.xml", ahead);
    });
    expect(later.equals(streamed)).toBe(true);
    expect(ahead.size).toBe(Buffer.byteLength(chunks(n, a).join(""), "utf8"));
  });

  it("an empty entry", async () => {
    const streamed = await zipBytes((zip) => zip.add("empty.xml", []));
    const ahead = await deflatePart([]);
    const later = await zipBytes(async (zip) => zip.addDeflated("empty.xml", ahead));
    expect(later.equals(streamed)).toBe(true);
  });
});
