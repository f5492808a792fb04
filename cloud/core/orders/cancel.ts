import { orderCancelSchema } from '../../../types/order-schemas';
import { authedAction } from '../runtime/action';
import { runOrderCommand } from './command';
import { notify } from './notify';
import { refundReceived } from './refunds';
import { releaseStock } from './stock';

/**
 * Before shipping, either side may cancel: stock returns, and every payment received and not yet
 * given back goes back, each as its own refund (WeChat Pay by itself, a transfer by the seller).
 */
export const cancel = authedAction(orderCancelSchema, async (ctx, { orderId, reason }) =>
  runOrderCommand(ctx, orderId, 'cancel', async (tx, row, role, to, now) => {
    await releaseStock(tx, row.id);
    await tx.query(`UPDATE payments SET status = 'rejected', updated_at = $2 WHERE order_id = $1 AND status IN ('requested', 'awaiting_confirmation')`, [row.id, now]);
    const refunded = (await refundReceived(tx, row, 'cancel', now)).length > 0;
    await notify(tx, { ...row, status: to }, { message: 'order.cancelled', by: role, reason: reason ?? null, refunded }, role === 'buyer' ? 'owner' : 'buyer', now);
    return { set: { cancelled_at: now, cancel_reason: reason ?? null, expires_at: null }, note: reason ?? null };
  }),
);
