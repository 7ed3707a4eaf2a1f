/**
 * The user's unit aliases in the settings form: the name as the data writes it | the responsible unit it
 * means | remove, one row an alias under one line of heads, fitting a 320 px pane.
 */
import { Button, Input, makeStyles, mergeClasses, Select } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import type { SettingsForm } from "./settingsForm";
import { useFormStyles, useRowEditorStyles } from "../components/paneStyles";
import { RowHeads } from "../components/RowHeads";

type Alias = SettingsForm["aliases"][number];

const useOwnStyles = makeStyles({
  columns: { gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) auto" },
  row: { display: "contents" },
});

export interface AliasRowsProps {
  aliases: Alias[];
  units: string[];
  onChange: (aliases: Alias[]) => void;
  fieldProps: (key: string) => Record<string, unknown>;
}

export function AliasRows({ aliases, units, onChange, fieldProps }: AliasRowsProps) {
  const { t } = useI18n();
  const styles = { ...useRowEditorStyles(), ...useOwnStyles(), fill: useFormStyles().fill };
  const set = (i: number, patch: Partial<Alias>) =>
    onChange(aliases.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <>
      {aliases.length === 0 ? (
        <span>{t("aliasNone")}</span>
      ) : (
        <div className={mergeClasses(styles.grid, styles.columns)}>
          <RowHeads heads={[t("aliasRaw"), t("aliasUnit"), null]} />
          {aliases.map((a, i) => (
            <div key={i} className={styles.row} data-testid="alias-row">
              <Input
                aria-label={t("aliasRawOf", { n: i + 1 })}
                value={a.raw}
                onChange={(_, d) => set(i, { raw: d.value })}
                {...fieldProps(`aliases.${a.raw.trim()}`)}
              />
              <Select
                className={styles.fill}
                aria-label={t("aliasUnitOf", { n: i + 1 })}
                value={a.unit}
                onChange={(_, d) => set(i, { unit: d.value })}
              >
                {(units.includes(a.unit) || a.unit === "" ? units : [a.unit, ...units]).map((u) => (
                  <option key={u}>{u}</option>
                ))}
              </Select>
              <Button
                className={styles.remove}
                appearance="subtle"
                aria-label={t("aliasRemove", { raw: a.raw })}
                onClick={() => onChange(aliases.filter((_, j) => j !== i))}
              >
                ×
              </Button>
            </div>
          ))}
        </div>
      )}
      <div>
        <Button onClick={() => onChange([...aliases, { raw: "", unit: units[0] ?? "" }])}>
          {t("aliasAdd")}
        </Button>
      </div>
    </>
  );
}
