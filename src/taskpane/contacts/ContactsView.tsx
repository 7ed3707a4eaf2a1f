/**
 * 走访 (联系服务制度, docs/rules.md section 10): each unit's contacts this year, the call list (待走访) and the
 * open problems by unit (each folded when long), a click on any of them selecting its row or cell, and
 * 记录走访 below them. Loaded on first open.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Analysis, ContactCounts, Settings, SheetInput } from "../../domain/core/types";
import { useState, type ReactNode } from "react";
import { isoFromSerial } from "../../domain/core/dates";
import type { WorkbookSource } from "../../excel/workbookSource";
import { useI18n } from "../i18n/I18nContext";
import type { StringKey } from "../i18n/strings";
import { formatDate } from "../state/format";
import { filterList, listUnits, NO_FILTER, type ListFilter } from "../state/listFilter";
import { ListTools } from "../components/ListTools";
import { UnitGroups } from "../components/UnitGroups";
import { ContactRecordForm } from "./ContactRecordForm";
import { listRowButton } from "../components/listRowButton";
import { RowLink } from "../components/RowLink";
import { type CountColumn, UnitCountsTable } from "../components/UnitCountsTable";
import { KeptBadge } from "../components/KeptBadge";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  item: { ...listRowButton, display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  main: { flexGrow: 1, display: "flex", flexDirection: "column", minWidth: 0 },
  sub: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  details: { display: "flex", flexDirection: "column" },
  // The heading sits in the summary's line, after the disclosure triangle.
  summary: { cursor: "pointer", "& > h3": { display: "inline" } },
});

/** A list this long or shorter starts open; a longer one (a whole district's) starts folded, its count in view. */
const OPEN_UP_TO = 20;

const COLUMNS: { key: keyof ContactCounts; head: StringKey; full: StringKey }[] = [
  { key: "visits", head: "colVisits", full: "visitsFull" },
  { key: "enterprises", head: "colContacted", full: "contactedFull" },
  { key: "open", head: "colOpen", full: "openFull" },
  { key: "overdue", head: "colOverdue", full: "overdueFull" },
  { key: "toVisit", head: "colToVisit", full: "toVisitFull" },
];

/** A list by unit under a heading that folds it (folded from the start when long), or a line when empty. */
function FoldedUnitList<T extends { sheet: string; row: number; unit: string }>({
  title,
  none,
  items,
  item,
  tools,
}: {
  title: string;
  none: string;
  items: readonly T[];
  /** One entry's button. */
  item: (x: T) => ReactNode;
  /** Above the entries (a search and filter that narrowed `items`). */
  tools?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <details className={styles.details} open={items.length <= OPEN_UP_TO}>
      <summary className={styles.summary}>
        <h3 className={styles.heading}>{title}</h3>
      </summary>
      {tools}
      {items.length === 0 && !tools && <Text>{none}</Text>}
      <UnitGroups items={items} item={item} />
    </details>
  );
}

export interface ContactsViewProps {
  analysis: Analysis;
  source: WorkbookSource;
  /** The sheets as read (the form offers every enterprise they name). */
  sheets: SheetInput[] | null;
  settings: Settings;
  onSelect: (sheet: string, row: number, column?: string) => void;
  onMessage: (text: string, intent: "success" | "error") => void;
  /** After a row was written in Excel: read the workbook again, so the figures include it. */
  onWritten: () => void;
}

export default function ContactsView({
  analysis,
  source,
  sheets,
  settings,
  onSelect,
  onMessage,
  onWritten,
}: ContactsViewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const contactSheet = analysis.sheets.find((s) => s.kind === "contacts")?.sheet ?? null;
  const overdue = analysis.problems.filter((p) => p.overdue).length;
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const toVisit = filterList(analysis.toVisit, filter, (v) => `${v.name} ${v.creditCode}`);
  const reason = (v: (typeof toVisit)[number]) =>
    t(v.reason === "expiring" ? "reasonExpiring" : "reasonSubmitted");
  const rows = () => [
    [t("colUnit"), t("field.name"), t("field.creditCode"), t("csvReason"), t("csvLastContact")],
    ...toVisit.map((v) => [
      v.unit,
      v.name,
      v.creditCode,
      reason(v),
      v.lastContact === null ? t("neverContacted") : formatDate(v.lastContact),
    ]),
  ];

  const columns: CountColumn[] = COLUMNS.map((c) => ({
    key: c.key,
    head: t(c.head),
    title: t(c.full, { days: settings.contacts.days }),
    value: (u) => u.contacts[c.key],
  }));

  return (
    <section aria-labelledby="gq-contacts-title" className={styles.col}>
      <h2 id="gq-contacts-title" className={styles.heading}>
        {t("contactsByUnit")}
      </h2>
      {contactSheet === null && <Text>{t("contactsNone")}</Text>}
      <UnitCountsTable
        analysis={analysis}
        columns={columns}
        caption={t("contactsByUnit")}
        testId="contacts"
      />

      <FoldedUnitList
        title={t("toVisitTitle", { n: analysis.toVisit.length })}
        none={t("toVisitNone")}
        items={toVisit}
        tools={
          analysis.toVisit.length > 0 && (
            <ListTools
              filter={filter}
              onFilter={setFilter}
              units={listUnits(analysis.toVisit)}
              shown={toVisit.length}
              total={analysis.toVisit.length}
              fileTitle={t("fileToVisit")}
              isoDate={isoFromSerial(analysis.asOf)}
              rows={rows}
              onMessage={onMessage}
              testId="to-visit-tools"
            />
          )
        }
        item={(v) => (
          <RowLink
            file={v.file}
            sheet={v.sheet}
            row={v.row}
            className={styles.item}
            testId="to-visit-item"
            onGo={() => onSelect(v.sheet, v.row)}
          >
            <span className={styles.main}>
              <span>{v.name || v.creditCode}</span>
              <span className={styles.sub}>
                {v.lastContact === null
                  ? t("neverContacted")
                  : t("lastContact", { date: formatDate(v.lastContact) })}
              </span>
            </span>
            <KeptBadge
              appearance="tint"
              color={v.reason === "expiring" ? "warning" : "informative"}
            >
              {reason(v)}
            </KeptBadge>
          </RowLink>
        )}
      />

      <FoldedUnitList
        title={t("problemsTitle", { n: analysis.problems.length, overdue })}
        none={t("problemsNone")}
        items={analysis.problems}
        item={(p) => (
          <RowLink
            file={p.file}
            sheet={p.sheet}
            row={p.row}
            cell={p.column + p.row}
            className={styles.item}
            testId="problem-item"
            onGo={() => onSelect(p.sheet, p.row, p.column || undefined)}
          >
            <span className={styles.main}>
              <span>{p.name}</span>
              <span className={styles.sub}>
                {formatDate(p.date)} · {p.problem || "—"} ·{" "}
                {p.status === null ? t("problemStatusBlank") : t(`contactStatus.${p.status}`)} ·{" "}
                {p.due === null ? t("problemNoDue") : t("problemDue", { date: formatDate(p.due) })}
              </span>
            </span>
            {p.overdue && (
              <KeptBadge appearance="filled" color="danger">
                {t("problemOverdue")}
              </KeptBadge>
            )}
          </RowLink>
        )}
      />

      <ContactRecordForm
        analysis={analysis}
        source={source}
        contactSheet={contactSheet}
        sheets={sheets}
        settings={settings}
        onMessage={onMessage}
        onWritten={onWritten}
      />
    </section>
  );
}
