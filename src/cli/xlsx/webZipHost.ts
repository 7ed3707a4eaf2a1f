/**
 * The zip reader's host without Node (a browser page, a worker, the task pane): the file's bytes in
 * memory (what the user opened, read whole), the platform's DecompressionStream("deflate-raw"), and
 * CRC-32 in script.
 */
import { crc32 } from "./crc32";
import { messageOf } from "./xlsxError";
import { ZipArchive } from "./zipArchive";
import type { ByteSource, Inflation, ZipHost } from "./zipHost";

class MemorySource implements ByteSource {
  constructor(private readonly bytes: Uint8Array) {}

  get size(): number {
    return this.bytes.length;
  }

  readSync(position: number, length: number): Uint8Array {
    return this.bytes.subarray(position, Math.min(this.bytes.length, position + length));
  }

  read(position: number, length: number): Promise<Uint8Array> {
    return Promise.resolve(this.readSync(position, length));
  }

  close(): void {
    // Nothing to release: the bytes belong to the caller.
  }
}

/** Marks the errors the platform's inflater raises, which carry no code of their own. */
class InflateFailure extends Error {}

function inflateRaw(input: AsyncIterable<Uint8Array>): Inflation {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let consumed = 0;
  let stopped = false;
  const iterator = input[Symbol.asyncIterator]();
  let inputError: { error: unknown } | null = null;
  // Feeds the inflater as it asks for more. A read error of the input ends the output and is what the
  // consumer sees; the inflater's own errors reach the consumer through the output.
  const pump = (async () => {
    for (;;) {
      let step: IteratorResult<Uint8Array>;
      try {
        step = await iterator.next();
      } catch (e) {
        inputError = { error: e };
        await reader.cancel().catch(() => undefined);
        return;
      }
      if (step.done || stopped) break;
      try {
        await writer.write(step.value as Uint8Array<ArrayBuffer>);
      } catch {
        return;
      }
      consumed += step.value.length;
    }
    if (!stopped) await writer.close().catch(() => undefined);
  })();
  async function* output(): AsyncGenerator<Uint8Array> {
    for (;;) {
      let step: ReadableStreamReadResult<Uint8Array>;
      try {
        step = await reader.read();
      } catch (e) {
        throw new InflateFailure(messageOf(e));
      }
      if (step.done) break;
      yield step.value;
    }
    await pump;
    if (inputError) throw (inputError as { error: unknown }).error;
  }
  return {
    output: output(),
    consumed: () => consumed,
    stop: () => {
      if (stopped) return;
      stopped = true;
      reader.cancel().catch(() => undefined);
      writer.abort().catch(() => undefined);
      iterator.return?.(undefined)?.catch(() => undefined);
    },
  };
}

export const webZipHost: ZipHost = {
  inflateRaw,
  crc32,
  isInflateError: (e) => e instanceof InflateFailure,
};

/** Reads the central directory of a zip held in memory (an XlsxError when malformed). */
export function openZipBytes(bytes: Uint8Array): ZipArchive {
  return ZipArchive.open(new MemorySource(bytes), webZipHost);
}
