/**
 * What the zip reader needs from its host, and nothing more: the file's bytes at a position, a raw
 * deflate inflater and CRC-32. Node gives them through fs and zlib (nodeZipHost.ts), a browser or
 * worker through bytes in memory and DecompressionStream (webZipHost.ts); everything above this seam
 * (the zip directory, the limits, the XML, the cells) is one code path for every host.
 */

/** The bytes of one file, read at positions. */
export interface ByteSource {
  readonly size: number;
  /** [position, position + length), shorter only where the file ends. For the directory: small reads. */
  readSync(position: number, length: number): Uint8Array;
  /** As readSync, for an entry's data; may be shorter than asked (never empty before the end). */
  read(position: number, length: number): Promise<Uint8Array>;
  close(): void;
}

/** A running inflation: its output, and how many compressed bytes it has taken so far. */
export interface Inflation {
  output: AsyncIterable<Uint8Array>;
  /** Compressed bytes consumed so far (the zip-bomb ratio is checked against this, not the directory). */
  consumed(): number;
  /** Stops the inflater and its input (the consumer left early, or failed). */
  stop(): void;
}

export interface ZipHost {
  /** Inflates raw deflate data (no zlib or gzip header), in chunks of about `chunkSize` bytes. */
  inflateRaw(input: AsyncIterable<Uint8Array>, chunkSize: number): Inflation;
  /** CRC-32 (the zip polynomial) of `chunk`, continuing from `crc`. */
  crc32(chunk: Uint8Array, crc: number): number;
  /** True for an error the inflater raised on bad compressed data. */
  isInflateError(e: unknown): boolean;
}
