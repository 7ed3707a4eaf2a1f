/**
 * 来源: when other workbooks are read with the open one (docs/rules.md section 12), one entry per file:
 * its sheets and what each was read as, the rows read, the units, its newest date and its findings, or
 * why it could not be read. The open workbook's own sheets have no file: "当前工作簿".
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { isoFromSerial } from "../../domain/core/dates";
import type { SourceSummary } from "../../domain/core/types";
import { sourceSheetsText } from "../../domain/report/sourcesSheet";
import { useI18n } from "../i18n/I18nContext";

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  list: { listStyle: "none", margin: `0 0 ${tokens.spacingVerticalM}`, padding: 0 },
  entry: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  file: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  error: { color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
});

export interface SourcesSectionProps {
  sources: readonly SourceSummary[];
}

export function SourcesSection({ sources }: SourcesSectionProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const sep = lang === "zh-CN" ? "、" : ", ";
  return (
    <section aria-labelledby="gq-sources-title" data-testid="sources">
      <h2 id="gq-sources-title" className={styles.heading}>
        {t("sourcesTitle", { n: sources.length })}
      </h2>
      <ul className={styles.list}>
        {sources.map((s) => (
          <li key={s.file} className={styles.entry} data-testid="source">
            <Text className={styles.file}>{s.file || t("sourceThisWorkbook")}</Text>
            {s.unreadable ? (
              <Text size={200} className={styles.error}>
                {t("sourceUnreadable", { reason: s.unreadable[lang] })}
              </Text>
            ) : (
              <>
                <Text size={200} className={styles.detail}>
                  {sourceSheetsText(s, lang)}
                </Text>
                <Text size={200} className={styles.detail}>
                  {[
                    t("sourceRows", { rows: s.rows }),
                    s.units.join(sep),
                    s.newest === null
                      ? t("sourceNoDate")
                      : t("sourceNewest", { date: isoFromSerial(s.newest) }),
                    t("sourceFindings", { n: s.findings }),
                  ]
                    .filter((x) => x !== "")
                    .join(" · ")}
                </Text>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
