import type { ShippingSync } from '../../../types/delivery';
import type { OrderFulfilment } from '../../../types/drop';
import type { Order, OrderEvent, OrderStatus, Payment, PaymentMethod, PaymentStatus, Refund } from '../../../types/order';
import type { Review } from '../../../types/product';
import type { Queryable } from '../../db/types';
import { shippingSyncsOf } from '../shipping/sync';
import { iso } from '../time';
import { refundsOf } from '../payments/refunds';
import type { OrderRow } from './order-row';

// The row's shape has its own file so the modules that hydrate an order (refunds, shipping syncs) can name it
// without importing this one back.
export type { OrderRow };

export interface OrderItemRow {
  order_id: string;
  line: number;
  product_id: string;
  title: string;
  price_fen: number;
  qty: number;
  image: string | null;
  supply_product_id: string | null;
  supply_price_fen: number | null;
}

export interface PaymentRow {
  id: string;
  order_id: string;
  method: PaymentMethod;
  status: PaymentStatus;
  amount_fen: number;
  provider_ref: string | null;
  created_at: Date;
  paid_at: Date | null;
}

const isoOrNull = (v: Date | null) => (v ? iso(v) : null);

/**
 * Whether an order's pickup code is shown: paid until handed over (an after-sale started before the handing-over
 * too). Before, the buyer has not paid for what the code hands over; once completed, cancelled or refunded —
 * and in an after-sale started after the handing-over — the code is free for another order of the shop again
 * (migration 023's partial index), so it is no longer shown, and typing it finds nothing of this order.
 */
const PICKUP_CODE_SHOWN: ReadonlySet<OrderStatus> = new Set(['paid', 'ready']);
const pickupCodeShown = (r: Pick<OrderRow, 'status' | 'after_sale_from'>) =>
  PICKUP_CODE_SHOWN.has(r.status) || (r.status === 'after_sale' && r.after_sale_from !== null && PICKUP_CODE_SHOWN.has(r.after_sale_from));

export function fulfilmentOf(r: Pick<OrderRow, 'fulfilment_kind' | 'pickup_index'>): OrderFulfilment {
  if (r.fulfilment_kind === 'pickup') return { kind: 'pickup', pickupIndex: r.pickup_index ?? 0 };
  return { kind: r.fulfilment_kind === 'delivery' ? 'delivery' : 'shipping' };
}

/**
 * A reviewer as everyone sees them: the first character of the name they gave and one "*" ("王*"), so
 * friends of the shop see who roughly, and a stranger reading the page learns no full name (issue 13).
 */
export function maskName(name: string): string {
  const first = [...name.trim()][0];
  return first ? `${first}*` : '*';
}

export async function lockOrder(tx: Queryable, id: string): Promise<OrderRow | undefined> {
  const [row] = await tx.query<OrderRow>('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [id]);
  return row;
}

export function toPayment(p: PaymentRow, noteCode: string | null = null): Payment {
  return {
    id: p.id,
    method: p.method,
    status: p.status,
    amountFen: p.amount_fen,
    createdAt: iso(p.created_at),
    paidAt: isoOrNull(p.paid_at),
    transactionId: p.method === 'wechat' && p.status === 'paid' ? p.provider_ref || null : null,
    noteCode: p.method === 'transfer' ? noteCode : null,
  };
}

export interface OrderEventRow {
  order_id: string;
  at: Date | string;
  action: string;
  by_role: OrderEvent['by'];
  from_status: OrderStatus | null;
  to_status: OrderStatus;
  note: string | null;
}

export interface ReviewRow {
  id: string;
  order_id: string;
  rating: number;
  text: string;
  reply: string | null;
  product_id: string | null;
  created_at: Date;
}

/** What an order's answer is made of besides its row: the rows of its related tables (hydrateOrders, order.create). */
export interface OrderRelated {
  items: ReadonlyArray<Pick<OrderItemRow, 'product_id' | 'title' | 'price_fen' | 'qty' | 'image'>>;
  payment: PaymentRow | null;
  events: ReadonlyArray<OrderEventRow>;
  review: ReviewRow | null;
  refunds: Refund[];
  sync: ShippingSync | null;
  shop: { name: string; owner_openid: string } | null;
  /** the supplier's name when the order is a supplier's */
  supplierName: string | null;
}

/** Everything a page shows about orders, in one query per related table (never one per order). */
export async function hydrateOrders(q: Queryable, rows: OrderRow[], viewer: string): Promise<Order[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // One after another: inside a transaction they share one connection, which runs one query at a time.
  const items = await q.query<OrderItemRow>('SELECT * FROM order_items WHERE order_id = ANY($1) ORDER BY order_id, line', [ids]);
  const payments = await q.query<PaymentRow>('SELECT DISTINCT ON (order_id) * FROM payments WHERE order_id = ANY($1) ORDER BY order_id, created_at DESC, id DESC', [ids]);
  const events = await q.query<OrderEventRow>(
    'SELECT * FROM order_events WHERE order_id = ANY($1) ORDER BY order_id, id',
    [ids],
  );
  const reviews = await q.query<ReviewRow>(
    'SELECT id, order_id, rating, text, reply, product_id, created_at FROM reviews WHERE order_id = ANY($1)',
    [ids],
  );
  const refunds = await refundsOf(q, ids);
  const syncBy = await shippingSyncsOf(q, rows.filter((r) => r.shipped_at).map((r) => r.id));
  const shops = await q.query<{ id: string; name: string; owner_openid: string }>('SELECT id, name, owner_openid FROM shops WHERE id = ANY($1)', [
    [...new Set(rows.map((r) => r.shop_id))],
  ]);
  const supplierIds = [...new Set(rows.map((r) => r.supplier_id).filter((id): id is string => id !== null))];
  const suppliers = supplierIds.length ? await q.query<{ id: string; name: string }>('SELECT id, name FROM suppliers WHERE id = ANY($1)', [supplierIds]) : [];
  const group = <T extends { order_id: string }>(list: T[]) => {
    const m = new Map<string, T[]>();
    for (const x of list) m.set(x.order_id, [...(m.get(x.order_id) ?? []), x]);
    return m;
  };
  const itemsBy = group(items);
  const eventsBy = group(events);
  const paymentBy = new Map(payments.map((p) => [p.order_id, p]));
  const reviewBy = new Map(reviews.map((r) => [r.order_id, r]));
  const shopBy = new Map(shops.map((s) => [s.id, s]));
  const supplierBy = new Map(suppliers.map((s) => [s.id, s.name]));

  return rows.map((r) =>
    toOrder(
      r,
      {
        items: itemsBy.get(r.id) ?? [],
        payment: paymentBy.get(r.id) ?? null,
        events: eventsBy.get(r.id) ?? [],
        review: reviewBy.get(r.id) ?? null,
        refunds: refunds.get(r.id) ?? [],
        sync: syncBy.get(r.id) ?? null,
        shop: shopBy.get(r.shop_id) ?? null,
        supplierName: r.supplier_id ? (supplierBy.get(r.supplier_id) ?? '') : null,
      },
      viewer,
    ),
  );
}

/**
 * An order as `viewer` is shown it, from its row and its related rows: the one mapping, used by hydrateOrders
 * (rows read back) and by order.create (the rows its INSERT returned), so the two answers cannot drift apart.
 */
export function toOrder(r: OrderRow, related: OrderRelated, viewer: string): Order {
  const { payment, review, shop } = related;
  return {
    id: r.id,
    shopId: r.shop_id,
    shopName: shop?.name ?? '',
    status: r.status,
    items: related.items.map((i) => ({ productId: i.product_id, title: i.title, priceFen: i.price_fen, qty: i.qty, image: i.image })),
    totalFen: r.total_fen,
    address: r.address,
    note: r.note,
    payment: payment ? toPayment(payment, r.note_code) : null,
    // shown while the order may be paid by transfer: the buyer writes it in the note before tapping 我已转账
    noteCode: r.status === 'pending_payment' || r.status === 'awaiting_confirmation' ? r.note_code : null,
    refunds: related.refunds,
    shipment:
      r.shipped_at && r.carrier && r.tracking_no
        ? {
            carrier: r.carrier,
            carrierId: r.carrier_id,
            trackingNo: r.tracking_no,
            shippedAt: iso(r.shipped_at),
            wechatSync: shop?.owner_openid === viewer ? related.sync : null,
          }
        : null,
    afterSale:
      r.after_sale_type && r.after_sale_status && r.after_sale_requested_at && r.after_sale_due_by
        ? {
            type: r.after_sale_type,
            reason: r.after_sale_reason ?? '',
            status: r.after_sale_status,
            note: r.after_sale_note,
            requestedAt: iso(r.after_sale_requested_at),
            resolvedAt: isoOrNull(r.after_sale_resolved_at),
            dueBy: iso(r.after_sale_due_by),
            overdue: r.after_sale_overdue_at !== null,
            amountFen: Number(r.after_sale_amount_fen ?? 0),
            items: r.after_sale_items ?? [],
            photos: r.after_sale_photos ?? [],
            returnAddress: r.return_address,
            returnShipment:
              r.return_shipped_at && r.return_carrier && r.return_carrier_id && r.return_tracking_no
                ? { carrier: r.return_carrier, carrierId: r.return_carrier_id, trackingNo: r.return_tracking_no, shippedAt: iso(r.return_shipped_at) }
                : null,
            shipBackBy: isoOrNull(r.return_ship_by),
            confirmBy: isoOrNull(r.return_confirm_by),
          }
        : null,
    review: review
      ? ({
          id: review.id,
          orderId: review.order_id,
          rating: review.rating,
          text: review.text,
          reply: review.reply,
          createdAt: iso(review.created_at),
          reviewerName: maskName(r.address.name),
          purchasedAt: iso(r.created_at),
          productId: review.product_id,
          wholeOrder: review.product_id === null && new Set(related.items.map((i) => i.product_id)).size > 1,
        } satisfies Review)
      : null,
    timeline: related.events.map((e) => ({ at: iso(e.at), action: e.action, by: e.by_role, from: e.from_status, to: e.to_status, note: e.note })),
    expiresAt: r.status === 'pending_payment' ? isoOrNull(r.expires_at) : null,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    viewerIsOwner: shop?.owner_openid === viewer,
    fulfiller: r.supplier_id
      ? { kind: 'supplier', supplierId: r.supplier_id, supplierName: related.supplierName ?? '' }
      : { kind: 'shop', supplierId: null, supplierName: null },
    dropId: r.drop_id ?? null,
    fulfilment: fulfilmentOf(r),
    // the code hands the goods over: nobody is shown it before the order is paid (the buyer, then, and the seller)
    pickupCode: r.pickup_code && pickupCodeShown(r) ? r.pickup_code : null,
    readyAt: isoOrNull(r.ready_at ?? null),
  };
}

export async function loadOrder(q: Queryable, id: string, viewer: string): Promise<Order> {
  const rows = await q.query<OrderRow>('SELECT * FROM orders WHERE id = $1', [id]);
  const [order] = await hydrateOrders(q, rows, viewer);
  return order;
}
