/**
 * A .docx package as a Blob, for the pane's download: the same parts the CLI streams to a file, zipped
 * with the web platform's own deflate (CompressionStream "deflate-raw", which Edge's WebView2 and Safari
 * 16.4 have), each part pulled from its generator as the compressor takes it; stored uncompressed where the
 * webview has no such compressor. Host-neutral: Blob, Response and streams only (Node 20 has them too).
 */
import type { DocxPart } from "./bulletinDocx";
import { centralDirectory, crc32, DEFLATE, localHeader, STORE, type ZipEntry } from "./zipRecords";

const encoder = new TextEncoder();

/** A part to zip: a .docx part, or an .xlsx part whose chunks may be bytes (UTF-8). */
export type ZipPart = DocxPart | { name: string; chunks: () => Iterable<string | Uint8Array> };

/** A deflating stream, or null where the platform has none. */
function deflater(): CompressionStream | null {
  if (typeof CompressionStream === "undefined") return null;
  try {
    return new CompressionStream("deflate-raw" as CompressionFormat);
  } catch {
    return null;
  }
}

/** One part's data as stored in the zip, with the CRC and size of its uncompressed bytes. */
async function partData(
  part: ZipPart
): Promise<{ data: Blob; crc: number; size: number; method: number }> {
  let crc = 0;
  let size = 0;
  // Bytes are copied: a writer may fill the same buffer again once it is handed on.
  const encoded = (s: string | Uint8Array): Uint8Array<ArrayBuffer> => {
    const b = (typeof s === "string" ? encoder.encode(s) : s.slice()) as Uint8Array<ArrayBuffer>;
    crc = crc32(b, crc);
    size += b.length;
    return b;
  };
  const compress = deflater();
  if (!compress) {
    const chunks = [...part.chunks()].map(encoded);
    return { data: new Blob(chunks as BlobPart[]), crc, size, method: STORE };
  }
  const it = part.chunks()[Symbol.iterator]();
  const source = new ReadableStream<BufferSource>({
    pull(controller) {
      const next = it.next();
      if (next.done) controller.close();
      else controller.enqueue(encoded(next.value));
    },
  });
  const data = await new Response(source.pipeThrough(compress)).blob();
  return { data, crc, size, method: DEFLATE };
}

/** The zip of `parts`, typed `type`. */
export async function zipBlob(parts: readonly ZipPart[], type: string): Promise<Blob> {
  const pieces: BlobPart[] = [];
  const entries: ZipEntry[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = encoder.encode(part.name);
    const { data, crc, size, method } = await partData(part);
    const header = localHeader({ name, crc, csize: data.size, size, method });
    entries.push({ name, offset, crc, size, csize: data.size, method });
    pieces.push(header as BlobPart, data);
    offset += header.length + data.size;
  }
  pieces.push(centralDirectory(entries, offset) as BlobPart);
  return new Blob(pieces, { type });
}
