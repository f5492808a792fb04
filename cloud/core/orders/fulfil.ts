import { orderIdSchema, orderShipSchema } from '../../../types/order-schemas';
import { authedAction } from '../runtime/action';
import { enqueue } from '../outbox';
import { runOrderCommand } from './command';
import { notify } from './notify';

export const ship = authedAction(orderShipSchema, async (ctx, { orderId, carrier, trackingNo }) =>
  runOrderCommand(ctx, orderId, 'ship', async (tx, row, _role, to, now) => {
    const [payment] = await tx.query<{ id: string; method: string }>(`SELECT id, method FROM payments WHERE order_id = $1 AND status = 'paid' LIMIT 1`, [row.id]);
    // WeChat's rules for trading mini programs: orders paid with WeChat Pay report their shipping.
    if (payment?.method === 'wechat') {
      await enqueue(tx, { kind: 'wxa.uploadShippingInfo', toOpenId: row.buyer_openid, payload: { outTradeNo: payment.id, orderId: row.id, carrier, trackingNo }, at: now });
    }
    await notify(tx, { ...row, status: to }, { message: 'order.shipped', carrier, trackingNo }, 'buyer', now);
    return { set: { carrier, tracking_no: trackingNo, shipped_at: now }, note: `${carrier} ${trackingNo}` };
  }),
);

export const confirmReceipt = authedAction(orderIdSchema, async (ctx, { orderId }) =>
  runOrderCommand(ctx, orderId, 'confirmReceipt', async (_tx, _row, _role, _to, now) => ({ set: { completed_at: now } })),
);
