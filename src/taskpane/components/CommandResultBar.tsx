/**
 * The latest ribbon command's result (生成通报, 格式化为报表, 标记到期) as a dismissible message bar. It
 * sits inside the pane's status region (a polite live region), so screen readers announce it.
 */
import { Button } from "@fluentui/react-components";
import type { PostedMessage } from "../../commands/notify";
import { useI18n } from "../i18n/I18nContext";
import { Notice } from "./Notice";

export function CommandResultBar({
  message,
  onDismiss,
}: {
  message: PostedMessage | null;
  onDismiss: () => void;
}) {
  const { t, lang } = useI18n();
  if (!message) return null;
  return (
    <Notice
      intent={message.kind}
      label={t("commandResult")}
      data-testid="command-result"
      action={
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          {t("dismiss")}
        </Button>
      }
    >
      {message.text[lang]}
    </Notice>
  );
}
