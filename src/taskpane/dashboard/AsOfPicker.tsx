/** The as-of date: any day typed (default today), or the year end of a target-table year in one click. */
import { Button, Field, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { isoFromSerial, todaySerial, yearEnd } from "../../domain/core/dates";
import type { Serial } from "../../domain/core/types";
import { useI18n } from "../i18n/I18nContext";
import { DateInput } from "../components/DateInput";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
  },
  field: { width: "132px" },
  // Fluent's Input is as wide as its text box's default size (about 200 px) unless told to fill its
  // field: it would then spill past the field over the first button beside it.
  input: { width: "100%" },
  inputText: { width: "100%", minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export function AsOfPicker({
  asOf,
  years,
  onChange,
}: {
  asOf: Serial;
  years: number[];
  onChange: (s: Serial) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const iso = isoFromSerial(asOf);
  // The text follows the date when it changes from outside (a year-end button, the preview's start).
  const [text, setText] = useState(iso);
  const [shown, setShown] = useState(iso);
  const [bad, setBad] = useState(false);
  if (shown !== iso) {
    setShown(iso);
    setText(iso);
    setBad(false);
  }
  return (
    <div className={styles.row}>
      <Field
        className={styles.field}
        label={t("asOf")}
        validationState={bad ? "error" : "none"}
        validationMessage={bad ? t("dateUnreadable") : undefined}
      >
        <DateInput
          value={text}
          onChange={(v) => {
            setText(v);
            setBad(false);
          }}
          onCommit={(s) => s !== asOf && onChange(s)}
          onUnreadable={() => setBad(true)}
          className={styles.input}
          input={{ className: styles.inputText }}
          data-testid="as-of"
        />
      </Field>
      <div className={styles.buttons}>
        <Button
          size="small"
          appearance={asOf === todaySerial() ? "primary" : "secondary"}
          onClick={() => onChange(todaySerial())}
        >
          {t("today")}
        </Button>
        {years.map((y) => (
          <Button
            key={y}
            size="small"
            appearance={asOf === yearEnd(y) ? "primary" : "secondary"}
            onClick={() => onChange(yearEnd(y))}
          >
            {t("yearEndOf", { year: y })}
          </Button>
        ))}
      </div>
    </div>
  );
}
