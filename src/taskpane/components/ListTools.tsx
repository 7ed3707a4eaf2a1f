/**
 * Above a long list (到期, 待走访, 已推出): a search box, a unit filter and 导出名单, which downloads the
 * list as filtered (one town's own list when a unit is chosen). Where the host blocks downloads (Office
 * on Mac and iPad) the pane says so, as 导出 Word does.
 */
import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import { useContext } from "react";
import { downloadBlob } from "../bulletin/download";
import { HostContext } from "../hostContext";
import { csvText, listFileName, type ListFilter } from "../state/listFilter";

const useStyles = makeStyles({
  bar: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  fill: { width: "100%", minWidth: 0 },
  foot: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    gridColumn: "1 / -1",
  },
  count: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface ListToolsProps {
  filter: ListFilter;
  onFilter: (f: ListFilter) => void;
  units: string[];
  shown: number;
  total: number;
  /** The file's name before the unit and date ("待走访名单"). */
  fileTitle: string;
  isoDate: string;
  /** The filtered list as rows, the head first. */
  rows: () => string[][];
  onMessage: (text: string, intent: "success" | "error") => void;
  testId: string;
}

export function ListTools({
  filter,
  onFilter,
  units,
  shown,
  total,
  fileTitle,
  isoDate,
  rows,
  onMessage,
  testId,
}: ListToolsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const blocked = useContext(HostContext).downloadsBlockedOn;
  const exportList = () => {
    const platform = blocked;
    if (platform) return onMessage(t("listBlocked", { platform }), "error");
    const file = listFileName(fileTitle, filter.unit, isoDate);
    downloadBlob(new Blob([csvText(rows())], { type: "text/csv;charset=utf-8" }), file);
    onMessage(t("listExported", { file, n: shown }), "success");
  };
  return (
    <div className={styles.bar} data-testid={testId}>
      <Field label={t("listSearch")}>
        <Input
          className={styles.fill}
          type="search"
          value={filter.query}
          onChange={(_, d) => onFilter({ ...filter, query: d.value })}
        />
      </Field>
      <Field label={t("filterUnit")}>
        <Select
          className={styles.fill}
          value={filter.unit}
          onChange={(_, d) => onFilter({ ...filter, unit: d.value })}
        >
          <option value="">{t("filterAll")}</option>
          {units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.foot}>
        <span className={styles.count}>{t("listShown", { shown, total })}</span>
        <Button
          size="small"
          disabled={shown === 0}
          onClick={exportList}
          title={t("listExportHelp")}
        >
          {t("listExport")}
        </Button>
      </div>
    </div>
  );
}
