import { AFTER_SALE_RESPONSE_HOURS } from '../../../types/order';
import { orderAfterSaleSchema, orderResolveSchema } from '../../../types/order-schemas';
import { authedAction } from '../runtime/action';
import { runOrderCommand } from './command';
import { notify } from './notify';
import { refundReceived } from './refunds';
import { releaseStock } from './stock';

export const requestAfterSale = authedAction(orderAfterSaleSchema, async (ctx, { orderId, type, reason }) =>
  runOrderCommand(ctx, orderId, 'requestAfterSale', async (tx, row, _role, to, now) => {
    await notify(tx, { ...row, status: to }, { message: 'order.after_sale_requested', type, reason }, 'owner', now);
    return {
      set: {
        after_sale_type: type,
        after_sale_reason: reason,
        after_sale_status: 'requested',
        after_sale_note: null,
        after_sale_from: row.status,
        after_sale_requested_at: now,
        after_sale_due_by: new Date(now.getTime() + AFTER_SALE_RESPONSE_HOURS * 3_600_000),
        after_sale_resolved_at: null,
        after_sale_overdue_at: null,
      },
      note: reason,
    };
  }),
);

/**
 * Approve: the money goes back, each payment as its own refund; the goods' stock returns for a return, or when they never left
 * (a refund before shipping). Reject: the order returns to where it was, with the seller's note.
 */
export const resolveAfterSale = authedAction(orderResolveSchema, async (ctx, { orderId, approve, note }) =>
  runOrderCommand(ctx, orderId, approve ? 'approveAfterSale' : 'rejectAfterSale', async (tx, row, _role, to, now) => {
    let refundFen = 0;
    if (approve) {
      if (row.after_sale_type === 'return' || row.after_sale_from === 'paid') await releaseStock(tx, row.id);
      // Every payment received and not yet given back (a surplus one was already).
      refundFen = (await refundReceived(tx, row, 'after_sale', now)).reduce((sum, r) => sum + Number(r.amount_fen), 0);
    }
    await notify(tx, { ...row, status: to }, { message: 'order.after_sale_resolved', approve, note: note ?? null, refundFen }, 'buyer', now);
    return { set: { after_sale_status: approve ? 'approved' : 'rejected', after_sale_note: note ?? null, after_sale_resolved_at: now }, note: note ?? null };
  }),
);
