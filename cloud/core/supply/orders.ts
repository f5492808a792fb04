import type { OrderStatus } from '../../../types/order';
import { supplyOrdersSchema, type SupplierOrder, type SupplierOrderPage, type SupplierOrderStatus } from '../../../types/supply';
import type { Queryable } from '../../db/types';
import type { OrderRow } from '../orders/order-row';
import { authedAction } from '../runtime/action';
import { decodeKeyset, encodeKeyset } from '../runtime/cursor';
import { iso } from '../time';
import { callerSupplier } from './access';

const PAGE = 20;

/**
 * Orders a supplier sees: its own, once paid. An unpaid one (pending_payment, awaiting_confirmation) is not its to
 * ship yet, and one cancelled before payment never was; the `paid` event (WeChat's callback or the seller's
 * confirmation of a transfer) is what makes an order real to the supplier.
 */
export const PAST_PAYMENT = `o.status NOT IN ('pending_payment', 'awaiting_confirmation')
  AND EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.to_status = 'paid')`;

/**
 * The supplier's view of orders: where to send them, what and how many, what the seller owes per piece, and which
 * shop sold them. Deliberately not the buyer's openid, what the friend paid, the payment or the timeline
 * (CONTRACT.md Additions `supply`: the buyer's identity never reaches the supplier beyond the shipping address).
 */
export async function toSupplierOrders(q: Queryable, rows: OrderRow[]): Promise<SupplierOrder[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const items = await q.query<{ order_id: string; supply_product_id: string; title: string; qty: number; supply_price_fen: number; image: string | null; ship_within_hours: number }>(
    `SELECT i.order_id, i.supply_product_id, i.title, i.qty, i.supply_price_fen, i.image, sp.ship_within_hours
       FROM order_items i JOIN supply_products sp ON sp.id = i.supply_product_id
      WHERE i.order_id = ANY($1) ORDER BY i.order_id, i.line`,
    [ids],
  );
  const paid = await q.query<{ order_id: string; at: Date }>(`SELECT order_id, min(at) AS at FROM order_events WHERE order_id = ANY($1) AND to_status = 'paid' GROUP BY order_id`, [ids]);
  const shops = await q.query<{ id: string; name: string }>('SELECT id, name FROM shops WHERE id = ANY($1)', [[...new Set(rows.map((r) => r.shop_id))]]);
  const paidAt = new Map(paid.map((p) => [p.order_id, new Date(p.at)]));
  const shopName = new Map(shops.map((s) => [s.id, s.name]));
  return rows.map((r) => {
    const lines = items.filter((i) => i.order_id === r.id);
    const paidOn = paidAt.get(r.id) ?? null;
    // The promise is the strictest of its lines: the order ships as one parcel.
    const within = lines.length ? Math.min(...lines.map((l) => l.ship_within_hours)) : null;
    return {
      id: r.id,
      shopId: r.shop_id,
      shopName: shopName.get(r.shop_id) ?? '',
      status: r.status,
      items: lines.map((l) => ({ supplyProductId: l.supply_product_id, title: l.title, qty: l.qty, supplyPriceFen: l.supply_price_fen, image: l.image })),
      address: r.address,
      note: r.note,
      shipment:
        r.shipped_at && r.carrier && r.tracking_no
          ? // whether WeChat has the shipment is the seller's business: the upload runs as the seller's merchant
            { carrier: r.carrier, carrierId: r.carrier_id, trackingNo: r.tracking_no, shippedAt: iso(r.shipped_at), wechatSync: null }
          : null,
      paidAt: paidOn ? iso(paidOn) : null,
      shipBy: paidOn && within !== null ? iso(new Date(paidOn.getTime() + within * 3_600_000)) : null,
      createdAt: iso(r.created_at),
    };
  });
}

export async function loadSupplierOrder(q: Queryable, orderId: string): Promise<SupplierOrder> {
  const rows = await q.query<OrderRow>('SELECT * FROM orders WHERE id = $1', [orderId]);
  const [order] = await toSupplierOrders(q, rows);
  return order;
}

/** The supplier's queue: its paid-and-after orders, newest first, keyset-paged so a page never repeats or skips one. */
export const orders = authedAction(supplyOrdersSchema, async (ctx, { status, cursor }): Promise<SupplierOrderPage> => {
  const supplier = await callerSupplier(ctx.db, ctx.caller.openId);
  const after = decodeKeyset(cursor);
  const params: unknown[] = [supplier.id];
  let where = `o.supplier_id = $1 AND ${PAST_PAYMENT}`;
  if (status) {
    params.push(status);
    where += ` AND o.status = $${params.length}`;
  }
  if (after) {
    params.push(after.at, after.id);
    where += ` AND (o.created_at, o.id) < ($${params.length - 1}, $${params.length})`;
  }
  const rows = await ctx.db.query<OrderRow>(`SELECT o.* FROM orders o WHERE ${where} ORDER BY o.created_at DESC, o.id DESC LIMIT ${PAGE + 1}`, params);
  const page = rows.slice(0, PAGE);
  const counts = await ctx.db.query<{ status: OrderStatus; n: number }>(
    `SELECT o.status, count(*)::int AS n FROM orders o WHERE o.supplier_id = $1 AND ${PAST_PAYMENT} GROUP BY o.status`,
    [supplier.id],
  );
  const last = page[page.length - 1];
  return {
    orders: await toSupplierOrders(ctx.db, page),
    nextCursor: rows.length > PAGE ? encodeKeyset(new Date(last.created_at), last.id) : null,
    counts: Object.fromEntries(counts.map((c) => [c.status as SupplierOrderStatus, c.n])),
  };
});
