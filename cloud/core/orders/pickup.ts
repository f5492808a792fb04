import { randomInt } from 'node:crypto';
import { PICKUP_CODE_LENGTH } from '../../../types/drop';
import { withCheckDigit } from '../../../types/rules/pickup-code';
import { orderVerifyPickupSchema } from '../../../types/order-schemas';
import { dropJoinText } from '../../../types/zh-CN/drop-join';
import type { Queryable } from '../../db/types';
import { callerShop } from '../drops/access';
import { authedAction } from '../runtime/action';
import { notFound } from '../runtime/errors';
import { queueShippingUpload } from '../shipping/sync';
import { runOrderCommand, wayOf } from './command';
import { sample } from './note-code';
import type { OrderRow } from './rows';

/**
 * Orders whose pickup code must stay unique within the shop (migration 023's partial unique index): those that
 * may still hand goods over. An after-sale started from paid or ready may go back there; one started from
 * completed never hands anything over again, and its code may already be a newer order's.
 */
export const OPEN_FOR_PICKUP = `(status IN ('pending_payment', 'awaiting_confirmation', 'paid', 'ready') OR (status = 'after_sale' AND after_sale_from IN ('paid', 'ready')))`;

/** Orders whose buyer has been shown their code (rows.ts): paid, and not yet handed over. */
const SHOWN_PICKUP_CODE = `(status IN ('paid', 'ready') OR (status = 'after_sale' AND after_sale_from IN ('paid', 'ready')))`;

const BODY_LENGTH = PICKUP_CODE_LENGTH - 1;
const BODY_SPACE = 10 ** BODY_LENGTH;
const CANDIDATES = 16;
const codeOf = (body: number) => withCheckDigit(String(body).padStart(BODY_LENGTH, '0'));

/**
 * Codes to offer order.create's INSERT for a pickup or delivery order's code, given at creation: the buyer sees it
 * only once paid (rows.ts), but holding it from the start leaves the payment paths (WeChat's callback, the
 * seller's transfer check) untouched, and a cancelled join frees it at once (the index is partial).
 *
 * Codes are the 100,000 whose last digit checks the first five (types/rules/pickup-code.ts): a mistyped digit
 * is refused before it can find another friend's order.
 *
 * As with note codes (note-code.ts), the INSERT takes the first candidate no open order of the shop holds and
 * migration 023's unique index settles a race (ON CONFLICT, then new candidates), so a shop's orders never wait
 * for each other's codes. A few random candidates first; `dense` (they were all taken: a shop with a large share
 * of the space open) reads the shop's taken codes and offers free ones only. Random, so that a code just handed
 * over is not at once the next buyer's.
 */
export async function pickupCodeCandidates(tx: Queryable, shopId: string, dense: boolean): Promise<string[]> {
  if (!dense) return Array.from({ length: CANDIDATES }, () => codeOf(randomInt(BODY_SPACE)));
  const used = new Set(
    (await tx.query<{ pickup_code: string }>(`SELECT pickup_code FROM orders WHERE shop_id = $1 AND ${OPEN_FOR_PICKUP} AND pickup_code IS NOT NULL`, [shopId])).map(
      (r) => r.pickup_code,
    ),
  );
  return sample(
    Array.from({ length: BODY_SPACE }, (_, b) => codeOf(b)).filter((c) => !used.has(c)),
    CANDIDATES,
  );
}

/**
 * The first handing-over of a pickup or delivery order tells WeChat, so that WeChat Pay releases the money
 * (https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_uploadshippinginfo:
 * logistics_type 2 同城配送, 4 用户自提; shipping_list still holds one entry, with item_desc only — no tracking number
 * or carrier for these). It is sent once per order: the doc counts a second upload for a paid order as 重新发货,
 * allowed once. markReady sends it (the goods are at the point: WeChat then asks the buyer to confirm receipt);
 * verifyPickup sends it for an order handed over straight from paid.
 */
export async function queueHandoverUpload(tx: Queryable, order: OrderRow, at: Date): Promise<void> {
  const [done] = await tx.query('SELECT 1 FROM shipping_syncs WHERE order_id = $1', [order.id]);
  if (done) return;
  const way = wayOf(order);
  if (way === 'shipping') return;
  await queueShippingUpload(tx, order, { kind: way === 'pickup' ? 'pickup' : 'local' }, at);
}

/**
 * The seller types or scans the buyer's code: the caller's shop (by openid, never an id sent) hands over its
 * paid or ready order with that code — of the drop `dropId` when the drop's page sends it, so a code of another
 * drop is not handed over there. A code no such order holds is NOT_FOUND — so is one of an unpaid order (its
 * buyer has not been shown it) and one of a completed order (its code may come round again). A code whose check
 * digit is wrong never gets here (BAD_INPUT, orderVerifyPickupSchema).
 */
export const verifyPickup = authedAction(orderVerifyPickupSchema, async (ctx, { code, dropId }) => {
  const shop = await callerShop(ctx.db, ctx.caller.openId);
  const [found] = await ctx.db.query<{ id: string }>(
    `SELECT id FROM orders WHERE shop_id = $1 AND pickup_code = $2 AND ${SHOWN_PICKUP_CODE} AND ($3::text IS NULL OR drop_id = $3)`,
    [shop.id, code, dropId ?? null],
  );
  if (!found) throw notFound(dropJoinText.codeNotFound);
  return runOrderCommand(ctx, found.id, 'verifyPickup', async (tx, row, _role, _to, now) => {
    // re-read under the order's lock: a code read before it may have been handed over or cancelled since
    if (row.pickup_code !== code) throw notFound(dropJoinText.codeNotFound);
    await queueHandoverUpload(tx, row, now);
    // shipped_at is when the goods left the seller's hands: a refund after it gives stock back only for pieces
    // returned (after-sale.ts sendRefund), as for a parcel — the friend has the honey, it is not the shop's to sell again
    return { set: { completed_at: now, shipped_at: now }, note: code };
  });
});
