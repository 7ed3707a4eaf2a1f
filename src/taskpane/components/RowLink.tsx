/**
 * A list entry that takes the user to its row or cell in the workbook (an expiring certificate, a
 * finding, a pool or contact row): a button whose tooltip says where it goes. The look is the caller's
 * (listRowButton and its variants).
 */
import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nContext";

export interface RowLinkProps {
  /**
   * The file the row came from when other workbooks are read with the open one: there is no cell to go
   * to, so the entry is shown, with its file named, but is no button.
   */
  file?: string;
  sheet: string;
  row: number;
  /** The cell's address ("C12") when the link goes to one cell; without it the link goes to the row. */
  cell?: string;
  onGo: () => void;
  className: string;
  testId: string;
  children: ReactNode;
}

export function RowLink({
  file,
  sheet,
  row,
  cell,
  onGo,
  className,
  testId,
  children,
}: RowLinkProps) {
  const { t } = useI18n();
  if (file !== undefined)
    return (
      <div className={className} data-testid={testId} title={t("inOtherFile", { file })}>
        <span data-testid="row-file">{file}</span>
        {children}
      </div>
    );
  const title =
    cell === undefined ? t("selectRow", { sheet, row }) : t("goToCell", { sheet, cell });
  return (
    <button type="button" className={className} data-testid={testId} title={title} onClick={onGo}>
      {children}
    </button>
  );
}
