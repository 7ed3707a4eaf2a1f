/**
 * The few byte operations the reader needs beyond Uint8Array, for any host. Where Node's Buffer exists
 * its native text decoding and search are used (about twice as fast as TextDecoder on the short texts
 * of a sheet); elsewhere (a browser, a worker) the platform's TextDecoder and a plain search. Only this
 * file knows which host it runs on: the rest of the reader sees Uint8Array.
 */

/** The part of Node's Buffer used here, described without Node's types. */
interface NodeBufferLike {
  toString(encoding: string, start: number, end: number): string;
  indexOf(value: Uint8Array, from: number): number;
}
interface NodeBufferClass {
  prototype: object;
  [Symbol.hasInstance](value: unknown): boolean;
  from(text: string, encoding: string): Uint8Array;
  concat(parts: Uint8Array[]): Uint8Array;
}

/** Node's Buffer where it exists; found by name so that no host module is imported. */
const NodeBuffer = (globalThis as { Buffer?: NodeBufferClass }).Buffer;

/** `b` as a Buffer when it is one (everything the Node host reads is), else null. */
const asNodeBuffer = (b: Uint8Array): NodeBufferLike | null =>
  NodeBuffer !== undefined && b instanceof NodeBuffer ? (b as unknown as NodeBufferLike) : null;

let utf8Decoder: TextDecoder | null = null;
let latin1Decoder: TextDecoder | null = null;

/** The UTF-8 text of [start, end) of `buf` (a malformed sequence becomes U+FFFD, as Buffer does). */
export function utf8Text(buf: Uint8Array, start = 0, end = buf.length): string {
  const nb = asNodeBuffer(buf);
  if (nb) return nb.toString("utf8", start, end);
  utf8Decoder ??= new TextDecoder("utf-8");
  return utf8Decoder.decode(buf.subarray(start, end));
}

/** [start, end) of `buf` as Latin-1: one character per byte (markup and numbers are ASCII). */
export function latin1Text(buf: Uint8Array, start = 0, end = buf.length): string {
  const nb = asNodeBuffer(buf);
  if (nb) return nb.toString("latin1", start, end);
  if (end - start < 64) {
    let s = "";
    for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]);
    return s;
  }
  // TextDecoder's "latin1" label is windows-1252, which differs only in 0x80-0x9F: none of those
  // bytes are in the markup or numbers this is used for, and it keeps a long run linear.
  latin1Decoder ??= new TextDecoder("latin1");
  return latin1Decoder.decode(buf.subarray(start, end));
}

/** The bytes of an ASCII text (tag names, terminators). */
export function asciiBytes(text: string): Uint8Array {
  if (NodeBuffer) return NodeBuffer.from(text, "latin1");
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** The UTF-8 bytes of `text`. */
export function utf8Bytes(text: string): Uint8Array {
  if (NodeBuffer) return NodeBuffer.from(text, "utf8");
  return new TextEncoder().encode(text);
}

/** `parts` joined into one array (a Buffer under Node, so later decoding stays native). */
export function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (NodeBuffer) return NodeBuffer.concat(parts);
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Where `needle` first occurs in `buf` at or after `from`, or -1. */
export function indexOfBytes(buf: Uint8Array, needle: Uint8Array, from = 0): number {
  const nb = asNodeBuffer(buf);
  if (nb) return nb.indexOf(needle, from);
  const n = needle.length;
  if (n === 0) return from <= buf.length ? from : -1;
  const first = needle[0];
  const last = buf.length - n;
  for (let i = buf.indexOf(first, from); i >= 0 && i <= last; i = buf.indexOf(first, i + 1)) {
    let k = 1;
    while (k < n && buf[i + k] === needle[k]) k++;
    if (k === n) return i;
  }
  return -1;
}

/** Little-endian unsigned integers, as zip records store them. */
export function u16(buf: Uint8Array, at: number): number {
  return buf[at] | (buf[at + 1] << 8);
}

export function u32(buf: Uint8Array, at: number): number {
  return (buf[at] | (buf[at + 1] << 8) | (buf[at + 2] << 16)) + buf[at + 3] * 0x1000000;
}

/** A 64-bit field, exact while below 2^53 (the caller refuses larger values). */
export function u64(buf: Uint8Array, at: number): number {
  return u32(buf, at) + u32(buf, at + 4) * 0x100000000;
}
