/**
 * First run: what Gaoqi reads, sheet by sheet (the enterprise list, the target table, the
 * cultivation pool, the contact log), each column with the headings it is known by, and 插入模板, which
 * adds the sheets the workbook lacks (new sheets with the headings and two example rows; an existing
 * sheet is never written). Open when the workbook has no enterprise list; folded away in the preview,
 * where the sample has one.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { CONTACT_SYNONYMS, type ContactField } from "../../domain/contacts/contactHeader";
import { STATUS_NAMES } from "../../domain/contacts/contactStatus";
import { CONTACT_FORMS } from "../../domain/contacts/contactTemplate";
import { poolHeadings } from "../../domain/pool/poolHeader";
import { TEMPLATE_KINDS, type TemplateKind } from "../../domain/report/templateKinds";
import { rosterHeadings } from "../../domain/sheets/enterpriseHeadings";
import type { RosterField, SheetSummary } from "../../domain/core/types";
import type { WorkbookSource } from "../../excel/workbookSource";
import { useI18n } from "../i18n/I18nContext";
import type { StringKey } from "../i18n/strings";
import { errorText } from "../../domain/core/localError";

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase200,
  },
  kind: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  field: { fontWeight: tokens.fontWeightSemibold },
  also: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
});

// Roster columns in the order of the template; the first two pairs: one of each is needed.
const ROSTER_FIELDS: RosterField[] = [
  "name",
  "creditCode",
  "certNo",
  "issueDate",
  "unit",
  "type",
  "moveIn",
  "moveOut",
  "revoked",
];
// Either column of a pair is enough: each is marked "this or the other", never both 必需.
const EITHER: Partial<Record<RosterField, RosterField>> = {
  name: "creditCode",
  creditCode: "name",
  certNo: "issueDate",
  issueDate: "certNo",
};

// Contact-log columns after the date and the enterprise, in the order of the template, each labelled as
// the 记录走访 form labels it; one of them is needed.
const CONTACT_COLUMNS: { field: ContactField; label: StringKey }[] = [
  { field: "form", label: "recordForm" },
  { field: "visitor", label: "recordVisitor" },
  { field: "problem", label: "recordProblem" },
  { field: "status", label: "recordStatus" },
  { field: "due", label: "recordDue" },
];

/** The Chinese headings (the data's language); the English ones are said once, in general words. */
const chinese = (headings: readonly string[]) => headings.filter((h) => /[\u4e00-\u9fff]/.test(h));

/** One column as the list shows it: its label, whether it is needed (alone, or it or another), and " — the other headings". */
interface ColumnItem {
  key: string;
  label: string;
  needed: boolean | { or: string };
  also: string;
}

export interface GettingStartedProps {
  source: WorkbookSource;
  sheets: SheetSummary[];
  /** Open at first (a workbook without an enterprise list). */
  open: boolean;
  onInserted: () => void;
  onMessage: (text: string, intent: "success" | "error") => void;
}

export function GettingStarted({
  source,
  sheets,
  open,
  onInserted,
  onMessage,
}: GettingStartedProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const has = (k: TemplateKind) => sheets.some((s) => s.kind === k);
  // Outside Excel the sample has every kind: the preview says what a new workbook would get.
  const missing = TEMPLATE_KINDS.filter((k) => source.kind === "preview" || !has(k));
  const sep = lang === "zh-CN" ? "、" : ", ";
  const known = (label: string, headings: readonly string[]) =>
    ` — ${chinese(headings)
      .filter((h) => h !== label)
      .join(" / ")}`;
  const rosterItems: ColumnItem[] = ROSTER_FIELDS.map((f) => {
    const label = t(`field.${f}` as StringKey);
    const other = EITHER[f];
    return {
      key: f,
      label,
      needed: other ? { or: t(`field.${other}` as StringKey) } : false,
      also: known(label, rosterHeadings(f)),
    };
  });
  // The date and the enterprise are needed; the enterprise's headings are the enterprise list's, said in words.
  const contactItems: ColumnItem[] = [
    {
      key: "date",
      label: t("recordDate"),
      needed: true,
      also: known(t("recordDate"), CONTACT_SYNONYMS.date),
    },
    {
      key: "enterprise",
      label: t("recordEnterprise"),
      needed: true,
      also: ` — ${t("startContactsEnterprise")}`,
    },
    ...CONTACT_COLUMNS.map(({ field, label }) => ({
      key: field,
      label: t(label),
      needed: false,
      also: known(t(label), CONTACT_SYNONYMS[field]),
    })),
  ];

  const columnList = (items: ColumnItem[], testId: string) => (
    <ul className={styles.list} data-testid={testId}>
      {items.map((c) => (
        <li key={c.key}>
          <span className={styles.field}>{c.label}</span>
          {c.needed === true
            ? t("startNeeded")
            : c.needed
              ? t("startEither", { other: c.needed.or })
              : ""}
          <span className={styles.also}>{c.also}</span>
        </li>
      ))}
    </ul>
  );

  const insert = async () => {
    setBusy(true);
    try {
      // The template builder is only needed on click: kept out of the pane's initial JavaScript.
      const { templateLayout } = await import(
        /* webpackChunkName: "templates" */ "../../domain/report/templateSheets"
      );
      const names = await source.insertSheets(missing.map((k) => templateLayout(k, lang)));
      const list = names.join(sep);
      if (source.kind === "files") return onMessage(t("downloaded", { file: list }), "success");
      onMessage(
        t(source.kind === "preview" ? "templatesPreview" : "templatesInserted", { sheets: list }),
        "success"
      );
      if (source.kind !== "preview") onInserted();
    } catch (e) {
      onMessage(t("actionFailed", { error: errorText(e)[lang] }), "error");
    } finally {
      setBusy(false);
    }
  };

  return (
    <Accordion
      className={styles.box}
      collapsible
      defaultOpenItems={open ? ["start"] : []}
      data-testid="getting-started"
    >
      <AccordionItem value="start">
        <AccordionHeader as="h2">{t(open ? "startNoRoster" : "startTitle")}</AccordionHeader>
        <AccordionPanel className={styles.body}>
          <Text>{t("startIntro")}</Text>
          <h3 className={styles.kind}>{t("startRoster")}</h3>
          {columnList(rosterItems, "reads-roster")}
          <Text className={styles.also}>{t("startRosterNote")}</Text>
          <h3 className={styles.kind}>{t("startTargets")}</h3>
          <Text>{t("startTargetsText")}</Text>
          <h3 className={styles.kind}>{t("startPool")}</h3>
          <Text>
            {t("startPoolText", {
              stage: chinese(poolHeadings("stage")).slice(0, 3).join(" / "),
              year: chinese(poolHeadings("plannedYear")).slice(0, 2).join(" / "),
            })}
          </Text>
          <h3 className={styles.kind}>{t("startContacts")}</h3>
          {columnList(contactItems, "reads-contacts")}
          <Text className={styles.also}>
            {t("startContactsNote", {
              forms: CONTACT_FORMS.join(sep),
              statuses: Object.values(STATUS_NAMES).join(sep),
              done: STATUS_NAMES.done,
            })}
          </Text>
          <div className={styles.actions}>
            <Button
              appearance={open ? "primary" : "secondary"}
              disabled={busy || missing.length === 0}
              onClick={() => void insert()}
            >
              {t("insertTemplates")}
            </Button>
            <Text className={styles.also}>
              {missing.length === 0
                ? t("templatesAllThere")
                : t("templatesWhich", { n: missing.length })}
            </Text>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
