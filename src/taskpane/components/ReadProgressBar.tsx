/** Rows read (or written: the report, formula columns) of total while the work goes on, with a cancel button. */
import { Button, Field, ProgressBar } from "@fluentui/react-components";
import type { ReadProgress } from "../../excel/workbookSource";
import { useI18n } from "../i18n/I18nContext";

export function ReadProgressBar({
  progress,
  onCancel,
  writing = false,
}: {
  progress: ReadProgress | null;
  onCancel: () => void;
  writing?: boolean;
}) {
  const { t, lang } = useI18n();
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  const label = !progress
    ? t("loading")
    : progress.unit === "bytes"
      ? t("readingMB", {
          read: mb(progress.rowsRead),
          total: mb(progress.rowsTotal),
          sheet: progress.sheet,
        })
      : t(writing ? "writingRows" : "readingRows", {
          read: progress.rowsRead.toLocaleString(lang),
          total: progress.rowsTotal.toLocaleString(lang),
          sheet: progress.sheet,
        });
  const value =
    progress && progress.rowsTotal > 0 ? progress.rowsRead / progress.rowsTotal : undefined;
  return (
    <div
      className="gq-progress"
      role="status"
      data-testid={writing ? "write-progress" : "read-progress"}
    >
      <Field validationMessage={label} validationState="none">
        <ProgressBar value={value} aria-label={label} />
      </Field>
      <Button size="small" onClick={onCancel}>
        {t("cancel")}
      </Button>
    </div>
  );
}
