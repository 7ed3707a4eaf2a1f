/**
 * A date typed as text, shown as yyyy-mm-dd in both languages. The browser's own date input shows the
 * operating system's order (12/31/2024 in a Chinese pane on an English system) and ignores typed text it
 * cannot parse; this one takes any form the engine reads (dateText.ts) and, when the user presses Enter or
 * leaves the field, writes it back as yyyy-mm-dd.
 */
import { Input, type InputProps } from "@fluentui/react-components";
import { isoFromSerial } from "../../domain/core/dates";
import type { Serial } from "../../domain/core/types";
import { useI18n } from "../i18n/I18nContext";
import { serialFromTyped } from "../state/dateText";

export interface DateInputProps extends Omit<
  InputProps,
  "value" | "onChange" | "type" | "defaultValue"
> {
  /** The text in the field. */
  value: string;
  onChange: (text: string) => void;
  /** The date, when the user commits (Enter, or leaving the field) a text that names one. */
  onCommit?: (serial: Serial) => void;
  /** The user committed a text that names no date (blank is not reported). */
  onUnreadable?: () => void;
}

export function DateInput({
  value,
  onChange,
  onCommit,
  onUnreadable,
  onBlur,
  onKeyDown,
  ...rest
}: DateInputProps) {
  const { t } = useI18n();
  const commit = () => {
    const s = serialFromTyped(value);
    if (s === null) {
      if (value.trim() !== "") onUnreadable?.();
      return;
    }
    const iso = isoFromSerial(s);
    if (iso !== value) onChange(iso);
    onCommit?.(s);
  };
  return (
    <Input
      {...rest}
      type="text"
      inputMode="text"
      autoComplete="off"
      placeholder={t("datePlaceholder")}
      title={t("dateFormats")}
      value={value}
      onChange={(_, d) => onChange(d.value)}
      onBlur={(e) => {
        commit();
        onBlur?.(e);
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit();
        onKeyDown?.(e);
      }}
    />
  );
}
