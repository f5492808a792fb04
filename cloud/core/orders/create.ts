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

/** What PLACE answers: the new order's row (every column null when nothing was inserted), the rows written with it. */
type Inserted = OrderRow & {
  note_free: boolean;
  pickup_free: boolean;
  item_rows: OrderItemRow[] | null;
  event_rows: OrderEventRow[] | null;
  /** stock rows taken from: all of the order's (none when nothing was inserted) */
  taken: number | string;
};

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
 * The whole order in ONE statement, so that outside a drop it runs in autocommit: the hot locks (a popular
 * product's stock row, the seller's consent row) are held while it runs and commits inside the server, never over
 * a BEGIN/COMMIT round trip to the host. In the order its parts run (each depends on the one before):
 *
 * - the order, with the first of the candidate codes no open order of the shop holds (note-code.ts, pickup.ts).
 *   ON CONFLICT DO NOTHING covers every unique index: the buyer's key (a double tap's other request) and the
 *   shop's open codes (a racing order took the same one) — a concurrent insert of either is waited for, so the
 *   loser sees the winner's row and inserts nothing, and then locks and writes nothing else either. This comes
 *   before any hot lock, which is never held while waiting on a racing order's code or key.
 * - the stock rows locked (FOR NO KEY UPDATE, the lock the UPDATE itself takes, so lines referencing them are not
 *   held up) by a SELECT … ORDER BY id the UPDATEs read from — an UPDATE … FROM alone locks in whatever order its
 *   join yields. Supply rows and products each by id; an order is one table's (one fulfiller, checked before).
 *   In READ COMMITTED the lock returns the newest row: the supply row's status and band are judged on it.
 * - the stock taken: a row without the pieces would go below zero, which its CHECK (001_shops.sql, 018_supply.sql)
 *   refuses, failing the whole statement (23514) — nothing of the order is written. A supply row no longer on offer,
 *   or a carried line priced outside its band as locked, is refused the same way (its stock set to -1): the
 *   caller reads which, off the hot path (refusal()).
 * - the lines, a carried line with the supply price as locked, and the first timeline event.
 * - the seller's notice: a consent spent and the message queued, as notify.ts's deliver does (consents.ts
 *   spendConsent, outbox.ts enqueue), after the stock rows — the one lock order of every order.
 *
 * Answers the rows written: order.create's answer is made of them.
 */
const PLACE = `WITH code AS (
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
  line AS (SELECT * FROM unnest($18::text[], $19::text[], $20::int[], $21::int[], $22::text[], $23::text[])
                WITH ORDINALITY AS l(product_id, title, price_fen, qty, image, supply_product_id, line)),
  want_s AS (SELECT * FROM unnest($24::text[], $25::int[]) AS w(id, qty)),
  want_p AS (SELECT * FROM unnest($26::text[], $27::int[]) AS w(id, qty)),
  locked_s AS MATERIALIZED (
    SELECT s.id, s.supply_price_fen,
           s.status = 'active' AND NOT EXISTS (SELECT 1 FROM line l WHERE l.supply_product_id = s.id AND (l.price_fen < s.min_price_fen OR l.price_fen > s.max_price_fen)) AS ok
      FROM supply_products s WHERE s.id = ANY($24::text[]) AND EXISTS (SELECT 1 FROM o) ORDER BY s.id FOR NO KEY UPDATE),
  locked_p AS MATERIALIZED (SELECT p.id FROM products p WHERE p.id = ANY($26::text[]) AND EXISTS (SELECT 1 FROM o) ORDER BY p.id FOR NO KEY UPDATE),
  taken_s AS (UPDATE supply_products s SET stock = CASE WHEN k.ok THEN s.stock - w.qty ELSE -1 END
                FROM locked_s k JOIN want_s w ON w.id = k.id WHERE s.id = k.id RETURNING s.id),
  taken_p AS (UPDATE products p SET stock = p.stock - w.qty FROM locked_p k JOIN want_p w ON w.id = k.id WHERE p.id = k.id RETURNING p.id),
  taken AS (SELECT (SELECT count(*) FROM taken_s) + (SELECT count(*) FROM taken_p) AS n),
  lines AS (
    INSERT INTO order_items (order_id, line, product_id, title, price_fen, qty, image, supply_product_id, supply_price_fen)
    SELECT o.id, l.line::int, l.product_id, l.title, l.price_fen, l.qty, l.image, l.supply_product_id, k.supply_price_fen
      FROM o CROSS JOIN taken t CROSS JOIN line l LEFT JOIN locked_s k ON k.id = l.supply_product_id
    RETURNING order_id, line, product_id, title, price_fen, qty, image),
  event AS (
    INSERT INTO order_events (order_id, at, action, by_role, from_status, to_status, note)
    SELECT o.id, $9::timestamptz, 'create', 'buyer', NULL, 'pending_payment', NULL FROM o
    RETURNING order_id, at, action, by_role, from_status, to_status, note),
  spent AS (
    UPDATE subscription_consents c SET remaining = c.remaining - 1, updated_at = $9::timestamptz FROM taken t
     WHERE t.n > 0 AND c.openid = $28 AND c.template = $29 AND c.remaining > 0 RETURNING 1),
  queued AS (INSERT INTO outbox (kind, to_openid, payload, created_at) SELECT 'subscribeMessage', $28, $30::jsonb, $9::timestamptz FROM spent RETURNING 1)
  SELECT o.*, code.note IS NOT NULL AS note_free, code.pickup IS NOT NULL AS pickup_free,
         (SELECT n FROM taken) AS taken,
         (SELECT count(*) FROM queued) AS queued,
         (SELECT json_agg(x ORDER BY x.line) FROM lines x) AS item_rows,
         (SELECT json_agg(e) FROM event e) AS event_rows
    FROM code LEFT JOIN o ON true`;

/** Rounds of candidates before giving up: each lost one is a code another order took (and committed) meanwhile. */
const MAX_ROUNDS = 50;

/** PLACE refused the order as the stock rows were locked: short, no longer on offer, or priced outside a band. */
class Refused extends Error {}

/** A CHECK on a stock row failed: the order would take more than there is (or PLACE marked the row refused). */
function isStockRefusal(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  // The stock columns' own CHECKs by name (001, 018): another CHECK or trigger on these tables is not a refusal.
  const { code, constraint } = e as { code?: unknown; constraint?: unknown };
  return code === '23514' && (constraint === 'products_stock_check' || constraint === 'supply_products_stock_check');
}

/**
 * Places the order (PLACE), retrying with fresh candidates while racing orders hold the codes offered: the new
 * order's row and the rows written with it, or the id of the buyer's order with the same key that a racing
 * request committed first. Throws Refused when the stock rows as locked refuse it (nothing is then written).
 */
async function place(q: Queryable, o: NewOrder): Promise<{ row: Inserted } | { existingId: string }> {
  const l = o.lines;
  const rows = stockRows(l.map((x) => ({ productId: x.product.id, qty: x.qty, supplyProductId: x.product.supply_product_id })));
  const of = (table: StockRow['table']) => rows.filter((r) => r.table === table);
  const params = [
    l.map((x) => x.product.id),
    l.map((x) => x.product.title),
    l.map((x) => x.product.price_fen),
    l.map((x) => x.qty),
    l.map((x) => x.product.images[0] ?? null),
    l.map((x) => x.product.supply_product_id),
    of('supply_products').map((r) => r.id),
    of('supply_products').map((r) => r.qty),
    of('products').map((r) => r.id),
    of('products').map((r) => r.qty),
    o.notice.toOpenId,
    o.notice.template,
    JSON.stringify(o.notice.message),
  ];
  let noteDense = false;
  let pickupDense = false;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const notes = await noteCodeCandidates(q, o.shop.id, noteDense);
    if (notes.length === 0) throw conflict(transfersText.noteCodesExhausted);
    const pickups = o.needsPickupCode ? await pickupCodeCandidates(q, o.shop.id, pickupDense) : [];
    if (o.needsPickupCode && pickups.length === 0) throw conflict(dropJoinText.codesExhausted);
    let row: Inserted;
    try {
      [row] = await q.query<Inserted>(PLACE, [...o.columns, notes, pickups, o.needsPickupCode, ...params]);
    } catch (e) {
      if (isStockRefusal(e)) throw new Refused();
      throw e;
    }
    if (row.id) {
      if (Number(row.taken) !== rows.length) throw new Error(`order.create: ${row.taken} of ${rows.length} stock rows taken for ${row.id}`);
      return { row };
    }
    // every candidate held: the next round offers only free codes, read from the shop's orders
    if (!row.note_free) noteDense = true;
    else if (o.needsPickupCode && !row.pickup_free) pickupDense = true;
    else {
      const [same] = await q.query<{ id: string }>('SELECT id FROM orders WHERE buyer_openid = $1 AND idempotency_key = $2', [o.buyer, o.idempotencyKey]);
      if (same) return { existingId: same.id };
    }
  }
  throw new Error(`order.create: no free code after ${MAX_ROUNDS} rounds in shop ${o.shop.id}`);
}

/**
 * Why PLACE was refused, read after it (off the hot path, nothing locked): OUT_OF_STOCK names the first row short
 * (in lock order) with what is left, CONFLICT a carried line priced outside its band. Null when the rows now
 * hold the order after all (pieces came back meanwhile): the caller tries again.
 */
async function refusal(q: Queryable, o: NewOrder): Promise<AppError | null> {
  const rows = stockRows(o.lines.map((x) => ({ productId: x.product.id, qty: x.qty, supplyProductId: x.product.supply_product_id })));
  const ids = (table: StockRow['table']) => rows.filter((r) => r.table === table).map((r) => r.id);
  const now = await q.query<{ id: string; title: string; stock: number; min_price_fen: number | null; max_price_fen: number | null }>(
    `SELECT id, title, CASE WHEN status = 'active' THEN stock ELSE 0 END AS stock, min_price_fen, max_price_fen FROM supply_products WHERE id = ANY($1::text[])
     UNION ALL SELECT id, title, stock, NULL, NULL FROM products WHERE id = ANY($2::text[])`,
    [ids('supply_products'), ids('products')],
  );
  const found = new Map(now.map((k) => [k.id, k]));
  // the first row short, in lock order, named by the product the buyer asked for
  const short = rows.find((r) => (found.get(r.id)?.stock ?? 0) < r.qty);
  if (short) {
    const available = Math.max(0, found.get(short.id)?.stock ?? 0);
    return new AppError('OUT_OF_STOCK', domainText.outOfStock(found.get(short.id)?.title ?? '', available), { productId: short.productId, available });
  }
  // The supplier may have raised its price or band since the seller priced this: selling below it loses the seller money.
  const outside = o.lines.find(({ product: p }) => {
    const band = p.supply_product_id ? found.get(p.supply_product_id) : undefined;
    return band && ((band.min_price_fen !== null && p.price_fen < band.min_price_fen) || (band.max_price_fen !== null && p.price_fen > band.max_price_fen));
  });
  if (outside) return conflict(supplyOrdersText.priceOutsideBand(outside.product.title), { reason: 'price_outside_band', productId: outside.product.id });
  return null;
}

/** Attempts at an order whose stock rows refused it but held it again when read: pieces coming back each time. */
const MAX_ATTEMPTS = 5;

/**
 * Places an order and reserves its stock in one statement. Prices come from the database, never
 * from the client. The same idempotency key from the same buyer answers the first order again and
 * reserves nothing (the unique key settles a race between a double tap's two requests).
 *
 * An order is two statements: the reads (key, shop, products) in one, then PLACE in autocommit — every value the
 * order's guarantees rest on is judged again under the locks (stock, band: PLACE; the key: its unique index) or
 * was never locked (the shop, a product's price). A drop join runs the same PLACE inside the transaction that
 * holds the drop's lock. The answer is built from the rows written (toOrder, the mapping order.get uses), not
 * read back. A buyer too late for a sold-out product costs one statement; one refused under the lock, three.
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
  // buyer. Enough here is only a hint — PLACE decides under the lock. The key was read in the same
  // snapshot: a first request with this key committed before it would have been answered above, and one
  // committed after it took nothing this read counted.
  const short = ids.find((id) => byId.get(id)!.stock < qtyByProduct.get(id)!);
  const soldOut = (id: string) => {
    const p = byId.get(id)!;
    return new AppError('OUT_OF_STOCK', domainText.outOfStock(p.title, Math.max(0, p.stock)), { productId: id, available: Math.max(0, p.stock) });
  };
  // a drop's own answers (closed, over the limit, a retry under its lock) come first
  if (short && !input.dropId) throw soldOut(short);

  const lines = ids.map((pid) => ({ product: byId.get(pid)!, qty: qtyByProduct.get(pid)! }));
  const total = ids.reduce((sum, id) => sum + byId.get(id)!.price_fen * qtyByProduct.get(id)!, 0);
  const id = newId('o');
  const newOrder = (join: Join | null): NewOrder => {
    const now = ctx.clock.now();
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
    return {
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
  };
  // what order.get shows right after: a new order has no payment, refund, review or shipment yet
  const answer = (row: Inserted) =>
    toOrder(
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

  /** One attempt: PLACE alone in autocommit, or a drop join's transaction around it. */
  const attempt = async (): Promise<{ order: ReturnType<typeof answer> } | { refused: NewOrder }> => {
    if (!input.dropId) {
      const o = newOrder(null);
      try {
        const placed = await place(ctx.db, o);
        // A racing request with the same key committed first: answer its order.
        if ('existingId' in placed) return { order: await loadOrder(ctx.db, placed.existingId, buyer) };
        return { order: answer(placed.row) };
      } catch (e) {
        if (e instanceof Refused) return { refused: o };
        throw e;
      }
    }
    const dropId = input.dropId;
    let refusedOrder: NewOrder | null = null;
    try {
      return await ctx.db.transaction(async (tx) => {
        // Joining a drop (issue 17): the drop's row stays locked until this order commits, so one drop's joins take
        // turns and the buyer's limit is counted with every earlier join of theirs in it.
        // The same key looked up again once the drop's lock is held: a double tap's second request waited here for
        // the first, whose order now counts against the limit, and must answer that order, not "over the limit".
        // The clock is read under the lock too, so a join that waited past the cutoff is refused.
        const join: Join = await checkJoin(tx, { dropId, shopId: shop.id, buyer, fulfilment: input.fulfilment, qtyByProduct, products, now: () => ctx.clock.now(), idempotencyKey: input.idempotencyKey });
        if (join.existingOrderId) return { order: await loadOrder(tx, join.existingOrderId, buyer) };
        if (short) throw soldOut(short);
        const o = newOrder(join);
        refusedOrder = o;
        const placed = await place(tx, o);
        refusedOrder = null;
        if ('existingId' in placed) return { order: await loadOrder(tx, placed.existingId, buyer) };
        return { order: answer(placed.row) };
      });
    } catch (e) {
      // the statement failed, so the transaction was rolled back: the refusal's words are read after it
      if (e instanceof Refused && refusedOrder) return { refused: refusedOrder };
      throw e;
    }
  };

  for (let n = 0; n < MAX_ATTEMPTS; n++) {
    const done = await attempt();
    if ('order' in done) return done.order;
    const why = await refusal(ctx.db, done.refused);
    if (why) throw why;
  }
  throw new Error(`order.create: refused ${MAX_ATTEMPTS} times by stock rows that then held order ${id}`);
});
