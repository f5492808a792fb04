import type { ShippingSync } from '../../../types/delivery';
import type { Queryable } from '../../db/types';
import { iso } from '../time';
import type { OrderRow } from '../orders/order-row';
import { buildShippingUpload, SHIPPING_UPLOAD_KIND, type Fulfilment, type ShippingUploadPayload } from './request';

/**
 * The WeChat payment whose money the shipment releases: received and not given back. Transfers have
 * nothing frozen at WeChat, and a WeChat payment refunded as surplus (the order was already paid)
 * cannot be shipped — WeChat answers 10060004 支付单处于不可发货的状态.
 */
async function keptWechatPayment(tx: Queryable, orderId: string) {
  const [p] = await tx.query<{ id: string; provider_ref: string | null; sub_mch_id: string | null }>(
    `SELECT p.id, p.provider_ref, p.sub_mch_id FROM payments p
      WHERE p.order_id = $1 AND p.method = 'wechat' AND p.status = 'paid'
        AND NOT EXISTS (SELECT 1 FROM refunds r WHERE r.payment_id = p.id)
      ORDER BY p.paid_at, p.id LIMIT 1`,
    [orderId],
  );
  return p;
}

/**
 * In the shipping transaction: queues the upload of the order's shipping information to WeChat (the
 * outbox message holds the request exactly as it will be sent, so the sandbox's /api/dev/outbox shows
 * it), and records which message it is. `fulfilment` null = a carrier outside WeChat's list as we
 * know it: nothing to send, the seller enters it by hand. Orders not paid with WeChat Pay get nothing.
 */
export async function queueShippingUpload(tx: Queryable, order: OrderRow, fulfilment: Fulfilment | null, at: Date): Promise<void> {
  const payment = await keptWechatPayment(tx, order.id);
  if (!payment) return;
  const items = await tx.query<{ title: string; qty: number }>('SELECT title, qty FROM order_items WHERE order_id = $1 ORDER BY line', [order.id]);
  const request = fulfilment
    ? buildShippingUpload({
        payment: { outTradeNo: payment.id, transactionId: payment.provider_ref || null, mchId: payment.sub_mch_id },
        payerOpenId: order.buyer_openid,
        items,
        receiverPhone: order.address.phone,
        fulfilment,
        at,
      })
    : null;
  let outboxId: string | null = null;
  if (request) {
    const payload: ShippingUploadPayload = { orderId: order.id, paymentId: payment.id, request };
    const [row] = await tx.query<{ id: string | number }>('INSERT INTO outbox (kind, to_openid, payload, created_at) VALUES ($1, $2, $3, $4) RETURNING id', [
      SHIPPING_UPLOAD_KIND,
      order.buyer_openid,
      JSON.stringify(payload),
      at,
    ]);
    outboxId = String(row.id);
  }
  await tx.query('INSERT INTO shipping_syncs (order_id, payment_id, outbox_id, created_at) VALUES ($1, $2, $3, $4)', [order.id, payment.id, outboxId, at]);
}

/** Whether WeChat has each order's shipping information, as the seller sees it (orders without an upload are absent). */
export async function shippingSyncsOf(q: Queryable, orderIds: string[]): Promise<Map<string, ShippingSync>> {
  if (orderIds.length === 0) return new Map();
  const rows = await q.query<{ order_id: string; outbox_id: string | number | null; found: boolean | null; delivered_at: Date | null; last_error: string | null }>(
    `SELECT s.order_id, s.outbox_id, m.id IS NOT NULL AS found, m.delivered_at, m.last_error
       FROM shipping_syncs s LEFT JOIN outbox m ON m.id = s.outbox_id
      WHERE s.order_id = ANY($1)`,
    [orderIds],
  );
  return new Map(
    rows.map((r): [string, ShippingSync] => {
      if (r.outbox_id === null) return [r.order_id, { status: 'manual', error: null, syncedAt: null }];
      // Nothing prunes the outbox today; should delivered messages ever be pruned, a missing one was delivered.
      if (!r.found) return [r.order_id, { status: 'synced', error: null, syncedAt: null }];
      if (r.delivered_at) return [r.order_id, { status: 'synced', error: null, syncedAt: iso(r.delivered_at) }];
      return [r.order_id, r.last_error ? { status: 'failed', error: r.last_error, syncedAt: null } : { status: 'pending', error: null, syncedAt: null }];
    }),
  );
}
