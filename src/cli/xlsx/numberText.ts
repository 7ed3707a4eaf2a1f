/**
 * A cell's number from the bytes of its <v>: plain decimals (most cells) are read in place, exactly
 * as Number() would read them; anything else (exponents, long mantissas, spaces) goes to Number()
 * once it is seen to be a decimal number at all.
 */
import { latin1Text } from "./bytes";

/** 10^0 .. 10^22: every one exact in a double, so mantissa / 10^k rounds once, correctly. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
const MAX_EXACT = 2 ** 53;

/** The number in bytes [start, end), or NaN when they are not one (empty included). */
export function parseNumber(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = buf[i] === 45;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = -1;
  for (; i < end; i++) {
    const b = buf[i];
    if (b >= 48 && b <= 57) {
      mantissa = mantissa * 10 + (b - 48);
      digits++;
      if (scale >= 0) scale++;
    } else if (b === 46 && scale < 0) scale = 0;
    else break;
  }
  if (i === end && digits > 0 && mantissa < MAX_EXACT && scale <= 22) {
    const v = scale > 0 ? mantissa / POW10[scale] : mantissa;
    return negative ? -v : v;
  }
  return numberFromText(latin1Text(buf, start, end));
}

/** What a cell number may look like (xsd:double without INF and NaN); Number() alone takes "0x10". */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The number a decoded text spells (as parseNumber, for text that was not read in place). */
export function numberFromText(text: string): number {
  const t = text.trim();
  return DECIMAL.test(t) ? Number(t) : NaN;
}
