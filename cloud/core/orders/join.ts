import type { OrderFulfilment } from '../../../types/drop';
import { UNPAID_TIMEOUT_MINUTES } from '../../../types/order';
import { dropJoinText } from '../../../types/zh-CN/drop-join';
import type { Queryable } from '../../db/types';
import type { ProductRow } from '../catalog/rows';
import { JOINED } from '../drops/joined';
import { effectiveStatus, type DropRow } from '../drops/rows';
import { AppError, badInput, conflict, notFound } from '../runtime/errors';

export interface Join {
  dropId: string;
  closesAt: Date;
  /** the buyer's order with the same idempotency key, committed while this request waited for the drop's lock */
  existingOrderId?: string;
}

/**
 * An unpaid join's deadline: the usual 30 minutes, cut to the drop's cutoff so a join does not outlast its drop
 * by long — but never below JOIN_MIN_PAY_MINUTES, so a friend joining in the last minutes still has the time a
 * WeChat payment (and its callback) takes. Closing the drop keeps that floor too (drops/close.ts).
 */
export const JOIN_MIN_PAY_MINUTES = 10;
export function joinExpiry(now: Date, closesAt: Date): Date {
  const t = now.getTime();
  return new Date(Math.min(t + UNPAID_TIMEOUT_MINUTES * 60_000, Math.max(closesAt.getTime(), t + JOIN_MIN_PAY_MINUTES * 60_000)));
}

interface JoinInput {
  dropId: string;
  /** the order's shop: a drop of another shop is NOT_FOUND, as an unknown id is */
  shopId: string;
  buyer: string;
  fulfilment: OrderFulfilment;
  qtyByProduct: ReadonlyMap<string, number>;
  products: readonly ProductRow[];
  /** read once the drop's lock is held: a join that waited for it past the cutoff is too late */
  now: () => Date;
  /** the buyer's key: looked up again under the lock (a double tap's first request may have committed meanwhile) */
  idempotencyKey: string;
}

/**
 * The drop's rules for one join, checked under the drop's row lock (FOR UPDATE, held until the order commits):
 * open, of the order's shop, only its products, a way it offers, and per product the buyer's pieces in the
 * drop — every earlier join of theirs not cancelled or refunded, unpaid ones too, as the drop's page counts
 * them — plus this one within limitPerBuyer. Since every join of one drop takes this lock first, two joins of
 * the same buyer cannot both count the pieces before the other's order exists (the 200-buyer race test).
 *
 * Over the limit is CONFLICT with `details.remaining`: the pieces the buyer may still take of the first product
 * over its limit (a number, what the friend's page shows: 你最多还能跟 N 件), `details.productId` that product,
 * and `details.remainingByProduct` { productId: n } for every product of the order over its limit.
 */
export async function checkJoin(tx: Queryable, input: JoinInput): Promise<Join> {
  const [drop] = await tx.query<Pick<DropRow, 'id' | 'shop_id' | 'status' | 'closes_at' | 'fulfilment'>>(
    'SELECT id, shop_id, status, closes_at, fulfilment FROM drops WHERE id = $1 FOR UPDATE',
    [input.dropId],
  );
  if (!drop || drop.shop_id !== input.shopId) throw notFound(dropJoinText.dropNotFound);
  const [same] = await tx.query<{ id: string }>('SELECT id FROM orders WHERE buyer_openid = $1 AND idempotency_key = $2', [input.buyer, input.idempotencyKey]);
  if (same) return { dropId: drop.id, closesAt: new Date(drop.closes_at), existingOrderId: same.id };
  if (effectiveStatus(drop, input.now()) !== 'open') throw conflict(dropJoinText.dropClosed, { reason: 'drop_closed' });

  const items = await tx.query<{ product_id: string; limit_per_buyer: number }>('SELECT product_id, limit_per_buyer FROM drop_items WHERE drop_id = $1', [drop.id]);
  const limitOf = new Map(items.map((i) => [i.product_id, i.limit_per_buyer]));
  if ([...input.qtyByProduct.keys()].some((id) => !limitOf.has(id))) throw badInput({ items: dropJoinText.notInDrop });

  const f = input.fulfilment;
  const offered = f.kind === 'pickup' ? f.pickupIndex < drop.fulfilment.pickup.length : drop.fulfilment[f.kind];
  if (!offered) {
    const message = f.kind === 'pickup' ? dropJoinText.pickupPointMissing : dropJoinText.wayNotOffered;
    throw new AppError('BAD_INPUT', message, { fields: { fulfilment: message } });
  }

  const held = await tx.query<{ product_id: string; qty: number }>(
    `SELECT i.product_id, sum(i.qty)::int AS qty FROM orders o JOIN order_items i ON i.order_id = o.id
      WHERE o.drop_id = $1 AND o.buyer_openid = $2 AND ${JOINED} GROUP BY i.product_id`,
    [drop.id, input.buyer],
  );
  const heldOf = new Map(held.map((h) => [h.product_id, h.qty]));
  const remainingByProduct: Record<string, number> = {};
  for (const [productId, qty] of input.qtyByProduct) {
    const remaining = Math.max(0, limitOf.get(productId)! - (heldOf.get(productId) ?? 0));
    if (qty > remaining) remainingByProduct[productId] = remaining;
  }
  const [first] = Object.keys(remainingByProduct);
  if (first !== undefined) {
    const title = input.products.find((p) => p.id === first)?.title ?? '';
    throw conflict(dropJoinText.overLimit(title, remainingByProduct[first]), { reason: 'over_limit', remaining: remainingByProduct[first], productId: first, remainingByProduct });
  }
  return { dropId: drop.id, closesAt: new Date(drop.closes_at) };
}
