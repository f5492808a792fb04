import { carrierById, OTHER_CARRIER } from '../../../types/delivery';
import { orderIdSchema, orderShipSchema } from '../../../types/order-schemas';
import { authedAction } from '../runtime/action';
import { queueShippingUpload } from '../shipping/sync';
import { runOrderCommand } from './command';
import { notify } from './notify';

/**
 * `carrier` arrives resolved to a delivery id of types/delivery.ts (or OTHER, with the seller's own name
 * for it). Orders paid with WeChat Pay queue the shipping upload WeChat needs to release the money.
 */
export const ship = authedAction(orderShipSchema, async (ctx, { orderId, carrier: carrierId, carrierName, trackingNo }) =>
  runOrderCommand(ctx, orderId, 'ship', async (tx, row, _role, to, now) => {
    const company = carrierId === OTHER_CARRIER ? null : carrierById(carrierId);
    const carrier = company?.name ?? carrierName ?? carrierId;
    await queueShippingUpload(tx, row, company ? { kind: 'express', company, trackingNo } : null, now);
    await notify(tx, { ...row, status: to }, { message: 'order.shipped', carrier, trackingNo }, 'buyer', now);
    return { set: { carrier, carrier_id: carrierId, tracking_no: trackingNo, shipped_at: now }, note: `${carrier} ${trackingNo}` };
  }),
);

export const confirmReceipt = authedAction(orderIdSchema, async (ctx, { orderId }) =>
  runOrderCommand(ctx, orderId, 'confirmReceipt', async (_tx, _row, _role, _to, now) => ({ set: { completed_at: now } })),
);
