/** The engine's public surface: every module of src/domain, the contract types and the report layout. */
export * from "./types";
export * from "./text";
export * from "./dates";
export * from "./findings";
export * from "./certificate";
export * from "./creditCode";
export * from "./units";
export * from "./policy";
export * from "./targets";
export * from "./rosterHeader";
export * from "./roster";
export * from "./identity";
export * from "./tracking";
export * from "./workbook";
export * from "./i18n";
export type * from "./report/layout";
export * from "./report/buildReport";
