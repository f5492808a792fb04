import { dropIdSchema, fulfilmentOfWay, type PickList, type PickListGroup, type PickWay } from '../../../types/drop';
import type { Address, OrderStatus } from '../../../types/order';
import { dropText } from '../../../types/zh-CN/drops';
import { orderStatusLabel } from '../../../types/zh-CN/order-status-label';
import type { Queryable } from '../../db/types';
import { authedAction } from '../runtime/action';
import { ownedDrop } from './access';
import { toDrop } from './rows';

/**
 * What the seller still has to hand over: paid and ready orders. Unpaid joins are not on it (they are
 * cancelled at the cutoff, and nobody brings goods for an order that may never be paid); completed ones
 * were handed over, shipped ones are on their way, and an order in after-sale or refunded waits on the
 * seller's answer rather than on the goods.
 */
export const PICK_STATUSES = ['paid', 'ready'] as const;

interface PickOrderRow {
  id: string;
  status: OrderStatus;
  address: Address;
  fulfilment_kind: 'pickup' | 'delivery' | 'shipping';
  pickup_index: number | null;
  pickup_code: string | null;
  show_name: boolean;
}

const wayKey = (w: { kind: string; pickupIndex?: number | null }) => (w.kind === 'pickup' ? `pickup:${w.pickupIndex ?? 0}` : w.kind);

/**
 * The drop's pick list: one group per way the drop offers — each pickup point in its order, then delivery by
 * hand, then shipping — each with the pieces per product to bring and the orders with their lines, oldest
 * first. A way with nothing to hand over is listed too, empty, so the seller sees every point at a glance.
 */
export async function buildPickList(q: Queryable, openId: string, dropId: string, now: Date): Promise<PickList> {
  const row = await ownedDrop(q, openId, dropId);
  const drop = await toDrop(q, row, openId, now);
  const ways: PickWay[] = [
    ...drop.fulfilment.pickup.map((point, pickupIndex): PickWay => ({ kind: 'pickup', pickupIndex, point })),
    ...(drop.fulfilment.delivery ? [{ kind: 'delivery' } as const] : []),
    ...(drop.fulfilment.shipping ? [{ kind: 'shipping' } as const] : []),
  ];
  const orders = await q.query<PickOrderRow>(
    `SELECT id, status, address, fulfilment_kind, pickup_index, pickup_code, show_name FROM orders
     WHERE drop_id = $1 AND status = ANY($2) ORDER BY created_at, id`,
    [row.id, PICK_STATUSES],
  );
  const lines = await q.query<{ order_id: string; product_id: string; title: string; qty: number }>(
    'SELECT order_id, product_id, title, qty FROM order_items WHERE order_id = ANY($1) ORDER BY order_id, line',
    [orders.map((o) => o.id)],
  );
  const position = new Map(drop.items.map((item, i) => [item.productId, i]));
  const groups = new Map<string, PickListGroup>(ways.map((way) => [wayKey(way), { way, totals: [], orders: [] }]));
  for (const o of orders) {
    const group = groups.get(wayKey({ kind: o.fulfilment_kind, pickupIndex: o.pickup_index }));
    // a join always takes a way its drop offers (order.create checks it); an order that somehow did not is left
    // off rather than listed under a point nobody goes to
    if (!group) continue;
    const own = lines.filter((l) => l.order_id === o.id).map((l) => ({ productId: l.product_id, title: l.title, qty: l.qty }));
    group.orders.push({
      orderId: o.id,
      status: o.status,
      name: o.address.name,
      phone: o.address.phone,
      detail: o.fulfilment_kind === 'pickup' ? null : o.address.detail || null,
      lines: own,
      pickupCode: o.pickup_code,
      showName: o.show_name,
    });
    for (const l of own) {
      const total = group.totals.find((t) => t.productId === l.productId);
      if (total) total.qty += l.qty;
      else group.totals.push({ ...l });
    }
  }
  const rank = (productId: string) => position.get(productId) ?? Number.MAX_SAFE_INTEGER;
  for (const g of groups.values()) g.totals.sort((a, b) => rank(a.productId) - rank(b.productId));
  return { drop, groups: [...groups.values()] };
}

export const pickList = authedAction(dropIdSchema, async (ctx, { dropId }) => buildPickList(ctx.db, ctx.caller.openId, dropId, ctx.clock.now()));

/**
 * The pick list as a spreadsheet (export kind `drop`, dropText.csvHeader's columns): one row per order line,
 * so the seller can filter by point and sum by product. A way's name and a pickup point's name lead each row.
 */
export function pickListRows(list: PickList): (string | number)[][] {
  return list.groups.flatMap((g) =>
    g.orders.flatMap((o) =>
      o.lines.map((l) => [
        dropText.way[g.way.kind],
        g.way.kind === 'pickup' ? g.way.point.name : '',
        o.pickupCode ?? '',
        o.name,
        o.showName ? '' : dropText.csvAnonymous,
        o.phone,
        o.detail ?? '',
        l.title,
        l.qty,
        o.orderId,
        orderStatusLabel('owner', { status: o.status, fulfilment: fulfilmentOfWay(g.way) }),
      ]),
    ),
  );
}
