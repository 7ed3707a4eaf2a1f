/**
 * 记录走访: date, enterprise (picked from the roster and the pool, the call list first, or typed), form, visitor,
 * problem, status and due date. On the user's click one row is appended to the contact sheet (a new
 * sheet from the template when the workbook has none): the only write to a user's sheet, never over a
 * row that holds anything (src/excel/appendContact.ts).
 */
import { errorText } from "../../domain/core/localError";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
} from "@fluentui/react-components";
import { useId, useMemo, useState, useRef } from "react";
import { CONTACT_STATUSES } from "../../domain/contacts/contactStatus";
import { CONTACT_FORMS, type DroppedField } from "../../domain/contacts/contactTemplate";
import { enterpriseNames } from "../../domain/analysis/enterpriseNames";
import type { Analysis, ContactStatus, Settings, SheetInput } from "../../domain/core/types";
import type { WorkbookSource } from "../../excel/workbookSource";
import { useI18n } from "../i18n/I18nContext";
import type { StringKey } from "../i18n/strings";
import {
  enterpriseChoices,
  entryFromForm,
  initialContactForm,
  suggestions,
  type ContactForm,
} from "./contactForm";
import { useFormStyles } from "../components/paneStyles";
import { DateInput } from "../components/DateInput";

const FIELD_LABEL: Record<DroppedField, StringKey> = {
  form: "recordForm",
  visitor: "recordVisitor",
  problem: "recordProblem",
  status: "recordStatus",
  due: "recordDue",
};

export interface ContactRecordFormProps {
  analysis: Analysis;
  source: WorkbookSource;
  /** The contact sheet to append to; null when the workbook has none (one is made). */
  contactSheet: string | null;
  /** The sheets as read and the settings in force: every enterprise the roster and pool name is offered. */
  sheets: SheetInput[] | null;
  settings: Settings;
  onMessage: (text: string, intent: "success" | "error") => void;
  onWritten: () => void;
}

export function ContactRecordForm({
  analysis,
  source,
  contactSheet,
  sheets,
  settings,
  onMessage,
  onWritten,
}: ContactRecordFormProps) {
  const { t, lang } = useI18n();
  const styles = useFormStyles();
  const listId = useId();
  const [form, setForm] = useState<ContactForm>(() => initialContactForm());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Set at once, not on the next render as `busy` is: a double click appends one row, not two.
  const saving = useRef(false);
  const named = useMemo(
    () => (sheets ? enterpriseNames(sheets, settings) : []),
    [sheets, settings]
  );
  const choices = useMemo(() => enterpriseChoices(analysis, named), [analysis, named]);
  const offered = suggestions(choices, form.enterprise);
  const update = (patch: Partial<ContactForm>) => setForm((f) => ({ ...f, ...patch }));

  const record = async () => {
    if (saving.current) return;
    const result = entryFromForm(form, choices);
    if (!result.ok) {
      setError(t(result.error));
      return;
    }
    setError(null);
    saving.current = true;
    setBusy(true);
    try {
      const done = await source.appendContact(contactSheet, result.entry);
      const where = { sheet: done.sheet, row: done.row };
      const text =
        source.kind === "preview"
          ? t("recordedPreview", where)
          : t(done.created ? "recordedNew" : "recorded", where);
      const dropped =
        done.dropped.length > 0
          ? " " +
            t("recordDropped", {
              fields: done.dropped
                .map((f) => t(FIELD_LABEL[f]))
                .join(lang === "zh-CN" ? "、" : ", "),
            })
          : "";
      onMessage(text + dropped, "success");
      setForm((f) => ({ ...initialContactForm(), date: f.date, visitor: f.visitor, form: f.form }));
      if (source.kind === "excel") onWritten();
    } catch (e) {
      // A refusal (nothing written) carries its words in both languages.
      const text = errorText(e)[lang];
      // The form keeps what was typed: nothing was saved.
      onMessage(t("actionFailed", { error: text }), "error");
    } finally {
      saving.current = false;
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.fieldset}
      aria-label={t("recordTitle")}
      onSubmit={(e) => {
        e.preventDefault();
        void record();
      }}
    >
      <h3 className={styles.legend}>{t("recordTitle")}</h3>
      <span>
        {contactSheet === null ? t("recordIntoNew") : t("recordInto", { sheet: contactSheet })}
      </span>
      <div className={styles.pair}>
        <Field label={t("recordDate")}>
          <DateInput
            className={styles.fill}
            value={form.date}
            onChange={(date) => update({ date })}
          />
        </Field>
        <Field label={t("recordForm")}>
          <Select
            className={styles.fill}
            value={form.form}
            onChange={(_, d) => update({ form: d.value })}
          >
            {CONTACT_FORMS.map((f) => (
              <option key={f} value={f}>
                {t(`contactForm.${f}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t("recordEnterprise")} hint={t("recordEnterpriseHint")}>
        <Input
          list={listId}
          value={form.enterprise}
          onChange={(_, d) => update({ enterprise: d.value })}
        />
      </Field>
      <datalist id={listId}>
        {offered.map((c) => (
          <option key={c.name} value={c.name} />
        ))}
      </datalist>
      <Field label={t("recordVisitor")}>
        <Input value={form.visitor} onChange={(_, d) => update({ visitor: d.value })} />
      </Field>
      <Field label={t("recordProblem")}>
        <Textarea value={form.problem} onChange={(_, d) => update({ problem: d.value })} />
      </Field>
      <div className={styles.pair}>
        <Field label={t("recordStatus")}>
          <Select
            className={styles.fill}
            value={form.status}
            onChange={(_, d) => update({ status: d.value as ContactStatus | "" })}
          >
            <option value="">{t("recordNoProblem")}</option>
            {CONTACT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`contactStatus.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("recordDue")}>
          <DateInput className={styles.fill} value={form.due} onChange={(due) => update({ due })} />
        </Field>
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t("recordSubmit")}
        </Button>
      </div>
    </form>
  );
}
