/** The latest ribbon command's result (生成通报, 格式化为报表, 标记到期) as a dismissible message bar. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { PostedMessage } from "../../commands/notify";
import { useI18n } from "../i18n/I18nContext";

export function CommandResultBar({ message, onDismiss }: { message: PostedMessage | null; onDismiss: () => void }) {
  const { t, lang } = useI18n();
  return (
    <section aria-label={t("commandResult")} role="status" aria-live="polite" data-testid="command-result">
      {message && (
        <MessageBar intent={message.kind}>
          <MessageBarBody>{message.text[lang]}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" onClick={onDismiss}>
                {t("dismiss")}
              </Button>
            }
          />
        </MessageBar>
      )}
    </section>
  );
}
