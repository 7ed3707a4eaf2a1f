/**
 * The two enterprises the first-run templates (插入模板) use as examples: the enterprise list introduces
 * them, and the contact log's example rows visit them, so that a workbook holding only the inserted
 * templates reads back without a finding (a contact naming no enterprise of the list is visit-unmatched).
 */

export interface ExampleEnterprise {
  name: string;
  creditCode: string;
}

export const EXAMPLE_ENTERPRISES: readonly [ExampleEnterprise, ExampleEnterprise] = [
  { name: "（示例）上海甲科技有限公司", creditCode: "91310116MA1J8K3A0H" },
  { name: "（示例）上海乙科技有限公司", creditCode: "91310116MA1J9L4B1A" },
];
