import { transfersText } from '../../../types/zh-CN/transfers';
import type { Queryable } from '../../db/types';
import { conflict } from '../runtime/errors';

/** The states in which an order may still be paid by transfer: its code must be unique among them (migration 016). */
export const OPEN_FOR_TRANSFER = `status IN ('pending_payment', 'awaiting_confirmation')`;

const isUniqueViolation = (e: unknown) => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === '23505';

/**
 * Gives the order the lowest code free among its shop's open orders. Two orders placed at once may both
 * see the same code free: the partial unique index makes the second wait for the first and then fail,
 * and it takes the next one (READ COMMITTED: the retry's statement sees the first's commit). The failed
 * update is undone to a savepoint so that the order's own transaction goes on.
 */
export async function assignNoteCode(tx: Queryable, orderId: string, shopId: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const [free] = await tx.query<{ code: string }>(
      `SELECT lpad(c::text, 4, '0') AS code FROM generate_series(0, 9999) AS c
        WHERE lpad(c::text, 4, '0') NOT IN (SELECT note_code FROM orders WHERE shop_id = $1 AND ${OPEN_FOR_TRANSFER} AND note_code IS NOT NULL AND id <> $2)
        ORDER BY c LIMIT 1`,
      [shopId, orderId],
    );
    if (!free) break;
    await tx.query('SAVEPOINT note_code');
    try {
      await tx.query('UPDATE orders SET note_code = $2 WHERE id = $1', [orderId, free.code]);
      await tx.query('RELEASE SAVEPOINT note_code');
      return free.code;
    } catch (e) {
      await tx.query('ROLLBACK TO SAVEPOINT note_code');
      if (!isUniqueViolation(e)) throw e;
    }
  }
  throw conflict(transfersText.noteCodesExhausted);
}
