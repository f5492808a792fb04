/**
 * A pickup code's last digit is a Damm check digit of the others (H. M. Damm, 2004): with a weakly totally
 * anti-symmetric quasigroup of order 10 it catches every single mistyped digit and every swap of two adjacent
 * digits. Codes are shop-wide and typed by hand at a busy pickup point, and a valid wrong code would complete
 * another friend's order with no undo, so a mistyped one must be refused before it can match anything.
 * No maintained npm package does this; the table is the one in Damm's thesis (also Wikipedia's "Damm algorithm").
 */
/** Digits of a pickup code: unique within a shop among its open orders. Here, not in types/drop.ts, so the buyer's
 * order page can check a code's length without pulling drop.ts's zod schemas into the main package. */
export const PICKUP_CODE_LENGTH = 6;

const TABLE: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

function interim(digits: string): number {
  let row = 0;
  for (const ch of digits) row = TABLE[row][ch.charCodeAt(0) - 48];
  return row;
}

/** The check digit of a string of digits (0–9 only). */
export function dammDigit(digits: string): number {
  if (!/^\d*$/.test(digits)) throw new Error('digits only');
  return interim(digits);
}

/** A full code from its body: the body and its check digit ("12345" → "123459"). */
export function withCheckDigit(body: string): string {
  return body + String(dammDigit(body));
}

/** Whether a string of digits ends in the right check digit (an empty or non-digit string is not). */
export function hasValidCheckDigit(code: string): boolean {
  return /^\d{2,}$/.test(code) && interim(code) === 0;
}
