/** 合并其他工作簿: pick workbook files to count with the open one, see which are in, and drop them. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { WorkbookFilePicker } from "../components/WorkbookFilePicker";
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
  return (
    <div className={styles.row} data-testid="merge-workbooks">
      <WorkbookFilePicker title={t("mergeHint")} testId="merge-files" onFiles={onFiles}>
        {t("mergeOpen")}
      </WorkbookFilePicker>
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
