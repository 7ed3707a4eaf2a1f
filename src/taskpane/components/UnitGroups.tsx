/**
 * A list by unit: each unit's heading with its count, then its entries (to visit, expiring, submitted,
 * open problems), in the order the items come (the engine's: target-table order). One component, so the
 * pane's long lists read alike.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { groupByUnit } from "./groupByUnit";

const useStyles = makeStyles({
  group: { marginBottom: tokens.spacingVerticalS },
  unit: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
  },
  list: { listStyle: "none", margin: 0, padding: 0 },
});

/** `level`: the units' heading level, one below the list's own heading (default 4). */
export function UnitGroups<T extends { sheet: string; row: number; unit: string }>({
  items,
  item,
  level = 4,
}: {
  items: readonly T[];
  item: (x: T) => ReactNode;
  level?: 3 | 4;
}) {
  const styles = useStyles();
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <>
      {groupByUnit(items).map(([unit, group]) => (
        <div key={unit} className={styles.group}>
          <Heading className={styles.unit}>
            {unit} ({group.length})
          </Heading>
          <ul className={styles.list}>
            {group.map((x) => (
              <li key={`${x.sheet}!${x.row}`}>{item(x)}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
