import { orderCancelSchema } from '../../../types/order-schemas';
import { transfersText } from '../../../types/zh-CN/transfers';
import * as payments from '../payments/ledger';
import { authedAction } from '../runtime/action';
import { conflict } from '../runtime/errors';
import { withheld } from '../../../types/rules/order-machine';
import { runOrderCommand } from './command';
import { notify } from './notify';
import { refundReceived } from '../payments/refunds';
import { releaseStock } from './stock';

/**
 * Before shipping, either side may cancel: stock returns, and every payment received and not yet
 * given back goes back, each as its own refund (WeChat Pay by itself, a transfer by the seller).
 */
export const cancel = authedAction(orderCancelSchema, async (ctx, { orderId, reason }) =>
  runOrderCommand(ctx, orderId, 'cancel', async (tx, row, role, to, now) => {
    // The buyer said the money is on its way: cancelling now would leave it with the seller and nobody
    // told to return it (issue 13). They ask for a refund once the seller has confirmed it arrived.
    if (withheld(row.status, 'cancel', role)) throw conflict(transfersText.cancelAfterTransfer, { reason: 'transfer_awaiting_confirmation' });
    await releaseStock(tx, row.id);
    await payments.abandonOpen(tx, row.id, now);
    const refunded = (await refundReceived(tx, row, 'cancel', now)).length > 0;
    await notify(tx, { ...row, status: to }, { message: 'order.cancelled', by: role === 'buyer' ? 'buyer' : 'owner', reason: reason ?? null, refunded }, role === 'buyer' ? 'owner' : 'buyer', now);
    return { set: { cancelled_at: now, cancel_reason: reason ?? null, expires_at: null }, note: reason ?? null };
  }),
);
