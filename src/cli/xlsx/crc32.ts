/** CRC-32 as zip computes it (polynomial 0xEDB88320), for hosts without zlib's; slicing by one byte. */

let table: Int32Array | null = null;

function crcTable(): Int32Array {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
}

/** The CRC-32 of `chunk` continuing from `crc` (0 to start), as an unsigned number. */
export function crc32(chunk: Uint8Array, crc = 0): number {
  const t = (table ??= crcTable());
  let c = ~crc;
  for (let i = 0; i < chunk.length; i++) c = t[(c ^ chunk[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
