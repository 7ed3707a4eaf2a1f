/** Sheet names in formula references (A1 addresses themselves: sheets/columnLetters.ts). */

/** Quotes a sheet name for a formula reference ('My Sheet'!A1). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
