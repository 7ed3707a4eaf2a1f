/**
 * The records of a zip file (APPNOTE 4.3.7, 4.3.12, 4.3.16) as bytes, host-neutral: the CLI's streaming
 * writer (src/cli/xlsx/write/zipWriter.ts) and the pane's in-browser download (zipBlob.ts) lay out the
 * same archive. Entries are deflated (method 8) or stored (0), names UTF-8, no data descriptors, no zip64.
 */

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const EOCD_SIG = 0x06054b50;
/** Version 2.0: deflate. */
const VERSION = 20;
/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x800;
/** 1980-01-01 00:00, the earliest DOS date: entries carry no meaningful time. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export const DEFLATE = 8;
export const STORE = 0;

/** An entry as the central directory lists it. */
export interface ZipEntry {
  name: Uint8Array;
  offset: number;
  crc: number;
  size: number;
  csize: number;
  method: number;
}

/** The fields local and central headers share, from "version needed" to the name length, at `at`. */
function fileFields(
  v: DataView,
  at: number,
  e: Omit<ZipEntry, "offset" | "name"> & { nameLength: number }
): void {
  v.setUint16(at, VERSION, true);
  v.setUint16(at + 2, UTF8_NAMES, true);
  v.setUint16(at + 4, e.method, true);
  v.setUint16(at + 6, 0, true); // time
  v.setUint16(at + 8, DOS_DATE, true);
  v.setUint32(at + 10, e.crc >>> 0, true);
  v.setUint32(at + 14, e.csize, true);
  v.setUint32(at + 18, e.size, true);
  v.setUint16(at + 22, e.nameLength, true);
}

/** Offset of the CRC inside a local header: CRC, compressed and uncompressed size follow (12 bytes). */
export const LOCAL_CRC_AT = 14;

/** A local header and the name after it; sizes and CRC may be 0 and patched at LOCAL_CRC_AT later. */
export function localHeader(e: Omit<ZipEntry, "offset">): Uint8Array {
  const out = new Uint8Array(30 + e.name.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, LOCAL_SIG, true);
  fileFields(v, 4, { ...e, nameLength: e.name.length });
  out.set(e.name, 30);
  return out;
}

/** CRC, compressed size and size as they patch a local header at LOCAL_CRC_AT. */
export function sizeFields(crc: number, csize: number, size: number): Uint8Array {
  const out = new Uint8Array(12);
  const v = new DataView(out.buffer);
  v.setUint32(0, crc >>> 0, true);
  v.setUint32(4, csize, true);
  v.setUint32(8, size, true);
  return out;
}

/** The central directory and its end record, for an archive whose directory starts at `start`. */
export function centralDirectory(entries: readonly ZipEntry[], start: number): Uint8Array {
  const length = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = new Uint8Array(length + 22);
  const v = new DataView(out.buffer);
  let at = 0;
  for (const e of entries) {
    v.setUint32(at, CENTRAL_SIG, true);
    v.setUint16(at + 4, VERSION, true); // made by
    fileFields(v, at + 6, { ...e, nameLength: e.name.length });
    v.setUint32(at + 42, e.offset, true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  }
  v.setUint32(at, EOCD_SIG, true);
  v.setUint16(at + 8, entries.length, true);
  v.setUint16(at + 10, entries.length, true);
  v.setUint32(at + 12, length, true);
  v.setUint32(at + 16, start, true);
  return out;
}

/** Whether a size or offset fits the 32-bit fields (zip64 is not written: no report comes near 4 GB). */
export function fits32(n: number): boolean {
  return n <= 0xffffffff;
}

let table: Uint32Array | null = null;

/** CRC-32 (IEEE) of `bytes`, continuing from `crc` (0 to start). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
