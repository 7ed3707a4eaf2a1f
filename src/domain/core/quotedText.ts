/** Bilingual messages that quote a cell's text and are put into words only when read. */
import type { LocalText } from "./types";

/** One message in both languages, each a function of the quoted text. */
export type Template = readonly [zh: (text: string) => string, en: (text: string) => string];

/**
 * A message in both languages put into words only when read: what it keeps is a few values its words are
 * made of (a template and a cell's text, a row and a certificate number), where two made strings each
 * would be most of the memory of a sheet with a finding on every row.
 */
export abstract class TextWhenRead implements LocalText {
  /** The words in `lang`. */
  protected abstract say(lang: keyof LocalText): string;

  get "zh-CN"(): string {
    return this.say("zh-CN");
  }

  get "en-US"(): string {
    return this.say("en-US");
  }

  /** As a plain LocalText, so JSON and structured copies carry the words, not the template. */
  toJSON(): LocalText {
    return { "zh-CN": this["zh-CN"], "en-US": this["en-US"] };
  }
}

/**
 * A message quoting one cell's text, put into words only when read. A million rows with a bad credit
 * code would otherwise keep two fresh strings each (about 250 bytes a finding, a gigabyte for a
 * crafted sheet); this keeps the template and the cell's text, which the record table holds anyway.
 */
export class QuotedText extends TextWhenRead {
  constructor(
    private readonly template: Template,
    private readonly text: string
  ) {
    super();
  }

  protected say(lang: keyof LocalText): string {
    return this.template[lang === "zh-CN" ? 0 : 1](this.text);
  }
}

/** `template` about `text`, put into words only when read (see QuotedText): for findings a sheet may hold a million of. */
export function quotedText(template: Template, text: string): LocalText {
  return new QuotedText(template, text);
}
