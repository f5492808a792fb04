import { carrierById, OTHER_CARRIER } from '../../../types/delivery';
import { orderIdSchema, orderShipSchema } from '../../../types/order-schemas';
import { authedAction } from '../runtime/action';
import { queueShippingUpload } from '../shipping/sync';
import { loadSupplierOrder } from '../supply/orders';
import { runOrderCommand } from './command';
import { notify } from './notify';
import { loadOrder } from './rows';

/**
 * `carrier` arrives resolved to a delivery id of types/delivery.ts (or OTHER, with the seller's own name
 * for it). Orders paid with WeChat Pay queue the shipping upload WeChat needs to release the money.
 * A supplier's order is shipped by its supplier (issue 16) the same way: the upload is about the buyer's
 * payment, which went to the seller's merchant, so it is sent for that merchant whoever packed the parcel
 * (https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_uploadshippinginfo: order_key names the
 * payment — 支付下单商户的商户号 mchid + out_trade_no, or transaction_id — and payer.openid the buyer; nothing names who shipped).
 * The supplier is answered with its own view of the order (never the buyer's identity or what they paid).
 */
export const ship = authedAction(orderShipSchema, async (ctx, { orderId, carrier: carrierId, carrierName, trackingNo }) =>
  runOrderCommand(ctx, orderId, 'ship', async (tx, row, _role, to, now) => {
    const company = carrierId === OTHER_CARRIER ? null : carrierById(carrierId);
    const carrier = company?.name ?? carrierName ?? carrierId;
    await queueShippingUpload(tx, row, company ? { kind: 'express', company, trackingNo } : null, now);
    await notify(tx, { ...row, status: to }, { message: 'order.shipped', carrier, trackingNo }, 'buyer', now);
    return { set: { carrier, carrier_id: carrierId, tracking_no: trackingNo, shipped_at: now }, note: `${carrier} ${trackingNo}` };
  }, async (tx, id, role) => (role === 'supplier' ? loadSupplierOrder(tx, id) : loadOrder(tx, id, ctx.caller.openId))),
);

export const confirmReceipt = authedAction(orderIdSchema, async (ctx, { orderId }) =>
  runOrderCommand(ctx, orderId, 'confirmReceipt', async (_tx, _row, _role, _to, now) => ({ set: { completed_at: now } })),
);
