/**
 * The two pieces of Excel's custom functions runtime the functions touch when they reject an argument
 * (CustomFunctions.Error and ErrorCode), installed as the global Excel provides. Import this first.
 */
class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

const runtime = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
  },
};
(globalThis as unknown as { CustomFunctions: typeof runtime }).CustomFunctions = runtime;

/** Runs `f` and returns the Excel error it raised (code and message), failing when it did not raise one. */
export function excelError(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof CustomFunctionsError) return { code: e.code, message: e.message };
    throw new Error(`expected a CustomFunctions.Error, got ${String(e)}`);
  }
  throw new Error("expected an Excel error, the function returned");
}
