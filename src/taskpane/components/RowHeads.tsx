/** The one line of column heads over a row editor (relocation stages, aliases); null leaves a column's head empty. */
import { useRowEditorStyles } from "./paneStyles";

export function RowHeads({ heads }: { heads: (string | null)[] }) {
  const styles = useRowEditorStyles();
  // Each input carries its full name: the heads are for the eye only.
  return (
    <>
      {heads.map((h, i) => (
        <span key={i} className={h ? styles.head : undefined} aria-hidden="true">
          {h}
        </span>
      ))}
    </>
  );
}
