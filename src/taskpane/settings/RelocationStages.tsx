/**
 * The relocation award's stages in the settings form: one row a stage, 第 n 期 | amount (元) | months after
 * the move-in | remove, under one line of heads, fitting a 320 px pane; 添加分期 adds a stage twelve months
 * after the last.
 */
import { Button, Input, makeStyles, mergeClasses } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import type { SettingsForm } from "./settingsForm";
import { useRowEditorStyles } from "../components/paneStyles";
import { RowHeads } from "../components/RowHeads";

type Stage = SettingsForm["stages"][number];

const useOwnStyles = makeStyles({
  columns: { gridTemplateColumns: "auto minmax(0, 1fr) minmax(0, 1fr) auto" },
  row: { display: "contents" },
  wide: { gridColumn: "1 / -1" },
});

export interface RelocationStagesProps {
  stages: Stage[];
  onChange: (stages: Stage[]) => void;
  /** The props that mark an input as the one the error names (settings key -> props). */
  fieldProps: (key: string) => Record<string, unknown>;
}

export function RelocationStages({ stages, onChange, fieldProps }: RelocationStagesProps) {
  const { t } = useI18n();
  const styles = { ...useRowEditorStyles(), ...useOwnStyles() };
  const set = (i: number, patch: Partial<Stage>) =>
    onChange(stages.map((x, k) => (k === i ? { ...x, ...patch } : x)));
  const add = () => {
    const last = stages[stages.length - 1];
    const months =
      last && Number.isFinite(Number(last.months)) && last.months.trim() !== ""
        ? String(Number(last.months) + 12)
        : "0";
    onChange([...stages, { amount: "", months }]);
  };
  return (
    <div className={mergeClasses(styles.grid, styles.columns)} data-testid="stages">
      {stages.length > 0 && (
        <RowHeads heads={[null, t("stageAmountHead"), t("stageMonthsHead"), null]} />
      )}
      {stages.map((stage, i) => {
        const key = `awards.relocationStages[${i}]`;
        return (
          <div key={i} className={styles.row} data-testid="stage-row">
            <span className={styles.lead}>{t("stageLead", { n: i + 1 })}</span>
            <Input
              aria-label={t("stageAmount", { n: i + 1 })}
              inputMode="decimal"
              value={stage.amount}
              onChange={(_, d) => set(i, { amount: d.value })}
              {...fieldProps(`${key}.amount`)}
            />
            <Input
              aria-label={t("stageMonths", { n: i + 1 })}
              inputMode="numeric"
              value={stage.months}
              onChange={(_, d) => set(i, { months: d.value })}
              {...fieldProps(`${key}.months`)}
            />
            <Button
              className={styles.remove}
              appearance="subtle"
              aria-label={t("stageRemove", { n: i + 1 })}
              onClick={() => onChange(stages.filter((_, k) => k !== i))}
            >
              ×
            </Button>
          </div>
        );
      })}
      <Button className={mergeClasses(styles.add, styles.wide)} onClick={add}>
        {t("addStage")}
      </Button>
    </div>
  );
}
