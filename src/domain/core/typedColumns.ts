/** Columns of numbers kept in typed arrays, grown by doubling as rows are added. */

/** The typed arrays the engine keeps its columns in. */
export type TypedColumn = Uint8Array | Uint16Array | Int32Array | Float64Array;

/** A column of `a`'s type with room for `length` values: `a`'s values first, zeros after. */
export function grown<T extends TypedColumn>(a: T, length: number): T {
  const b = new (a.constructor as new (length: number) => T)(length);
  b.set(a);
  return b;
}
