import { randomInt } from 'node:crypto';
import type { Queryable } from '../../db/types';

/** The states in which an order may still be paid by transfer: its code must be unique among them (migration 016). */
export const OPEN_FOR_TRANSFER = `status IN ('pending_payment', 'awaiting_confirmation')`;

const SPACE = 10_000;
const CANDIDATES = 16;
const codeOf = (n: number) => String(n).padStart(4, '0');

/**
 * Codes to offer order.create's INSERT for the code a buyer writes in a transfer's note; it takes the first one
 * no open order of the shop holds, and migration 016's unique index settles a race (ON CONFLICT, then new
 * candidates): no lock serializes a shop's orders. A few random codes first; `dense` (the last random ones were
 * all taken) reads the shop's taken codes and offers free ones only — none left is the shop's 10,000 all held.
 * Random, so that a code just freed by a paid order is not at once handed to the next buyer, whose transfer the
 * seller could mistake for it.
 */
export async function noteCodeCandidates(tx: Queryable, shopId: string, dense: boolean): Promise<string[]> {
  if (!dense) return Array.from({ length: CANDIDATES }, () => codeOf(randomInt(SPACE)));
  const taken = new Set(
    (await tx.query<{ note_code: string }>(`SELECT note_code FROM orders WHERE shop_id = $1 AND ${OPEN_FOR_TRANSFER} AND note_code IS NOT NULL`, [shopId])).map(
      (r) => r.note_code,
    ),
  );
  return sample(
    Array.from({ length: SPACE }, (_, n) => codeOf(n)).filter((c) => !taken.has(c)),
    CANDIDATES,
  );
}

/** Up to n of the codes, in random order. */
export function sample(codes: string[], n: number): string[] {
  for (let i = codes.length - 1; i > 0 && i >= codes.length - n; i--) {
    const j = randomInt(i + 1);
    [codes[i], codes[j]] = [codes[j], codes[i]];
  }
  return codes.slice(-n);
}
