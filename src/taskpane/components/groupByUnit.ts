/** Items grouped by unit, keeping the engine's order (target-table order, then last valid day). */
export function groupByUnit<T extends { unit: string }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const g = groups.get(it.unit);
    if (g) g.push(it);
    else groups.set(it.unit, [it]);
  }
  return [...groups];
}
