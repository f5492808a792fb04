import { z } from 'zod';
import { domainText, fieldText } from '../../../types/zh-CN/errors';
import { orderNoteText } from '../../../types/zh-CN/orders';
import { transfersText } from '../../../types/zh-CN/transfers';
import { optionalText, requiredId } from '../../../types/validation';
import { authedAction } from '../runtime/action';
import { conflict, forbidden, notFound } from '../runtime/errors';
import { recordEvent, roleOf } from './command';
import { notify } from './notify';
import { owedFen, settleTransferRefunds } from '../payments/refunds';
import { loadOrder, lockOrder } from './rows';

export const orderRefundSentSchema = z.object({ orderId: requiredId(fieldText.orderId), note: optionalText(fieldText['refundSent.note'], 200) });

/**
 * The seller says they sent a transfer's refund back by hand: every pending transfer refund of the order
 * is done now, with their note, and the buyer is told how much. An order in after-sale becomes refunded
 * only when everything it was paid is back for good (issue 13: a transfer refund no longer pretends).
 */
export const refundSent = authedAction(orderRefundSentSchema, async (ctx, { orderId, note }) =>
  ctx.db.transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    const role = order ? await roleOf(tx, order, ctx.caller.openId) : null;
    if (!order || !role) throw notFound(domainText.orderNotFound);
    if (role !== 'owner') throw forbidden(domainText.notYourOrderAction);
    const now = ctx.clock.now();
    const sent = await settleTransferRefunds(tx, order.id, note ?? null, now);
    if (sent.length === 0) throw conflict(transfersText.noTransferRefundPending);
    const amountFen = sent.reduce((sum, fen) => sum + fen, 0);
    const owed = await owedFen(tx, order.id);
    const allBack = owed.pendingFen === 0 && owed.doneFen >= owed.paidFen;
    // An after-sale refund that gave back everything now is what `refunded` means; a cancelled order stays cancelled.
    const refundedAfterSale = order.after_sale_status !== null && !['requested', 'rejected', 'closed'].includes(order.after_sale_status);
    const to = order.status !== 'cancelled' && order.status !== 'refunded' && refundedAfterSale && allBack ? 'refunded' : order.status;
    if (to !== order.status) await tx.query('UPDATE orders SET status = $2, updated_at = $3 WHERE id = $1', [order.id, to, now]);
    await recordEvent(tx, order.id, now, 'refundSent', 'owner', order.status, to, note ?? orderNoteText.refundSent((amountFen / 100).toFixed(2)));
    await notify(tx, { ...order, status: to }, { message: 'order.refund_sent', amountFen, note: note ?? null }, 'buyer', now);
    return loadOrder(tx, order.id, ctx.caller.openId);
  }),
);
