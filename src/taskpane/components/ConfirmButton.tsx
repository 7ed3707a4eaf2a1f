/** A button that asks before it acts (恢复默认): a modal dialog says what will happen, and 取消 leaves all as it was. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from "@fluentui/react-components";
import { useState } from "react";
import { useI18n } from "../i18n/I18nContext";

export interface ConfirmButtonProps {
  /** The button's text, also the confirming button's. */
  label: string;
  title: string;
  body: string;
  onConfirm: () => void;
}

export function ConfirmButton({ label, title, body, onConfirm }: ConfirmButtonProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button>{label}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {label}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t("cancel")}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
