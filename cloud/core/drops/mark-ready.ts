import { dropMarkReadySchema } from '../../../types/drop';
import { dropJoinText } from '../../../types/zh-CN/drop-join';
import { applyTransition } from '../orders/command';
import { noticeBatch } from '../orders/notify';
import { queueHandoverUpload } from '../orders/pickup';
import type { OrderRow } from '../orders/rows';
import { authedAction } from '../runtime/action';
import { badInput } from '../runtime/errors';
import { ownedDrop } from './access';

/**
 * 到货了 for one pickup point: every paid pickup order of the drop at that point becomes ready (ready_at now),
 * each with its timeline event, its shipping upload to WeChat (用户自提, once per order: orders/pickup.ts) and an
 * 订单状态 message to its buyer, their consent permitting (a buyer with none left still sees it on the order).
 * Unpaid joins stay as they are (nobody hands over an unpaid order), and so do orders in after-sale. Saying it
 * twice moves nothing the second time: { moved: 0 }. Delivery orders have no point: the seller completes them
 * with the buyer's code at the door (order.verifyPickup, straight from paid).
 * The drop's row is locked first, as joining locks it, so no join of the drop interleaves.
 */
export const markReady = authedAction(dropMarkReadySchema, async (ctx, { dropId, pickupIndex }) => {
  const openId = ctx.caller.openId;
  const moved = await ctx.db.transaction(async (tx) => {
    const drop = await ownedDrop(tx, openId, dropId, true);
    const point = drop.fulfilment.pickup[pickupIndex];
    if (!point) throw badInput({ pickupIndex: dropJoinText.pickupPointMissing }, dropJoinText.pickupPointMissing);
    const now = ctx.clock.now();
    // by id: the order every sweep locks orders in
    const orders = await tx.query<OrderRow>(
      `SELECT * FROM orders WHERE drop_id = $1 AND fulfilment_kind = 'pickup' AND pickup_index = $2 AND status = 'paid' ORDER BY id FOR UPDATE`,
      [drop.id, pickupIndex],
    );
    const notices = noticeBatch(tx, now);
    for (const o of orders) {
      const after = await applyTransition(tx, o, 'markReady', 'owner', 'ready', now, { set: { ready_at: now }, note: point.name });
      await queueHandoverUpload(tx, after, now);
      await notices.add(after, { message: 'order.ready', point: point.name }, 'buyer');
    }
    await notices.flush();
    return orders.length;
  });
  ctx.log.info('drop point ready', { dropId, pickupIndex, moved });
  return { moved };
});

