/** Recognising the Office.js errors the adapter reacts to. */

const PAYLOAD_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

/** True for Excel's request/response payload-size errors (the block was too large: make it smaller). */
export function isPayloadLimitError(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const err = e as { code?: unknown; debugInfo?: { code?: unknown }; message?: unknown };
  if (typeof err.code === "string" && PAYLOAD_CODES.has(err.code)) return true;
  if (typeof err.debugInfo?.code === "string" && PAYLOAD_CODES.has(err.debugInfo.code)) return true;
  // Some hosts report the limit only in the message text.
  return typeof err.message === "string" && /payload\s*size\s*limit/i.test(err.message);
}

/** The error a cancelled read rejects with (name "AbortError", as fetch does). */
export function abortError(): Error {
  const e = new Error("The read was cancelled.");
  e.name = "AbortError";
  return e;
}
