/**
 * The commission's call list: certificates expiring in the year, by unit, each with its enterprise's last
 * contact (or 未联系); a click selects the row in the sheet. A search, a unit filter and 导出名单 above it.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ExpiringItem, ExpiringWindow, Serial } from "../../domain/core/types";
import { useState } from "react";
import { isoFromSerial } from "../../domain/core/dates";
import { useI18n } from "../i18n/I18nContext";
import { listRowButton } from "../components/listRowButton";
import { RowLink } from "../components/RowLink";
import { expiringHeading } from "./expiringLabel";
import { formatDate } from "../state/format";
import { filterList, listUnits, NO_FILTER, type ListFilter } from "../state/listFilter";
import { ListTools } from "../components/ListTools";
import { UnitGroups } from "../components/UnitGroups";
import { KeptBadge } from "../components/KeptBadge";

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  item: {
    ...listRowButton,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  main: { flexGrow: 1, display: "flex", flexDirection: "column", minWidth: 0 },
  sub: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function StatusBadge({ item }: { item: ExpiringItem }) {
  const { t } = useI18n();
  if (item.status === "expired")
    return (
      <KeptBadge color="danger" appearance="filled">
        {t("statusExpired")}
      </KeptBadge>
    );
  const days = item.daysLeft ?? 0;
  return (
    <KeptBadge color={days <= 30 ? "warning" : "informative"} appearance="tint">
      {days === 0 ? t("statusLastDay") : t("statusExpiring", { days })}
    </KeptBadge>
  );
}

export interface ExpiringListProps {
  items: ExpiringItem[];
  asOf: Serial;
  window: ExpiringWindow;
  onSelect: (sheet: string, row: number) => void;
  /** 导出名单's result (or why it cannot download here). */
  onMessage: (text: string, intent: "success" | "error") => void;
}

export function ExpiringList({ items, asOf, window, onSelect, onMessage }: ExpiringListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const shown = filterList(items, filter, (x) => `${x.name} ${x.creditCode} ${x.certNo}`);
  const status = (it: ExpiringItem) =>
    it.status === "expired"
      ? t("statusExpired")
      : it.daysLeft === 0
        ? t("statusLastDay")
        : t("statusExpiring", { days: it.daysLeft ?? 0 });
  const rows = () => [
    [
      t("colUnit"),
      t("field.name"),
      t("field.creditCode"),
      t("field.certNo"),
      t("csvValidUntil"),
      t("csvStatus"),
      t("csvLastContact"),
    ],
    ...shown.map((it) => [
      it.unit,
      it.name,
      it.creditCode,
      it.certNo,
      formatDate(it.lastValid),
      status(it),
      it.lastContact === null ? t("neverContacted") : formatDate(it.lastContact),
    ]),
  ];
  return (
    <section aria-labelledby="gq-expiring-title">
      <h2 id="gq-expiring-title" className={styles.heading}>
        {expiringHeading(window, asOf, items.length, t)}
      </h2>
      {items.length === 0 && <Text>{t("expiringNone")}</Text>}
      {items.length > 0 && (
        <ListTools
          filter={filter}
          onFilter={setFilter}
          units={listUnits(items)}
          shown={shown.length}
          total={items.length}
          fileTitle={t("fileExpiring")}
          isoDate={isoFromSerial(asOf)}
          rows={rows}
          onMessage={onMessage}
          testId="expiring-tools"
        />
      )}
      <UnitGroups
        level={3}
        items={shown}
        item={(it) => (
          <RowLink
            file={it.file}
            sheet={it.sheet}
            row={it.row}
            className={styles.item}
            testId="expiring-item"
            onGo={() => onSelect(it.sheet, it.row)}
          >
            <span className={styles.main}>
              <span>{it.name}</span>
              <span className={styles.sub}>
                {it.certNo} · {t("lastValid", { date: formatDate(it.lastValid) })}
              </span>
              <span className={styles.sub} data-testid="expiring-last-contact">
                {it.lastContact === null
                  ? t("neverContacted")
                  : t("lastContact", { date: formatDate(it.lastContact) })}
              </span>
            </span>
            <StatusBadge item={it} />
          </RowLink>
        )}
      />
    </section>
  );
}
