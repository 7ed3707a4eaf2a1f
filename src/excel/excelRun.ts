/**
 * The one door to Excel.run. Everything in src/excel takes a `RunBatch` so that tests and the bench can
 * hand in a recording fake of the workbook instead of Office.js.
 */
import { LocalError } from "../domain/core/localError";
import type { LocalText } from "../domain/core/types";

/** Runs a batch against a request context (Excel.run, or a fake with the same shape). */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Answers whether a requirement set is available (Office.context.requirements.isSetSupported). */
export type SupportsSet = (name: string, version: string) => boolean;

/** The real thing: Office.js's Excel.run. */
export const officeRun: RunBatch = (batch) => Excel.run(batch);

/** Office.js's requirement check; false outside Office (no `Office` global, or no requirements API). */
export const officeSupports: SupportsSet = (name, version) => {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported(name, version) === true
    );
  } catch {
    return false;
  }
};

/** Thrown where a feature needs a requirement set the host lacks: the caller shows `message`, no crash. */
export class RequirementError extends LocalError {
  constructor(set: string, version: string, what: LocalText) {
    super({
      "zh-CN": `${what["zh-CN"]}需要 ${set} ${version}，当前 Excel 版本不支持。`,
      "en-US": `${what["en-US"]} needs ${set} ${version}, which this version of Excel does not support.`,
    });
    this.name = "RequirementError";
  }
}

/** Throws a RequirementError unless the set is there. */
export function requireSet(
  supports: SupportsSet,
  set: string,
  version: string,
  what: LocalText
): void {
  if (!supports(set, version)) throw new RequirementError(set, version, what);
}
