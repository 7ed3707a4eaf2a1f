/** Findings grouped by code with counts; each one a button that selects its cell. Loaded on first open. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Finding, FindingCode } from "../../domain/types";
import { useI18n } from "../i18n/I18nContext";
import { listRowButton } from "./listRowButton";
import { findingCodeLabel } from "../../domain/i18n";

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0` },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    ...listRowButton,
    display: "block",
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, marginInlineEnd: tokens.spacingHorizontalS },
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  name: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalS },
});

/** Findings grouped by code, groups in order of first appearance, items in reading order. */
export function groupByCode(findings: Finding[]): [FindingCode, Finding[]][] {
  const groups = new Map<FindingCode, Finding[]>();
  for (const f of findings) {
    const g = groups.get(f.code);
    if (g) g.push(f);
    else groups.set(f.code, [f]);
  }
  return [...groups];
}

/** "Sheet!C12", "Sheet!12:12" for a whole row, or the sheet alone. */
export function cellRef(f: Finding, wholeSheet: string): string {
  if (f.row === 0) return `${f.sheet} (${wholeSheet})`;
  return f.column ? `${f.sheet}!${f.column}${f.row}` : `${f.sheet}!${f.row}:${f.row}`;
}

export default function FindingsView({ findings, onSelect }: { findings: Finding[]; onSelect: (f: Finding) => void }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const groups = groupByCode(findings);
  return (
    <section aria-labelledby="gq-findings-title">
      <h2 id="gq-findings-title" className={styles.heading}>
        {t("findingsTitle", { n: findings.length })}
      </h2>
      {groups.length === 0 && <Text>{t("findingsNone")}</Text>}
      <Accordion multiple collapsible>
        {groups.map(([code, items]) => (
          <AccordionItem key={code} value={code}>
            <AccordionHeader>
              <span className={styles.header}>
                {findingCodeLabel(code, lang)}
                <Badge
                  appearance="tint"
                  color={items.some((f) => f.severity === "error") ? "danger" : items.some((f) => f.severity === "warning") ? "warning" : "informative"}
                >
                  {items.length}
                </Badge>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {items.map((f, i) => (
                  <li key={i}>
                    <button
                      type="button"
                      className={styles.item}
                      data-testid="finding-item"
                      title={t("goToCell", { sheet: f.sheet, cell: f.column + (f.row || "") })}
                      onClick={() => onSelect(f)}
                    >
                      <span className={styles.cell}>{cellRef(f, t("wholeSheet"))}</span>
                      {f.name && (
                        <span className={styles.name} data-testid="finding-name">
                          {f.name}
                        </span>
                      )}
                      <span>{f.message[lang]}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
