import { UNPAID_TIMEOUT_MINUTES } from '../../../types/order';
import { orderCreateSchema } from '../../../types/order-schemas';
import { domainText } from '../../../types/zh-CN/errors';
import { orderText } from '../../../types/zh-CN/orders';
import { newId } from '../ids';
import { authedAction } from '../runtime/action';
import { AppError, conflict, forbidden, notFound } from '../runtime/errors';
import { transfersText } from '../../../types/zh-CN/transfers';
import { supplyOrdersText } from '../../../types/zh-CN/supply-orders';
import { dropJoinText } from '../../../types/zh-CN/drop-join';
import type { Queryable } from '../../db/types';
import { findOrderableProducts, type ProductRow } from '../catalog/rows';
import { acceptsOrders, type ShopRow } from '../shops/rows';
import { noteCodeCandidates, OPEN_FOR_TRANSFER } from './note-code';
import { OPEN_FOR_PICKUP, pickupCodeCandidates } from './pickup';
import { checkJoin, joinExpiry, type Join } from './join';
import { notify } from './notify';
import { loadOrder, type OrderRow } from './rows';
import { reserveStock } from './stock';

/** The new order's row (every column null when nothing was inserted), and whether a candidate code was free. */
type Inserted = OrderRow & { note_free: boolean; pickup_free: boolean };

interface NewOrder {
  columns: unknown[];
  shopId: string;
  buyer: string;
  idempotencyKey: string;
  needsPickupCode: boolean;
  lines: ReadonlyArray<{ product: ProductRow; qty: number }>;
}

/**
 * The order, its lines and its first timeline event in one statement, with the first of the candidate codes no open
 * order of the shop holds (note-code.ts, pickup.ts). ON CONFLICT DO NOTHING covers every unique index: the buyer's
 * key (a double tap's other request) and the shop's open codes (a racing order took the same one) — a
 * concurrent insert of either is waited for, so the loser sees the winner's row and inserts nothing, lines and
 * event included. The lines' supply price is the one read with the products; reserveStock sets it as locked.
 */
const INSERT_ORDER = `WITH code AS (
    SELECT (SELECT n.c FROM unnest($15::text[]) WITH ORDINALITY AS n(c, k)
             WHERE NOT EXISTS (SELECT 1 FROM orders WHERE shop_id = $2 AND note_code = n.c AND ${OPEN_FOR_TRANSFER}) ORDER BY n.k LIMIT 1) AS note,
           (SELECT n.c FROM unnest($16::text[]) WITH ORDINALITY AS n(c, k)
             WHERE NOT EXISTS (SELECT 1 FROM orders WHERE shop_id = $2 AND pickup_code = n.c AND ${OPEN_FOR_PICKUP}) ORDER BY n.k LIMIT 1) AS pickup),
  o AS (
    INSERT INTO orders (id, shop_id, buyer_openid, status, total_fen, address, note, idempotency_key, expires_at, created_at, updated_at, supplier_id,
                        drop_id, fulfilment_kind, pickup_index, show_name, note_code, pickup_code)
    SELECT $1, $2, $3, 'pending_payment', $4::bigint, $5::jsonb, $6, $7, $8::timestamptz, $9::timestamptz, $9::timestamptz, $10, $11, $12, $13::int, $14::boolean,
           code.note, code.pickup
      FROM code WHERE code.note IS NOT NULL AND (NOT $17::boolean OR code.pickup IS NOT NULL)
    ON CONFLICT DO NOTHING RETURNING *),
  lines AS (
    INSERT INTO order_items (order_id, line, product_id, title, price_fen, qty, image, supply_product_id, supply_price_fen)
    SELECT o.id, l.line::int, l.product_id, l.title, l.price_fen, l.qty, l.image, l.supply_product_id, l.supply_price_fen
      FROM o, unnest($18::text[], $19::text[], $20::int[], $21::int[], $22::text[], $23::text[], $24::int[])
                WITH ORDINALITY AS l(product_id, title, price_fen, qty, image, supply_product_id, supply_price_fen, line)),
  event AS (
    INSERT INTO order_events (order_id, at, action, by_role, from_status, to_status, note)
    SELECT o.id, $9::timestamptz, 'create', 'buyer', NULL, 'pending_payment', NULL FROM o)
  SELECT o.*, code.note IS NOT NULL AS note_free, code.pickup IS NOT NULL AS pickup_free FROM code LEFT JOIN o ON true`;

/** Rounds of candidates before giving up: each lost one is a code another order took (and committed) meanwhile. */
const MAX_ROUNDS = 50;

/** The new order's row, or the id of the buyer's order with the same key that a racing request committed first. */
async function insertOrder(tx: Queryable, o: NewOrder): Promise<{ row: OrderRow } | { existingId: string }> {
  const l = o.lines;
  const lineParams = [
    l.map((x) => x.product.id),
    l.map((x) => x.product.title),
    l.map((x) => x.product.price_fen),
    l.map((x) => x.qty),
    l.map((x) => x.product.images[0] ?? null),
    l.map((x) => x.product.supply_product_id),
    l.map((x) => (x.product.supply_product_id ? x.product.supply_price_fen : null)),
  ];
  let noteDense = false;
  let pickupDense = false;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const notes = await noteCodeCandidates(tx, o.shopId, noteDense);
    if (notes.length === 0) throw conflict(transfersText.noteCodesExhausted);
    const pickups = o.needsPickupCode ? await pickupCodeCandidates(tx, o.shopId, pickupDense) : [];
    if (o.needsPickupCode && pickups.length === 0) throw conflict(dropJoinText.codesExhausted);
    const [row] = await tx.query<Inserted>(INSERT_ORDER, [...o.columns, notes, pickups, o.needsPickupCode, ...lineParams]);
    if (row.id) return { row };
    // every candidate held: the next round offers only free codes, read from the shop's orders
    if (!row.note_free) noteDense = true;
    else if (o.needsPickupCode && !row.pickup_free) pickupDense = true;
    else {
      const [same] = await tx.query<{ id: string }>('SELECT id FROM orders WHERE buyer_openid = $1 AND idempotency_key = $2', [o.buyer, o.idempotencyKey]);
      if (same) return { existingId: same.id };
    }
  }
  throw new Error(`order.create: no free code after ${MAX_ROUNDS} rounds in shop ${o.shopId}`);
}

/**
 * Places an order and reserves its stock in one transaction. Prices come from the database, never
 * from the client. The same idempotency key from the same buyer answers the first order again and
 * reserves nothing (the unique key settles a race between a double tap's two requests).
 *
 * The statements are few and the hot locks come last: a popular product's stock row (and the seller's consent
 * row, notify) is locked by every buyer racing for it, so it is held only from reserveStock to the commit —
 * the order, its lines and the answer are written and read before.
 */
export const create = authedAction(orderCreateSchema, async (ctx, input) => {
  const buyer = ctx.caller.openId;
  return ctx.db.transaction(async (tx) => {
    // the buyer's order with this key (a retry answers it) and the shop, in one statement
    const [head] = await tx.query<ShopRow & { existing_order_id: string | null }>(
      `SELECT (SELECT id FROM orders WHERE buyer_openid = $2 AND idempotency_key = $3) AS existing_order_id, s.*
         FROM (SELECT 1) AS one LEFT JOIN shops s ON s.id = $1`,
      [input.shopId, buyer, input.idempotencyKey],
    );
    if (head.existing_order_id) return loadOrder(tx, head.existing_order_id, buyer);
    const shop: ShopRow | undefined = head.id ? head : undefined;
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

    // Sold out as this read saw it: answered at once, without queueing for the stock row's lock behind every
    // racing buyer. Enough here is only a hint — reserveStock decides under the lock. A retry whose first
    // request committed meanwhile still answers that order.
    const short = ids.find((id) => byId.get(id)!.stock < qtyByProduct.get(id)!);
    if (short) {
      const [same] = await tx.query<{ id: string }>('SELECT id FROM orders WHERE buyer_openid = $1 AND idempotency_key = $2', [buyer, input.idempotencyKey]);
      if (same) return loadOrder(tx, same.id, buyer);
      const p = byId.get(short)!;
      throw new AppError('OUT_OF_STOCK', domainText.outOfStock(p.title, Math.max(0, p.stock)), { productId: short, available: Math.max(0, p.stock) });
    }

    const now = ctx.clock.now();
    const total = ids.reduce((sum, id) => sum + byId.get(id)!.price_fen * qtyByProduct.get(id)!, 0);
    const placed = await insertOrder(tx, {
      columns: [
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
      shopId: shop.id,
      buyer,
      idempotencyKey: input.idempotencyKey,
      // a pickup or delivery order's code, from the start: shown once paid (rows.ts)
      needsPickupCode: input.fulfilment.kind !== 'shipping',
      lines: ids.map((id) => ({ product: byId.get(id)!, qty: qtyByProduct.get(id)! })),
    });
    // A racing request with the same key committed first: answer its order.
    if ('existingId' in placed) return loadOrder(tx, placed.existingId, buyer);
    const order = placed.row;
    // what the buyer is answered: nothing below changes it, and reading it now keeps it out of the locks' time
    const answer = await loadOrder(tx, order.id, buyer);

    const bands = await reserveStock(
      tx,
      ids.map((productId) => ({ productId, qty: qtyByProduct.get(productId)!, supplyProductId: byId.get(productId)!.supply_product_id })),
      order.id,
    );
    for (const p of products) {
      const band = p.supply_product_id ? bands.get(p.supply_product_id) : undefined;
      // The supplier may have raised its price or band since the seller priced this: selling below it loses the seller money.
      if (band && (p.price_fen < band.min_price_fen || p.price_fen > band.max_price_fen)) {
        throw conflict(supplyOrdersText.priceOutsideBand(p.title), { reason: 'price_outside_band', productId: p.id });
      }
    }
    await notify(tx, order, { message: 'order.created' }, 'owner', now);
    return answer;
  });
});
