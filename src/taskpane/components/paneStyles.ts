/**
 * Styles several views share: the settings-style form (fieldsets with a legend, two inputs side by side)
 * and the compact number table a 320 px pane needs (no wrapping, 2 px padding, tabular figures).
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useFormStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    margin: 0,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  // minmax(0, ...): a column may shrink below its input's natural width (an <input> is ~20 characters wide).
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  /** An input that takes its grid cell's width, however narrow, instead of its own. */
  fill: { width: "100%", minWidth: 0 },
});

export const useTableStyles = makeStyles({
  scroll: { overflowX: "auto" },
  // Fluent's table is fixed-layout (equal columns): long unit names then ran into the next column.
  table: { tableLayout: "auto" },
  // Fluent pads every cell 8 px each side: too much of a 320 px pane, where seven columns (新金山发展公司,
  // 1,620, a sort arrow on 完成率) must fit in 304 px. 2 px keeps 4 px between right-aligned figures.
  cell: { whiteSpace: "nowrap", paddingLeft: "2px", paddingRight: "2px" },
  /** A head on two short lines (奖励 / (万)): its column is then as narrow as its figures. */
  headLines: {
    display: "inline-flex",
    flexDirection: "column",
    lineHeight: tokens.lineHeightBase200,
  },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
});

/**
 * Rows of inputs under one line of column heads (relocation stages, unit aliases): the heads are said
 * once, each input carries its full name for screen readers, and the inputs share the row's width however
 * narrow the pane (minmax(0, ...)); the last column holds the row's remove button.
 */
export const useRowEditorStyles = makeStyles({
  grid: {
    display: "grid",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    alignItems: "center",
  },
  head: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  lead: { whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  /** A remove button no wider than its ×: Fluent's buttons are 96 px at least. */
  remove: { minWidth: "32px", paddingLeft: 0, paddingRight: 0 },
  add: { justifySelf: "start" },
});
