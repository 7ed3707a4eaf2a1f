/**
 * The look of a clickable list row (an expiring certificate, a finding): a full-width button that reads
 * as a table row, with Office's hover and focus cues. Shared so both lists look and behave alike.
 */
import { tokens, type GriffelStyle } from "@fluentui/react-components";

export const listRowButton: GriffelStyle = {
  width: "100%",
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  border: "none",
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  background: "transparent",
  color: tokens.colorNeutralForeground1,
  textAlign: "start",
  cursor: "pointer",
  fontFamily: "inherit",
  fontSize: tokens.fontSizeBase200,
  ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
};
