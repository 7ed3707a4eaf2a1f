/**
 * The bulletin's own words in the pane: 文号, 主送, title and 工作要求 (settings report.refNo, addressee,
 * title, closing), each saved in the workbook when the field is left, refused with the settings file's
 * own one-line reason (bulletinTextProblem), and a preview of the document's head and close as the 通报
 * prints them. A blank field is the default in the bulletin's language, shown as the placeholder.
 */
import { Field, Input, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { todaySerial, ymdFromSerial } from "../../domain/core/dates";
import { districtName, issuerName } from "../../domain/report/bulletinOptions";
import { longDate } from "../../domain/report/prose";
import { bulletinTextFor } from "../../domain/report/titleSection";
import {
  BULLETIN_TEXT_KEYS,
  bulletinTextProblem,
  bulletinTextValue,
  defaultBulletinText,
  type BulletinTextKey,
} from "../../domain/settings/bulletinText";
import type { Lang, Settings } from "../../domain/core/types";
import { bulletinText } from "./strings";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  preview: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    padding: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  center: { textAlign: "center", margin: 0 },
  title: {
    textAlign: "center",
    margin: `${tokens.spacingVerticalXS} 0`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  line: { margin: 0 },
  indent: { margin: 0, textIndent: "2em" },
  gap: { margin: 0, color: tokens.colorNeutralForeground3, textAlign: "center" },
  right: { margin: 0, textAlign: "right" },
});

const LABEL: Record<BulletinTextKey, "refNo" | "addressee" | "title" | "closing"> = {
  refNo: "refNo",
  addressee: "addressee",
  title: "title",
  closing: "closing",
};

export interface BulletinTextFieldsProps {
  settings: Settings;
  lang: Lang;
  /** The report's year (the as-of date's). */
  year: number;
  /** Saves the patch to the report settings (and says so). */
  save: (patch: Partial<Settings["report"]>) => Promise<void>;
}

/** What the fields and the preview fill into the texts. */
function varsOf(settings: Settings, lang: Lang, year: number) {
  const issued = settings.report.issueDate ?? todaySerial();
  return {
    district: districtName(settings.district, lang),
    year,
    issueYear: ymdFromSerial(issued).y,
    issued,
  };
}

export function BulletinTextFields({ settings, lang, year, save }: BulletinTextFieldsProps) {
  const styles = useStyles();
  const report = settings.report;
  const [draft, setDraft] = useState<Record<BulletinTextKey, string>>({
    refNo: report.refNo,
    addressee: report.addressee,
    title: report.title,
    closing: report.closing,
  });
  const problems = Object.fromEntries(
    BULLETIN_TEXT_KEYS.map((k) => [k, bulletinTextProblem(k, draft[k])])
  ) as Record<BulletinTextKey, ReturnType<typeof bulletinTextProblem>>;
  const vars = varsOf(settings, lang, year);
  // The preview shows what the 通报 would print with the fields as typed (a refused text: the saved one).
  const shown = Object.fromEntries(
    BULLETIN_TEXT_KEYS.map((k) => [k, problems[k] ? report[k] : bulletinTextValue(k, draft[k])])
  ) as Record<BulletinTextKey, string>;
  const text = (k: BulletinTextKey): string => bulletinTextFor(shown, k, lang, vars);

  const commit = (key: BulletinTextKey) => {
    if (problems[key]) return;
    const value = bulletinTextValue(key, draft[key]);
    if (value !== report[key]) void save({ [key]: value });
  };
  const placeholder = (key: BulletinTextKey): string =>
    defaultBulletinText(key, lang).replace("{issueYear}", String(vars.issueYear));
  const field = (key: BulletinTextKey) => {
    const problem = problems[key];
    const props = {
      value: draft[key],
      placeholder: placeholder(key),
      onChange: (_: unknown, d: { value: string }) => setDraft({ ...draft, [key]: d.value }),
      onBlur: () => commit(key),
    };
    return (
      <Field
        key={key}
        label={bulletinText(lang, LABEL[key])}
        hint={key === "title" || key === "closing" ? bulletinText(lang, "textVars") : undefined}
        validationState={problem ? "error" : "none"}
        validationMessage={
          problem
            ? `${bulletinText(lang, LABEL[key])}${lang === "zh-CN" ? "：" : ": "}${problem[lang]}`
            : undefined
        }
      >
        {key === "closing" ? (
          <Textarea {...props} resize="vertical" rows={3} />
        ) : (
          <Input {...props} />
        )}
      </Field>
    );
  };

  return (
    <div className={styles.fields}>
      {BULLETIN_TEXT_KEYS.map(field)}
      <div
        className={styles.preview}
        role="figure"
        aria-label={bulletinText(lang, "preview")}
        data-testid="bulletin-preview"
      >
        <p className={styles.center}>{text("refNo")}</p>
        <p className={styles.title}>{text("title")}</p>
        <p className={styles.line}>{text("addressee")}</p>
        <p className={styles.gap}>{bulletinText(lang, "previewBody")}</p>
        {text("closing")
          .split("\n")
          .map((p, i) => (
            <p key={i} className={styles.indent}>
              {p}
            </p>
          ))}
        <p className={styles.right}>{issuerName(settings, lang)}</p>
        <p className={styles.right}>{longDate(vars.issued, lang)}</p>
      </div>
    </div>
  );
}
