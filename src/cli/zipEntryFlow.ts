/**
 * Keeps exceljs's streaming reader from dropping the last parts of an .xlsx (exceljs issue #3064).
 *
 * exceljs pipes the file into an unzipper `Parse` stream and walks its entries with a loop that pauses
 * the stream while it handles each entry. `Parse` emits "end" as soon as it has read the zip's end
 * record, even while entries it has already found still wait in its buffer; the loop takes that "end"
 * at its word and stops. Whether it gets that far first is a race: it happens more often on a loaded
 * machine, and files written by exceljs store xl/workbook.xml last, so that part is the one lost. The
 * read then fails with "Cannot read properties of undefined (reading 'sheets')", and gaoqi would tell the
 * user that a good file is corrupt.
 *
 * Entries that are never paused on reach the loop's own queue as soon as they are found, before any
 * "end", so nothing is lost. Each entry's content is a stream of its own with its own back-pressure, so
 * this queue holds entry headers only, not sheet data.
 */
import type * as fs from "fs";

/** Makes whatever `input` is piped into (exceljs's zip parser) ignore requests to pause. */
export function keepZipEntriesFlowing(input: fs.ReadStream): void {
  const pipe = input.pipe.bind(input);
  input.pipe = <T extends NodeJS.WritableStream>(dest: T, options?: { end?: boolean }): T => {
    const paused = dest as unknown as { pause?: () => unknown };
    if (typeof paused.pause === "function") paused.pause = () => dest;
    return pipe(dest, options);
  };
}
