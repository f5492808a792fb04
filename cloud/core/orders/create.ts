import { UNPAID_TIMEOUT_MINUTES } from '../../../types/order';
import { orderCreateSchema } from '../../../types/order-schemas';
import { domainText } from '../../../types/zh-CN/errors';
import { orderText } from '../../../types/zh-CN/orders';
import { newId } from '../ids';
import { authedAction } from '../runtime/action';
import { AppError, conflict, forbidden, notFound } from '../runtime/errors';
import { transfersText } from '../../../types/zh-CN/transfers';
import { supplyOrdersText } from '../../../types/zh-CN/supply-orders';
import type { Queryable } from '../../db/types';
import { findOrderableProducts, type ProductRow } from '../catalog/rows';
import { acceptsOrders, findShop } from '../shops/rows';
import { recordEvent } from './command';
import { assignNoteCode } from './note-code';
import { assignPickupCode } from './pickup';
import { checkJoin, joinExpiry, type Join } from './join';
import { notify } from './notify';
import { loadOrder, type OrderRow } from './rows';
import { reserveStock } from './stock';

interface SupplyBand {
  id: string;
  supply_price_fen: number;
  min_price_fen: number;
  max_price_fen: number;
}

/**
 * The supply price and band of each carried product's supply row, read after reserveStock: its UPDATE holds
 * those rows' locks until this transaction ends, so a supply.update cannot commit between this read and the
 * order line (findOrderableProducts read them before the lock, and may be stale).
 */
async function currentBands(tx: Queryable, products: readonly ProductRow[]): Promise<Map<string, SupplyBand>> {
  const ids = products.flatMap((p) => (p.supply_product_id ? [p.supply_product_id] : []));
  if (ids.length === 0) return new Map();
  const rows = await tx.query<SupplyBand>('SELECT id, supply_price_fen, min_price_fen, max_price_fen FROM supply_products WHERE id = ANY($1)', [ids]);
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Places an order and reserves its stock in one transaction. Prices come from the database, never
 * from the client. The same idempotency key from the same buyer answers the first order again and
 * reserves nothing (the unique key settles a race between a double tap's two requests).
 */
export const create = authedAction(orderCreateSchema, async (ctx, input) => {
  const buyer = ctx.caller.openId;
  return ctx.db.transaction(async (tx) => {
    const existing = await tx.query<{ id: string }>('SELECT id FROM orders WHERE buyer_openid = $1 AND idempotency_key = $2', [buyer, input.idempotencyKey]);
    if (existing[0]) return loadOrder(tx, existing[0].id, buyer);

    const shop = await findShop(tx, input.shopId);
    if (!shop) throw notFound(domainText.shopNotFound);
    if (shop.owner_openid === buyer) throw forbidden(domainText.ownShop);
    // A friend must never be left with an order nobody can take money for.
    if (!acceptsOrders(shop)) throw conflict(transfersText.noPaymentMethod, { reason: 'no_payment_method' });

    // One line per product, however the cart sent it.
    const qtyByProduct = new Map<string, number>();
    for (const { productId, qty } of input.items) qtyByProduct.set(productId, (qtyByProduct.get(productId) ?? 0) + qty);
    const ids = [...qtyByProduct.keys()];
    // a carried product (issue 16) comes with the supplier's title and images, its supplier and the supply price now
    const products = await findOrderableProducts(tx, shop.id, ids);
    const byId = new Map(products.map((p) => [p.id, p]));
    const missing = ids.find((id) => !byId.has(id));
    if (missing) throw new AppError('NOT_FOUND', domainText.productNotInShop, { productId: missing });
    const tooMany = ids.find((id) => (qtyByProduct.get(id) ?? 0) > 99);
    if (tooMany) throw new AppError('BAD_INPUT', orderText.tooManyOfOne(99), { fields: { items: orderText.tooManyOfOne(99) } });
    // One fulfiller per order: the shop's own products, or one supplier's (the app splits a mixed cart first).
    const fulfillers = new Set(products.map((p) => p.supplier_id));
    if (fulfillers.size > 1) throw new AppError('BAD_INPUT', supplyOrdersText.mixedFulfillers, { fields: { items: supplyOrdersText.mixedFulfillers } });
    const supplierId = products[0]?.supplier_id ?? null;
    // Joining a drop (issue 17): the drop's row stays locked until this order commits, so one drop's joins take
    // turns and the buyer's limit is counted with every earlier join of theirs in it.
    // The same key looked up again once the drop's lock is held: a double tap's second request waited here for
    // the first, whose order now counts against the limit, and must answer that order, not "over the limit".
    // The clock is read under the lock too, so a join that waited past the cutoff is refused.
    const join: Join | null = input.dropId
      ? await checkJoin(tx, { dropId: input.dropId, shopId: shop.id, buyer, fulfilment: input.fulfilment, qtyByProduct, products, now: () => ctx.clock.now(), idempotencyKey: input.idempotencyKey })
      : null;
    if (join?.existingOrderId) return loadOrder(tx, join.existingOrderId, buyer);

    const now = ctx.clock.now();
    const total = ids.reduce((sum, id) => sum + byId.get(id)!.price_fen * qtyByProduct.get(id)!, 0);
    const [order] = await tx.query<OrderRow>(
      `INSERT INTO orders (id, shop_id, buyer_openid, status, total_fen, address, note, idempotency_key, expires_at, created_at, updated_at, supplier_id,
                           drop_id, fulfilment_kind, pickup_index, show_name)
       VALUES ($1, $2, $3, 'pending_payment', $4, $5, $6, $7, $8, $9, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (buyer_openid, idempotency_key) DO NOTHING RETURNING *`,
      [
        newId('o'),
        shop.id,
        buyer,
        total,
        JSON.stringify(input.address),
        input.note ?? '',
        input.idempotencyKey,
        join ? joinExpiry(now, join.closesAt) : new Date(now.getTime() + UNPAID_TIMEOUT_MINUTES * 60_000),
        now,
        supplierId,
        join?.dropId ?? null,
        input.fulfilment.kind,
        input.fulfilment.kind === 'pickup' ? input.fulfilment.pickupIndex : null,
        input.showName,
      ],
    );
    if (!order) {
      // A racing request with the same key committed first: answer its order.
      const [winner] = await tx.query<{ id: string }>('SELECT id FROM orders WHERE buyer_openid = $1 AND idempotency_key = $2', [buyer, input.idempotencyKey]);
      return loadOrder(tx, winner.id, buyer);
    }
    // The code the buyer writes in a transfer's note, from the start: they read it before they transfer.
    await assignNoteCode(tx, order.id, shop.id);
    // a pickup or delivery order's code, from the start too: shown once paid (rows.ts)
    if (input.fulfilment.kind !== 'shipping') await assignPickupCode(tx, order.id, shop.id);
    await reserveStock(tx, ids.map((productId) => ({ productId, qty: qtyByProduct.get(productId)! })));
    const bands = await currentBands(tx, products);
    for (const p of products) {
      const band = p.supply_product_id ? bands.get(p.supply_product_id) : undefined;
      // The supplier may have raised its price or band since the seller priced this: selling below it loses the seller money.
      if (band && (p.price_fen < band.min_price_fen || p.price_fen > band.max_price_fen)) {
        throw conflict(supplyOrdersText.priceOutsideBand(p.title), { reason: 'price_outside_band', productId: p.id });
      }
    }
    let line = 0;
    for (const id of ids) {
      const p = byId.get(id)!;
      // The supply price is fixed here, as it stands under the lock: what the seller owes per piece of this line, whatever the supplier sets later.
      await tx.query(
        'INSERT INTO order_items (order_id, line, product_id, title, price_fen, qty, image, supply_product_id, supply_price_fen) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
        [
          order.id,
          ++line,
          id,
          p.title,
          p.price_fen,
          qtyByProduct.get(id),
          p.images[0] ?? null,
          p.supply_product_id,
          p.supply_product_id ? bands.get(p.supply_product_id)!.supply_price_fen : null,
        ],
      );
    }
    await recordEvent(tx, order.id, now, 'create', 'buyer', null, 'pending_payment', null);
    await notify(tx, order, { message: 'order.created' }, 'owner', now);
    return loadOrder(tx, order.id, buyer);
  });
});
