/** The decomposition method and floor as selects, named in the interface language (the 目标分解 view and the settings). */
import { Field, Select } from "@fluentui/react-components";
import {
  DECOMPOSE_FLOORS,
  DECOMPOSE_METHODS,
  floorLabel,
  methodLabel,
} from "../../domain/decompose/decomposeLabels";
import type { DecomposeFloor, DecomposeMethod } from "../../domain/core/types";
import { useI18n } from "../i18n/I18nContext";
import { useFormStyles } from "../components/paneStyles";

function Choice<T extends string>(props: {
  label: string;
  value: T;
  options: readonly T[];
  name: (v: T) => string;
  error?: string;
  onChange: (v: T) => void;
}) {
  // A <select> is as wide as its longest option: in English that is wider than a 350 px pane.
  const { fill } = useFormStyles();
  return (
    <Field label={props.label} validationMessage={props.error}>
      <Select
        className={fill}
        value={props.value}
        onChange={(_, d) => props.onChange(d.value as T)}
      >
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.name(o)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function MethodSelect({
  value,
  onChange,
  error,
}: {
  value: DecomposeMethod;
  onChange: (m: DecomposeMethod) => void;
  error?: string;
}) {
  const { t, lang } = useI18n();
  return (
    <Choice
      label={t("dcMethod")}
      value={value}
      options={DECOMPOSE_METHODS}
      name={(m) => methodLabel(m, lang)}
      error={error}
      onChange={onChange}
    />
  );
}

export function FloorSelect({
  value,
  onChange,
  error,
}: {
  value: DecomposeFloor;
  onChange: (f: DecomposeFloor) => void;
  error?: string;
}) {
  const { t, lang } = useI18n();
  return (
    <Choice
      label={t("dcFloor")}
      value={value}
      options={DECOMPOSE_FLOORS}
      name={(f) => floorLabel(f, lang)}
      error={error}
      onChange={onChange}
    />
  );
}
