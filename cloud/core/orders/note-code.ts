import { transfersText } from '../../../types/zh-CN/transfers';
import type { Queryable } from '../../db/types';
import { conflict } from '../runtime/errors';

/** The states in which an order may still be paid by transfer: its code must be unique among them (migration 016). */
export const OPEN_FOR_TRANSFER = `status IN ('pending_payment', 'awaiting_confirmation')`;

/**
 * The advisory-lock key space of note codes (migration 016's number), so that no other advisory lock can
 * collide with a shop's: two-int keys never meet one-bigint keys, and other users take other first keys.
 */
const NOTE_CODE_LOCK = 16;

/**
 * Gives the order a code free among its shop's open orders, or CONFLICT when all 10,000 are taken.
 *
 * Orders of one shop take their codes one at a time: the shop's transaction-scoped advisory lock is held
 * until the order commits or rolls back, so the next order's choice (a new statement, READ COMMITTED)
 * sees every code taken before it. Without it, orders placed at once chose the same code, all but one
 * failed on the unique index, and a busy shop ran out of retries with thousands of codes free.
 * Other shops' orders take other locks and never wait for this one (a hash collision between two shop
 * ids only makes them take turns). The code is random among the free ones so that one just freed by a
 * paid order is not at once handed to the next buyer, whose transfer the seller could mistake for it.
 */
export async function assignNoteCode(tx: Queryable, orderId: string, shopId: string): Promise<string> {
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [NOTE_CODE_LOCK, shopId]);
  const [assigned] = await tx.query<{ code: string }>(
    `UPDATE orders SET note_code = free.code
       FROM (SELECT lpad(c::text, 4, '0') AS code FROM generate_series(0, 9999) AS c
              WHERE lpad(c::text, 4, '0') NOT IN (SELECT note_code FROM orders WHERE shop_id = $2 AND ${OPEN_FOR_TRANSFER} AND note_code IS NOT NULL AND id <> $1)
              ORDER BY random() LIMIT 1) AS free
      WHERE orders.id = $1
      RETURNING orders.note_code AS code`,
    [orderId, shopId],
  );
  if (!assigned) throw conflict(transfersText.noteCodesExhausted);
  return assigned.code;
}
