/** 合并其他工作簿: pick workbook files to count with the open one, see which are in, and drop them. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { useI18n } from "../i18n/I18nContext";
import type { PickedFile } from "./withOtherWorkbooks";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  files: { overflowWrap: "anywhere", minWidth: 0 },
  hidden: { display: "none" },
});

export function MergeOtherWorkbooks({
  files,
  onFiles,
}: {
  files: readonly PickedFile[];
  onFiles: (files: File[]) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.row} data-testid="merge-workbooks">
      <Button size="small" title={t("mergeHint")} onClick={() => input.current?.click()}>
        {t("mergeOpen")}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx,.xlsm,.xls"
        data-testid="merge-files"
        onChange={(e) => {
          const picked = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = "";
          if (picked.length > 0) onFiles(picked);
        }}
      />
      {files.length > 0 && (
        <>
          <span className={styles.files}>
            {t("mergeActive", { files: files.map((f) => f.name).join(", ") })}
          </span>
          <Button size="small" appearance="subtle" onClick={() => onFiles([])}>
            {t("mergeClear")}
          </Button>
        </>
      )}
    </div>
  );
}
