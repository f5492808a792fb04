import type { Order, OrderItem, OrderStatus } from '../../../types/order';
import type { Product } from '../../../types/product';
import { friendNavUi } from '../../../types/zh-CN/friend-nav';
import { clampQty, lineFromProduct, type CartLine } from '../../stores/cart-lines';

export interface ReorderPlan {
  /** what goes into the cart: the products still on sale, at today's price, bounded by stock */
  lines: CartLine[];
  /** one sentence per item that could not be added as it was (gone, sold out, fewer left) */
  notes: string[];
}

const T = friendNavUi.reorder;

// Before the money has gone (to pay, or the seller still checking the transfer), the order itself is
// the thing to finish: 再来一单 would only start a second, identical one.
const NOT_YET_PAID: ReadonlySet<OrderStatus> = new Set<OrderStatus>(['pending_payment', 'awaiting_confirmation']);

/**
 * Whether "再来一单" is offered on an order: once it is past payment (paid … cancelled, refunded), and never on a
 * drop's order (issue 17): the drop is over, and its products would go into the shop's cart at the shop's price,
 * by courier, which a friend who joined a 接龙 for a pickup would not expect.
 */
export function canReorder(order: Pick<Order, 'status' | 'dropId'>): boolean {
  return !order.dropId && !NOT_YET_PAID.has(order.status);
}

/**
 * "再来一单": the order's items as cart lines, from the shop's products as they are now (the order's
 * price is history; the checkout prices anew). `inCart` is how many of each the cart already holds, so
 * what is added never passes the stock.
 */
export function reorderPlan(items: readonly OrderItem[], products: readonly Product[], inCart: ReadonlyMap<string, number> = new Map()): ReorderPlan {
  const byId = new Map(products.map((p) => [p.id, p]));
  const lines: CartLine[] = [];
  const notes: string[] = [];
  for (const item of items) {
    const p = byId.get(item.productId);
    if (!p || p.status !== 'active') {
      notes.push(T.gone(item.title));
      continue;
    }
    const room = Math.max(0, clampQty(Number.MAX_SAFE_INTEGER, p.stock) - (inCart.get(p.id) ?? 0));
    if (p.stock <= 0 || room <= 0) {
      notes.push(T.soldOut(p.title));
      continue;
    }
    const qty = Math.min(item.qty, room);
    if (qty < item.qty) notes.push(T.fewer(p.title, qty));
    lines.push(lineFromProduct(p, qty));
  }
  return { lines, notes };
}
