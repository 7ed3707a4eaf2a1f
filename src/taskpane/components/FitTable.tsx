/**
 * The parts of a per-unit table that fits the pane whatever its fonts (useFitColumns): the columns that
 * do not fit give way, the last first; a note above the table names them, and clicking a unit's name
 * opens its hidden values in a line under the row. The unit column always stays. CompactUnitTable puts
 * them together for the tables of plain figures (the pool, the contacts, a decomposition preview).
 */
import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { Fragment, useState, type ReactNode } from "react";
import { useI18n } from "../i18n/I18nContext";
import { useFitColumns } from "../state/useFitColumns";
import { useTableStyles } from "./paneStyles";

const useOwnStyles = makeStyles({
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // A unit name that opens its row's hidden values: reads as the name, with a dotted underline as the cue.
  nameButton: {
    border: "none",
    background: "transparent",
    padding: 0,
    font: "inherit",
    color: "inherit",
    cursor: "pointer",
    textAlign: "start",
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    textUnderlineOffset: "3px",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  detail: {
    whiteSpace: "normal",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    paddingLeft: "2px",
    paddingRight: "2px",
  },
  item: {
    display: "inline-block",
    marginInlineEnd: tokens.spacingHorizontalM,
    whiteSpace: "nowrap",
  },
});

/** One line over the table naming the columns that gave way, and how to see them. */
export function HiddenColumnsNote({ names }: { names: string[] }) {
  const { t, lang } = useI18n();
  const styles = useOwnStyles();
  if (names.length === 0) return null;
  return (
    <p className={styles.note} data-testid="hidden-columns">
      {t("hiddenColumns", { columns: names.join(lang === "zh-CN" ? "、" : ", ") })}
    </p>
  );
}

/** Which rows have their hidden values open. */
export function useOpenRows(): { isOpen: (key: string) => boolean; toggle: (key: string) => void } {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  return {
    isOpen: (key) => open.has(key),
    toggle: (key) =>
      setOpen((s) => {
        const next = new Set(s);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
  };
}

/** The unit's name; a button that opens the row's hidden values when some columns are hidden. */
export function UnitName({
  name,
  expandable,
  open,
  onToggle,
}: {
  name: string;
  expandable: boolean;
  open: boolean;
  onToggle: () => void;
}) {
  const styles = useOwnStyles();
  if (!expandable) return <>{name}</>;
  return (
    <button type="button" className={styles.nameButton} aria-expanded={open} onClick={onToggle}>
      {name}
    </button>
  );
}

/** The line under a row with the values of the hidden columns ("奖励(万) 4,270  到期 3"). */
export function RowDetail({
  span,
  items,
}: {
  span: number;
  items: { name: string; value: ReactNode }[];
}) {
  const styles = useOwnStyles();
  return (
    <TableRow data-testid="row-detail">
      <TableCell colSpan={span} className={styles.detail}>
        {items.map((it) => (
          <span key={it.name} className={styles.item}>
            {it.name} {it.value}
          </span>
        ))}
      </TableCell>
    </TableRow>
  );
}

export interface CompactColumn {
  key: string;
  /** The short head. */
  head: string;
  /** The full name: the head's tooltip. */
  title?: string;
  /** Columns give way in ascending order of this (default: the last column first). */
  giveWay?: number;
}

export interface CompactRow {
  key: string;
  /** The unit (合计 for the total row). */
  name: string;
  /** One formatted value per column, in the columns' order. */
  values: string[];
  total?: boolean;
  testId: string;
}

/** Unit, then right-aligned figures; columns give way from the right when they do not fit. */
export function CompactUnitTable({
  columns,
  rows,
  caption,
  unitHead,
  testId,
}: {
  columns: CompactColumn[];
  rows: CompactRow[];
  caption: string;
  unitHead: string;
  testId?: string;
}) {
  const styles = useTableStyles();
  const num = mergeClasses(styles.cell, styles.num);
  const { boxRef, hidden } = useFitColumns(columns.length, [JSON.stringify([columns, rows])]);
  const order = columns
    .map((c, i) => ({ i, rank: c.giveWay ?? -i }))
    .sort((a, b) => a.rank - b.rank);
  const gone = new Set(order.slice(0, hidden).map((o) => o.i));
  const shown = columns.map((_, i) => i).filter((i) => !gone.has(i));
  const away = columns.map((_, i) => i).filter((i) => gone.has(i));
  const { isOpen, toggle } = useOpenRows();
  return (
    <>
      <HiddenColumnsNote names={away.map((i) => columns[i].head)} />
      <div className={styles.scroll} ref={boxRef}>
        <Table
          className={styles.table}
          size="extra-small"
          aria-label={caption}
          data-testid={testId}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.cell}>{unitHead}</TableHeaderCell>
              {shown.map((i) => (
                <TableHeaderCell key={columns[i].key} className={num} title={columns[i].title}>
                  {columns[i].head}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <Fragment key={r.key}>
                <TableRow className={r.total ? styles.total : undefined} data-testid={r.testId}>
                  <TableCell className={styles.cell}>
                    <UnitName
                      name={r.name}
                      expandable={hidden > 0}
                      open={isOpen(r.key)}
                      onToggle={() => toggle(r.key)}
                    />
                  </TableCell>
                  {shown.map((i) => (
                    <TableCell key={columns[i].key} className={num}>
                      {r.values[i]}
                    </TableCell>
                  ))}
                </TableRow>
                {hidden > 0 && isOpen(r.key) && (
                  <RowDetail
                    span={shown.length + 1}
                    items={away.map((i) => ({ name: columns[i].head, value: r.values[i] }))}
                  />
                )}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
