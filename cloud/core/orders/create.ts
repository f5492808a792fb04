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
import { orderableProducts, type ProductRow } from '../catalog/rows';
import { acceptsOrders, type ShopRow } from '../shops/rows';
import { noteCodeCandidates, OPEN_FOR_TRANSFER } from './note-code';
import { OPEN_FOR_PICKUP, pickupCodeCandidates } from './pickup';
import { checkJoin, joinExpiry, type Join } from './join';
import { orderNotice, type PreparedNotice } from './notify';
import { loadOrder, toOrder, type OrderEventRow, type OrderItemRow, type OrderRow } from './rows';
import { stockRows, type StockRow } from './stock';

/** What INSERT_ORDER answers: the new order's row (every column null when nothing was inserted), the rows written with it. */
type Inserted = OrderRow & {
  note_free: boolean;
  pickup_free: boolean;
  item_rows: OrderItemRow[] | null;
  event_rows: OrderEventRow[] | null;
};

/** What TAKE answers. */
interface Taken {
  /** every stock row locked, on offer, and holding the line's pieces */
  enough: boolean;
  /** every carried line's price inside its supply row's band as locked */
  in_band: boolean;
  /** stock rows taken from: all of the order's, or none */
  taken: number | string;
  /** the stock rows as locked: what is left (0 for a supply row no longer on offer) and the band */
  locked: { id: string; title: string; stock: number; min_price_fen: number | null; max_price_fen: number | null }[];
}

interface NewOrder {
  columns: unknown[];
  shop: ShopRow;
  buyer: string;
  idempotencyKey: string;
  needsPickupCode: boolean;
  lines: ReadonlyArray<{ product: ProductRow; qty: number }>;
  /** the seller's 新订单提醒, queued only if a consent is left (notify.ts deliver) */
  notice: PreparedNotice;
}

/**
 * The order, its lines and its first timeline event in one statement, with the first of the candidate codes no open
 * order of the shop holds (note-code.ts, pickup.ts), before any hot lock. ON CONFLICT DO NOTHING covers every
 * unique index: the buyer's key (a double tap's other request) and the shop's open codes (a racing order took the
 * same one) — a concurrent insert of either is waited for, so the loser sees the winner's row and inserts nothing,
 * lines and event included. Answers the rows written: order.create's answer is made of them.
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
                WITH ORDINALITY AS l(product_id, title, price_fen, qty, image, supply_product_id, supply_price_fen, line)
    RETURNING order_id, line, product_id, title, price_fen, qty, image),
  event AS (
    INSERT INTO order_events (order_id, at, action, by_role, from_status, to_status, note)
    SELECT o.id, $9::timestamptz, 'create', 'buyer', NULL, 'pending_payment', NULL FROM o
    RETURNING order_id, at, action, by_role, from_status, to_status, note)
  SELECT o.*, code.note IS NOT NULL AS note_free, code.pickup IS NOT NULL AS pickup_free,
         (SELECT json_agg(x ORDER BY x.line) FROM lines x) AS item_rows,
         (SELECT json_agg(e) FROM event e) AS event_rows
    FROM code LEFT JOIN o ON true`;

/**
 * The hot part, last before the COMMIT: the order's stock rows locked (FOR NO KEY UPDATE, the lock the UPDATE
 * itself takes, so lines referencing them are not held up, in the one order every transaction takes them:
 * supply rows, then products, each by id — an order is one table's, one fulfiller), and only if every row holds
 * the line's pieces — judged on the locked, newest row, so racing orders never sell more than there is — and
 * every carried line's price is inside its band as locked: the stock taken, the carried lines' supply price set as
 * locked, and the seller's notice (a consent spent and the message queued, as notify.ts's deliver does:
 * consents.ts spendConsent, outbox.ts enqueue). The hot locks (stock rows, the seller's consent row) are so held
 * for this statement and the COMMIT only. Answers the locked rows, for the refusal's words.
 */
const TAKE = `WITH want_s AS (SELECT * FROM unnest($1::text[], $2::int[]) AS w(id, qty)),
  want_p AS (SELECT * FROM unnest($3::text[], $4::int[]) AS w(id, qty)),
  locked_s AS (SELECT id, title, stock, status, supply_price_fen, min_price_fen, max_price_fen FROM supply_products
                WHERE id = ANY($1::text[]) ORDER BY id FOR NO KEY UPDATE),
  locked_p AS (SELECT id, title, stock FROM products WHERE id = ANY($3::text[]) ORDER BY id FOR NO KEY UPDATE),
  ok AS (SELECT (SELECT count(*) FROM want_s w JOIN locked_s k ON k.id = w.id WHERE k.status = 'active' AND k.stock >= w.qty) = cardinality($1::text[])
            AND (SELECT count(*) FROM want_p w JOIN locked_p k ON k.id = w.id WHERE k.stock >= w.qty) = cardinality($3::text[]) AS enough,
                NOT EXISTS (SELECT 1 FROM order_items i JOIN locked_s k ON k.id = i.supply_product_id
                             WHERE i.order_id = $5 AND (i.price_fen < k.min_price_fen OR i.price_fen > k.max_price_fen)) AS in_band),
  taken_s AS (UPDATE supply_products s SET stock = s.stock - w.qty FROM want_s w, ok
               WHERE s.id = w.id AND s.stock >= w.qty AND ok.enough AND ok.in_band RETURNING s.id),
  taken_p AS (UPDATE products p SET stock = p.stock - w.qty FROM want_p w, ok
               WHERE p.id = w.id AND p.stock >= w.qty AND ok.enough AND ok.in_band RETURNING p.id),
  priced AS (UPDATE order_items i SET supply_price_fen = k.supply_price_fen FROM locked_s k, ok
              WHERE i.order_id = $5 AND i.supply_product_id = k.id AND ok.enough AND ok.in_band),
  spent AS (
    UPDATE subscription_consents SET remaining = remaining - 1, updated_at = $9::timestamptz FROM ok
     WHERE openid = $6 AND template = $7 AND remaining > 0 AND ok.enough AND ok.in_band RETURNING 1),
  queued AS (INSERT INTO outbox (kind, to_openid, payload, created_at) SELECT 'subscribeMessage', $6, $8::jsonb, $9::timestamptz FROM spent)
  SELECT ok.enough, ok.in_band,
         (SELECT count(*) FROM taken_s) + (SELECT count(*) FROM taken_p) AS taken,
         (SELECT coalesce(json_agg(k), '[]') FROM (
            SELECT id, title, CASE WHEN status = 'active' THEN stock ELSE 0 END AS stock, min_price_fen, max_price_fen FROM locked_s
            UNION ALL SELECT id, title, stock, NULL, NULL FROM locked_p) k) AS locked
    FROM ok`;

/** Rounds of candidates before giving up: each lost one is a code another order took (and committed) meanwhile. */
const MAX_ROUNDS = 50;

/** The new order's row and the rows written with it, or the id of the buyer's order with the same key that a racing request committed first. */
async function insertOrder(tx: Queryable, o: NewOrder): Promise<{ row: Inserted } | { existingId: string }> {
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
    const notes = await noteCodeCandidates(tx, o.shop.id, noteDense);
    if (notes.length === 0) throw conflict(transfersText.noteCodesExhausted);
    const pickups = o.needsPickupCode ? await pickupCodeCandidates(tx, o.shop.id, pickupDense) : [];
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
  throw new Error(`order.create: no free code after ${MAX_ROUNDS} rounds in shop ${o.shop.id}`);
}

/**
 * Takes the order's stock and queues the seller's notice (TAKE), or refuses: OUT_OF_STOCK names the first row
 * short (in lock order) with what is left, CONFLICT a carried line priced outside its band as locked; the
 * transaction then rolls the order back.
 */
async function takeStock(tx: Queryable, orderId: string, o: NewOrder, at: Date): Promise<void> {
  const rows = stockRows(o.lines.map((x) => ({ productId: x.product.id, qty: x.qty, supplyProductId: x.product.supply_product_id })));
  const of = (table: StockRow['table']) => rows.filter((r) => r.table === table);
  const [t] = await tx.query<Taken>(TAKE, [
    of('supply_products').map((r) => r.id),
    of('supply_products').map((r) => r.qty),
    of('products').map((r) => r.id),
    of('products').map((r) => r.qty),
    orderId,
    o.notice.toOpenId,
    o.notice.template,
    JSON.stringify(o.notice.message),
    at,
  ]);
  if (t.enough && t.in_band) {
    if (Number(t.taken) !== rows.length) throw new Error(`order.create: ${t.taken} of ${rows.length} stock rows taken for ${orderId}`);
    return;
  }
  const locked = new Map(t.locked.map((k) => [k.id, k]));
  // the first row short, in lock order, named by the product the buyer asked for
  const short = rows.find((r) => (locked.get(r.id)?.stock ?? 0) < r.qty);
  if (short) {
    const available = Math.max(0, locked.get(short.id)?.stock ?? 0);
    throw new AppError('OUT_OF_STOCK', domainText.outOfStock(locked.get(short.id)?.title ?? '', available), { productId: short.productId, available });
  }
  // The supplier may have raised its price or band since the seller priced this: selling below it loses the seller money.
  const outside = o.lines.find(({ product: p }) => {
    const band = p.supply_product_id ? locked.get(p.supply_product_id) : undefined;
    return band && (p.price_fen < band.min_price_fen! || p.price_fen > band.max_price_fen!);
  });
  throw conflict(supplyOrdersText.priceOutsideBand(outside?.product.title ?? ''), { reason: 'price_outside_band', productId: outside?.product.id });
}

/**
 * Places an order and reserves its stock in one transaction. Prices come from the database, never
 * from the client. The same idempotency key from the same buyer answers the first order again and
 * reserves nothing (the unique key settles a race between a double tap's two requests).
 *
 * A shipping order is five statements: the reads (key, shop, products) in one, before the transaction — every value
 * the order's guarantees rest on is judged again under the locks (stock, band: TAKE; the key: its unique index)
 * or was never locked (the shop, a product's price) — then BEGIN, INSERT_ORDER, TAKE, COMMIT. TAKE takes the hot
 * locks (a popular product's stock row, the seller's consent row) last, so they are held for that statement and
 * the COMMIT only, never over the order's INSERT (which may wait on a racing order's code or key). The answer is built from the rows written (toOrder, the mapping order.get uses), not read
 * back. A buyer too late for a sold-out product costs one statement.
 */
export const create = authedAction(orderCreateSchema, async (ctx, input) => {
  const buyer = ctx.caller.openId;
  // the buyer's order with this key (a retry answers it), the shop and the products asked for, in one snapshot
  const [head] = await ctx.db.query<ShopRow & { existing_order_id: string | null; products: ProductRow[] }>(
    `SELECT (SELECT id FROM orders WHERE buyer_openid = $2 AND idempotency_key = $3) AS existing_order_id, s.*,
            (SELECT coalesce(json_agg(x), '[]') FROM (${orderableProducts('$4::text[]', '$1')}) x) AS products
       FROM (SELECT 1) AS one LEFT JOIN shops s ON s.id = $1`,
    [input.shopId, buyer, input.idempotencyKey, [...new Set(input.items.map((i) => i.productId))]],
  );
  if (head.existing_order_id) return loadOrder(ctx.db, head.existing_order_id, buyer);
  const { existing_order_id: _, products, ...shopColumns } = head;
  const shop: ShopRow | undefined = head.id ? shopColumns : undefined;
  if (!shop) throw notFound(domainText.shopNotFound);
  if (shop.owner_openid === buyer) throw forbidden(domainText.ownShop);
  // A friend must never be left with an order nobody can take money for.
  if (!acceptsOrders(shop)) throw conflict(transfersText.noPaymentMethod, { reason: 'no_payment_method' });

  // One line per product, however the cart sent it.
  const qtyByProduct = new Map<string, number>();
  for (const { productId, qty } of input.items) qtyByProduct.set(productId, (qtyByProduct.get(productId) ?? 0) + qty);
  const ids = [...qtyByProduct.keys()];
  // a carried product (issue 16) comes with the supplier's title and images, its supplier and the supply price now
  const byId = new Map(products.map((p) => [p.id, p]));
  const missing = ids.find((id) => !byId.has(id));
  if (missing) throw new AppError('NOT_FOUND', domainText.productNotInShop, { productId: missing });
  const tooMany = ids.find((id) => (qtyByProduct.get(id) ?? 0) > 99);
  if (tooMany) throw new AppError('BAD_INPUT', orderText.tooManyOfOne(99), { fields: { items: orderText.tooManyOfOne(99) } });
  // One fulfiller per order: the shop's own products, or one supplier's (the app splits a mixed cart first).
  const fulfillers = new Set(products.map((p) => p.supplier_id));
  if (fulfillers.size > 1) throw new AppError('BAD_INPUT', supplyOrdersText.mixedFulfillers, { fields: { items: supplyOrdersText.mixedFulfillers } });
  const supplierId = products[0]?.supplier_id ?? null;

  // Sold out as the read saw it: answered at once, without queueing for the stock row's lock behind every racing
  // buyer. Enough here is only a hint — INSERT_ORDER decides under the lock. The key was read in the same
  // snapshot: a first request with this key committed before it would have been answered above, and one
  // committed after it took nothing this read counted.
  const short = ids.find((id) => byId.get(id)!.stock < qtyByProduct.get(id)!);
  const soldOut = (id: string) => {
    const p = byId.get(id)!;
    return new AppError('OUT_OF_STOCK', domainText.outOfStock(p.title, Math.max(0, p.stock)), { productId: id, available: Math.max(0, p.stock) });
  };
  // a drop's own answers (closed, over the limit, a retry under its lock) come first
  if (short && !input.dropId) throw soldOut(short);

  return ctx.db.transaction(async (tx) => {
    // Joining a drop (issue 17): the drop's row stays locked until this order commits, so one drop's joins take
    // turns and the buyer's limit is counted with every earlier join of theirs in it.
    // The same key looked up again once the drop's lock is held: a double tap's second request waited here for
    // the first, whose order now counts against the limit, and must answer that order, not "over the limit".
    // The clock is read under the lock too, so a join that waited past the cutoff is refused.
    const join: Join | null = input.dropId
      ? await checkJoin(tx, { dropId: input.dropId, shopId: shop.id, buyer, fulfilment: input.fulfilment, qtyByProduct, products, now: () => ctx.clock.now(), idempotencyKey: input.idempotencyKey })
      : null;
    if (join?.existingOrderId) return loadOrder(tx, join.existingOrderId, buyer);
    if (short) throw soldOut(short);

    const now = ctx.clock.now();
    const total = ids.reduce((sum, id) => sum + byId.get(id)!.price_fen * qtyByProduct.get(id)!, 0);
    const id = newId('o');
    const lines = ids.map((pid) => ({ product: byId.get(pid)!, qty: qtyByProduct.get(pid)! }));
    const notice = orderNotice(
      {
        name: shop.name,
        owner_openid: shop.owner_openid,
        policy: shop.policy,
        first_title: lines[0]?.product.title ?? null,
        lines: lines.length,
        pieces: lines.reduce((sum, x) => sum + x.qty, 0),
      },
      { id, total_fen: total, created_at: now, buyer_openid: buyer },
      { message: 'order.created' },
      'owner',
      now,
    );
    const order: NewOrder = {
      columns: [
        id,
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
      shop,
      buyer,
      idempotencyKey: input.idempotencyKey,
      // a pickup or delivery order's code, from the start: shown once paid (rows.ts)
      needsPickupCode: input.fulfilment.kind !== 'shipping',
      lines,
      notice,
    };
    const placed = await insertOrder(tx, order);
    // A racing request with the same key committed first: answer its order.
    if ('existingId' in placed) return loadOrder(tx, placed.existingId, buyer);
    const { row } = placed;
    await takeStock(tx, row.id, order, now);
    // what order.get shows right after: a new order has no payment, refund, review or shipment yet
    return toOrder(
      row,
      {
        items: row.item_rows ?? [],
        payment: null,
        events: row.event_rows ?? [],
        review: null,
        refunds: [],
        sync: null,
        shop,
        supplierName: products[0]?.supplier_name ?? null,
      },
      buyer,
    );
  });
});
