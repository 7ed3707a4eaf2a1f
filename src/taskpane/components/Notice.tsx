/**
 * A message bar named by its own text. Fluent's MessageBar points aria-labelledby at the id of a
 * MessageBarTitle, and without one that id names no element (axe: aria-valid-attr-value); the pane's
 * messages are one sentence with no title, so the bar is labelled by its body instead.
 */
import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { useId, type JSX, type ReactNode } from "react";

export interface NoticeProps {
  intent: MessageBarIntent;
  children: ReactNode;
  /** A button shown at the bar's end (dismiss, say). */
  action?: JSX.Element;
  /** A name of its own (the ribbon command's result), in place of the body text. */
  label?: string;
  "data-testid"?: string;
}

export function Notice({ intent, children, action, label, "data-testid": testId }: NoticeProps) {
  const bodyId = useId();
  // An explicit undefined removes Fluent's dangling aria-labelledby when the bar has a label of its own.
  const name = label
    ? { "aria-label": label, "aria-labelledby": undefined }
    : { "aria-labelledby": bodyId };
  return (
    <MessageBar intent={intent} {...name} data-testid={testId}>
      <MessageBarBody id={bodyId}>{children}</MessageBarBody>
      {action && <MessageBarActions containerAction={action} />}
    </MessageBar>
  );
}
