/**
 * How a custom function reports a bad argument: an Excel error value carrying a message in both
 * languages (shown when the user hovers the cell), never a raw JavaScript exception, which Excel would
 * turn into a bare #VALUE! with no explanation.
 */

/** Throws #VALUE! (or another error code) with "中文 / English" as its message. */
export function fail(
  zh: string,
  en: string,
  code: CustomFunctions.ErrorCode = CustomFunctions.ErrorCode.invalidValue
): never {
  throw new CustomFunctions.Error(code, `${zh} / ${en}`);
}

/** Throws #N/A with a message: the arguments are well formed but there is no answer (no such target). */
export function notAvailable(zh: string, en: string): never {
  return fail(zh, en, CustomFunctions.ErrorCode.notAvailable);
}

/** Throws #DIV/0! (Excel shows no message for it): a completion against a target of 0. */
export function divisionByZero(): never {
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
}
