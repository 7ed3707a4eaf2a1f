/**
 * A button that opens the system's chooser for workbook files, several at once (the page's 打开工作簿,
 * the pane's 合并其他工作簿). The chooser is a hidden file input: a Fluent button looks like the pane's
 * others, and the input stays where a test (or a script) can hand it files.
 */
import { Button, makeStyles, type ButtonProps } from "@fluentui/react-components";
import { useRef, type ReactNode } from "react";

/** The workbook files Gaoqi reads (told apart by content once read), as a chooser's accept list. */
export const WORKBOOK_ACCEPT = ".xlsx,.xlsm,.xls";

/** Whether a file's name is one the chooser offers (for files dropped rather than chosen). */
export function isWorkbookName(name: string): boolean {
  return WORKBOOK_ACCEPT.split(",").some((ext) => name.toLowerCase().endsWith(ext));
}

const useStyles = makeStyles({ hidden: { display: "none" } });

export interface WorkbookFilePickerProps {
  /** The button's words. */
  children: ReactNode;
  /** Called with the files chosen; not called when the chooser is closed without any. */
  onFiles: (files: File[]) => void;
  /** The hidden input's test id. */
  testId: string;
  appearance?: ButtonProps["appearance"];
  /** The button's tooltip. */
  title?: string;
  /**
   * A chooser of the host's own to try first (the page's, which keeps file handles): it resolves true
   * when it was shown, false (or rejects) when the host has none, and then the file input opens.
   */
  chooseFirst?: () => Promise<boolean>;
}

export function WorkbookFilePicker({
  children,
  onFiles,
  testId,
  appearance,
  title,
  chooseFirst,
}: WorkbookFilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const openChooser = (): void => {
    if (!chooseFirst) {
      input.current?.click();
      return;
    }
    void chooseFirst().then(
      (shown) => {
        if (!shown) input.current?.click();
      },
      () => input.current?.click()
    );
  };
  return (
    <>
      <Button size="small" appearance={appearance} title={title} onClick={openChooser}>
        {children}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept={WORKBOOK_ACCEPT}
        data-testid={testId}
        onChange={(e) => {
          const picked = [...(e.currentTarget.files ?? [])];
          // Emptied, so that choosing the same files again (after an edit on disk) is a change too.
          e.currentTarget.value = "";
          if (picked.length > 0) onFiles(picked);
        }}
      />
    </>
  );
}
