/**
 * Under an unknown-unit finding: "add 金山工业区 as an alias of [unit]". Saving puts the alias in the
 * workbook's settings (as the settings form would), and the findings are worked out again with it.
 */
import { Button, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useI18n } from "../i18n/I18nContext";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase200,
  },
  select: { minWidth: "120px", flexGrow: 1, maxWidth: "200px" },
});

export function FindingAlias({
  raw,
  units,
  onAdd,
}: {
  raw: string;
  units: string[];
  onAdd: (unit: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const id = useId();
  // No unit is chosen for the user: the first one in the list was taken by a hasty click.
  const [unit, setUnit] = useState("");
  const [busy, setBusy] = useState(false);
  return (
    <div className={styles.row} data-testid="finding-alias">
      <label htmlFor={id}>{t("aliasOfLabel", { raw })}</label>
      <Select
        id={id}
        className={styles.select}
        size="small"
        value={unit}
        required
        onChange={(_, d) => setUnit(d.value)}
      >
        <option value="" disabled>
          {t("choose")}
        </option>
        {units.map((u) => (
          <option key={u}>{u}</option>
        ))}
      </Select>
      <Button
        size="small"
        disabled={busy || unit === ""}
        onClick={async () => {
          setBusy(true);
          try {
            await onAdd(unit);
          } finally {
            setBusy(false);
          }
        }}
      >
        {t("aliasAddFromFinding")}
      </Button>
    </div>
  );
}
