/** The as-of date: any day (default today), or the year end of a target-table year in one click. */
import { Button, Input, Label, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { isoFromSerial, serialFromIso, todaySerial, yearEnd } from "../../domain/dates";
import type { Serial } from "../../domain/types";
import { useI18n } from "../i18n/I18nContext";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function AsOfPicker({ asOf, years, onChange }: { asOf: Serial; years: number[]; onChange: (s: Serial) => void }) {
  const { t } = useI18n();
  const id = useId();
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Label htmlFor={id}>{t("asOf")}</Label>
      <Input
        id={id}
        type="date"
        value={isoFromSerial(asOf)}
        onChange={(_, d) => {
          const s = serialFromIso(d.value);
          if (s !== null) onChange(s);
        }}
      />
      <Button size="small" appearance={asOf === todaySerial() ? "primary" : "secondary"} onClick={() => onChange(todaySerial())}>
        {t("today")}
      </Button>
      {years.map((y) => (
        <Button key={y} size="small" appearance={asOf === yearEnd(y) ? "primary" : "secondary"} onClick={() => onChange(yearEnd(y))}>
          {t("yearEndOf", { year: y })}
        </Button>
      ))}
    </div>
  );
}
