/**
 * A compact table of counts per unit with the total row (the pool by stage, contacts by kind): one
 * component, so the pane's per-unit tables look and read alike.
 */
import { mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { t as label } from "../../domain/core/i18n";
import type { Analysis, UnitRow } from "../../domain/core/types";
import { useI18n } from "../i18n/I18nContext";
import { formatCount } from "../state/format";
import { useTableStyles } from "./paneStyles";

export interface CountColumn {
  key: string;
  /** The short column head. */
  head: string;
  /** The full name: the head's tooltip. */
  title: string;
  value: (u: UnitRow) => number;
}

/** Rows get `data-testid` `${testId}-row`, the total `${testId}-total`. */
export function UnitCountsTable({ analysis, columns, caption, testId }: { analysis: Analysis; columns: CountColumn[]; caption: string; testId: string }) {
  const { t, lang } = useI18n();
  const styles = useTableStyles();
  const num = mergeClasses(styles.cell, styles.num);
  const row = (u: UnitRow, isTotal: boolean) => (
    <TableRow key={isTotal ? "__total" : u.unit} className={isTotal ? styles.total : undefined} data-testid={isTotal ? `${testId}-total` : `${testId}-row`}>
      <TableCell className={styles.cell}>{isTotal ? label(lang, "total") : u.unit}</TableCell>
      {columns.map((c) => (
        <TableCell key={c.key} className={num}>
          {formatCount(c.value(u), lang)}
        </TableCell>
      ))}
    </TableRow>
  );
  return (
    <div className={styles.scroll}>
      <Table className={styles.table} size="extra-small" aria-label={caption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.cell}>{t("colUnit")}</TableHeaderCell>
            {columns.map((c) => (
              <TableHeaderCell key={c.key} className={num} title={c.title}>
                {c.head}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {analysis.units.map((u) => row(u, false))}
          {row(analysis.total, true)}
        </TableBody>
      </Table>
    </div>
  );
}
