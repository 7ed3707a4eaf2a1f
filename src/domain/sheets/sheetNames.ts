/** Names for new sheets that never take an existing sheet's: "name", else "name (2)", "name (3)", ... */

/** A sheet name not yet taken (compared as Excel does, ignoring case): `base`, else "base (2)", "base (3)", ... */
export function freeName(base: string, taken: Set<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base} (${i})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** The names new sheets called `bases` would get, in order, in a workbook whose sheets are `taken`. */
export function freeNames(bases: readonly string[], taken: Iterable<string>): string[] {
  const names = new Set(taken);
  return bases.map((base) => {
    const name = freeName(base, names);
    names.add(name);
    return name;
  });
}
