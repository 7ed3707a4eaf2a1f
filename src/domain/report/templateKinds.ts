/**
 * The kinds of sheet 插入模板 can insert, apart from their builders (templateSheets.ts): the pane needs
 * the list at once to say which sheets a workbook lacks, the builders only on click.
 */

/** The kinds of sheet a template can be inserted for, in the order they are inserted. */
export const TEMPLATE_KINDS = ["roster", "targets", "pool", "contacts"] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
