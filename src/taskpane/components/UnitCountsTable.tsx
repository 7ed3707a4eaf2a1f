/**
 * A compact table of counts per unit with the total row (the pool by stage, contacts by kind): one
 * component, so the pane's per-unit tables look and read alike; columns that do not fit give way
 * (CompactUnitTable).
 */
import { t as label } from "../../domain/core/i18n";
import type { Analysis, UnitRow } from "../../domain/core/types";
import { useI18n } from "../i18n/I18nContext";
import { formatCount } from "../state/format";
import { CompactUnitTable } from "./FitTable";

export interface CountColumn {
  key: string;
  /** The short column head. */
  head: string;
  /** The full name: the head's tooltip. */
  title: string;
  value: (u: UnitRow) => number;
}

/** Rows get `data-testid` `${testId}-row`, the total `${testId}-total`. */
export function UnitCountsTable({
  analysis,
  columns,
  caption,
  testId,
}: {
  analysis: Analysis;
  columns: CountColumn[];
  caption: string;
  testId: string;
}) {
  const { t, lang } = useI18n();
  const row = (u: UnitRow, isTotal: boolean) => ({
    key: isTotal ? "__total" : u.unit,
    name: isTotal ? label(lang, "total") : u.unit,
    values: columns.map((c) => formatCount(c.value(u), lang)),
    total: isTotal,
    testId: isTotal ? `${testId}-total` : `${testId}-row`,
  });
  return (
    <CompactUnitTable
      columns={columns.map((c) => ({ key: c.key, head: c.head, title: c.title }))}
      rows={[...analysis.units.map((u) => row(u, false)), row(analysis.total, true)]}
      caption={caption}
      unitHead={t("colUnit")}
    />
  );
}
