import { dropIdSchema } from '../../../types/drop';
import { dropText } from '../../../types/zh-CN/drops';
import type { Queryable } from '../../db/types';
import { JOIN_MIN_PAY_MINUTES } from '../orders/join';
import { authedAction } from '../runtime/action';
import { conflict } from '../runtime/errors';
import { ownedDrop } from './access';
import { effectiveStatus, findDrop, toDrop } from './rows';

/**
 * Closes drops (their rows locked by the caller) and ends their unpaid joins the way every unpaid order ends:
 * a join's time to pay runs out soon after its drop closes — its expiry is brought forward to now, but never
 * below JOIN_MIN_PAY_MINUTES after it was placed (orders/join.ts joinExpiry), so a friend who joined in the last
 * minutes and is paying in WeChat is not cancelled (and refunded) under them. The timer's order expiry
 * (orders/jobs.ts expireUnpaidOrders) then cancels it, gives its pieces back and tells the buyer. A join awaiting
 * the seller's transfer check is left to the seller: the buyer says they paid. The pick list counts paid orders
 * only, so a join still paying after the close is not on it until it pays.
 */
export async function closeDrops(tx: Queryable, ids: readonly string[], closedAt: Date, now: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(`UPDATE drops SET status = 'closed', closed_at = $2, updated_at = $3 WHERE id = ANY($1)`, [ids, closedAt, now]);
  await tx.query(
    `UPDATE orders SET expires_at = greatest($2::timestamptz, created_at + make_interval(mins => $3)), updated_at = $2
      WHERE drop_id = ANY($1) AND status = 'pending_payment' AND (expires_at IS NULL OR expires_at > greatest($2::timestamptz, created_at + make_interval(mins => $3)))`,
    [ids, now, JOIN_MIN_PAY_MINUTES],
  );
}

/** The owner closes early; closing a closed drop (or one past its cutoff) is CONFLICT and changes nothing. */
export const close = authedAction(dropIdSchema, async (ctx, { dropId }) => {
  const openId = ctx.caller.openId;
  await ctx.db.transaction(async (tx) => {
    const row = await ownedDrop(tx, openId, dropId, true);
    const now = ctx.clock.now();
    if (effectiveStatus(row, now) !== 'open') throw conflict(dropText.alreadyClosed);
    await closeDrops(tx, [row.id], now, now);
  });
  ctx.log.info('drop closed', { dropId });
  return toDrop(ctx.db, (await findDrop(ctx.db, dropId))!, openId, ctx.clock.now());
});
