import { UNPAID_TIMEOUT_MINUTES, type PaymentParams } from '../../../types/order';
import { orderIdSchema, orderPaySchema } from '../../../types/order-schemas';
import { domainText } from '../../../types/zh-CN/errors';
import { orderNoteText } from '../../../types/zh-CN/orders';
import { newId } from '../ids';
import * as payments from '../payments/ledger';
import { authedAction } from '../runtime/action';
import { conflict } from '../runtime/errors';
import { findShop } from '../shops/rows';
import { runOrderCommand } from './command';
import { notify } from './notify';

/**
 * `wechat`: records a payment attempt and asks the provider for Taro.requestPayment's parameters; the
 * order stays pending until the callback. `transfer`: the buyer says they have transferred the money;
 * the order waits for the seller to confirm.
 */
export const pay = authedAction(orderPaySchema, async (ctx, { orderId, method }) => {
  let request: { paymentId: string; amountFen: number; subMchId: string; description: string } | null = null;
  const order = await runOrderCommand(ctx, orderId, method === 'wechat' ? 'payWechat' : 'payTransfer', async (tx, row, _role, _to, now) => {
    const paymentId = newId('pay', 18);
    if (method === 'wechat') {
      const shop = await findShop(tx, row.shop_id);
      if (!shop?.wechat_sub_mch_id) throw conflict(domainText.noWechatPay);
      const [first] = await tx.query<{ title: string }>('SELECT title FROM order_items WHERE order_id = $1 ORDER BY line LIMIT 1', [row.id]);
      request = { paymentId, amountFen: row.total_fen, subMchId: shop.wechat_sub_mch_id, description: `${shop.name}-${first?.title ?? ''}` };
    }
    // The merchant is fixed on the payment: its refund goes back through the same merchant even if the
    // shop changes its merchant id meanwhile (cloudPay.refund's sub_mch_id).
    await payments.open(tx, { id: paymentId, orderId: row.id, method, amountFen: row.total_fen, subMchId: request?.subMchId ?? null, at: now });
    if (method === 'transfer') await notify(tx, row, { message: 'order.paid', method }, 'owner', now);
    return { note: method === 'wechat' ? orderNoteText.wechatPayStarted : orderNoteText.transferSent };
  });
  if (!request) return { order, payment: null };
  const req: { paymentId: string; amountFen: number; subMchId: string; description: string } = request;
  const payment: PaymentParams = await ctx.payments.requestPayment({ ...req, orderId, payerOpenId: ctx.caller.openId, at: ctx.clock.now() });
  return { order, payment };
});

export const confirmPaid = authedAction(orderIdSchema, async (ctx, { orderId }) =>
  runOrderCommand(ctx, orderId, 'confirmPaid', async (tx, row, _role, _to, now) => {
    await payments.confirmTransfer(tx, row.id, now);
    await notify(tx, { ...row, status: 'paid' }, { message: 'order.paid', method: 'transfer' }, 'buyer', now);
    return { set: { expires_at: null }, note: orderNoteText.transferConfirmed };
  }),
);

/** The seller did not find the money: the order goes back to unpaid, with a fresh half hour to pay. */
export const rejectPaid = authedAction(orderIdSchema, async (ctx, { orderId }) =>
  runOrderCommand(ctx, orderId, 'rejectPaid', async (tx, row, _role, _to, now) => {
    await payments.rejectTransfer(tx, row.id, now);
    await notify(tx, { ...row, status: 'pending_payment' }, { message: 'order.payment_rejected' }, 'buyer', now);
    return { set: { expires_at: new Date(now.getTime() + UNPAID_TIMEOUT_MINUTES * 60_000) }, note: orderNoteText.transferNotReceived };
  }),
);

