/**
 * The one way an error carries words for the user: `text` in both interface languages, `message` its English
 * (for logs and stack traces). Every refusal the pane, the ribbon or the CLI shows as it is extends this.
 */
import type { LocalText } from "./types";

/** An error whose words exist in both interface languages. */
export class LocalError extends Error {
  readonly text: LocalText;

  constructor(text: LocalText) {
    super(text["en-US"]);
    this.name = "LocalError";
    this.text = text;
  }
}

/** Any thrown value as text in both languages: a LocalError's own words, else its message in both. */
export function errorText(e: unknown): LocalText {
  if (e instanceof LocalError) return e.text;
  const en = e instanceof Error ? e.message : String(e);
  return { "zh-CN": en, "en-US": en };
}
