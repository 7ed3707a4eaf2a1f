/**
 * Records keyed by the user's own text (unit names, sheet names, alias spellings). A plain object
 * inherits "constructor", "toString" and "__proto__" from Object.prototype: a sheet named "constructor"
 * would find a column mapping that was never set, and a unit named "__proto__" would vanish into the
 * prototype. These records have no prototype, and lookups read own keys only.
 */

/** An empty record with no prototype: every key is data. */
export function textRecord<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/** The value `record` holds under `key` itself, never one inherited from Object.prototype. */
export function ownValue<V>(record: Record<string, V> | undefined, key: string): V | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key)
    ? record[key]
    : undefined;
}

/** A record of the given entries (as Object.fromEntries, without a prototype). */
export function textRecordOf<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const out = textRecord<V>();
  for (const [k, v] of entries) out[k] = v;
  return out;
}
