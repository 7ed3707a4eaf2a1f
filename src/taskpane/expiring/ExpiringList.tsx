/**
 * The commission's call list: certificates expiring in the year, by unit, each with its enterprise's last
 * contact (or 未联系); a click selects the row in the sheet.
 */
import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ExpiringItem, ExpiringWindow, Serial } from "../../domain/core/types";
import { useI18n } from "../i18n/I18nContext";
import { listRowButton } from "../components/listRowButton";
import { RowLink } from "../components/RowLink";
import { expiringHeading } from "./expiringLabel";
import { formatDate } from "../state/format";

const useStyles = makeStyles({
  group: { marginBottom: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0` },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    ...listRowButton,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  main: { flexGrow: 1, display: "flex", flexDirection: "column", minWidth: 0 },
  sub: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
});

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

export function StatusBadge({ item }: { item: ExpiringItem }) {
  const { t } = useI18n();
  if (item.status === "expired") return <Badge color="danger" appearance="filled">{t("statusExpired")}</Badge>;
  const days = item.daysLeft ?? 0;
  return (
    <Badge color={days <= 30 ? "warning" : "informative"} appearance="tint">
      {days === 0 ? t("statusLastDay") : t("statusExpiring", { days })}
    </Badge>
  );
}

export interface ExpiringListProps {
  items: ExpiringItem[];
  asOf: Serial;
  window: ExpiringWindow;
  onSelect: (sheet: string, row: number) => void;
}

export function ExpiringList({ items, asOf, window, onSelect }: ExpiringListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section aria-labelledby="gq-expiring-title">
      <h2 id="gq-expiring-title" className={styles.heading}>
        {expiringHeading(window, asOf, items.length, t)}
      </h2>
      {items.length === 0 && <Text>{t("expiringNone")}</Text>}
      {groupByUnit(items).map(([unit, group]) => (
        <div key={unit} className={styles.group}>
          <h3 className={styles.heading}>
            {unit} ({group.length})
          </h3>
          <ul className={styles.list}>
            {group.map((it) => (
              <li key={`${it.sheet}!${it.row}`}>
                <RowLink sheet={it.sheet} row={it.row} className={styles.item} testId="expiring-item" onGo={() => onSelect(it.sheet, it.row)}>
                  <span className={styles.main}>
                    <span>{it.name}</span>
                    <span className={styles.sub}>
                      {it.certNo} · {t("lastValid", { date: formatDate(it.lastValid) })}
                    </span>
                    <span className={styles.sub} data-testid="expiring-last-contact">
                      {it.lastContact === null ? t("neverContacted") : t("lastContact", { date: formatDate(it.lastContact) })}
                    </span>
                  </span>
                  <StatusBadge item={it} />
                </RowLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
