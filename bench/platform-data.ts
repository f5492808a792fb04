// A platform-sized Shuren, generated with SQL (generate_series, INSERT … SELECT) in a few statements, so that
// a million orders take seconds rather than a million round trips. Every row keeps the app's invariants, so the
// actions and the timer treat it like real data: statuses with their timestamps in the past (no unpaid order
// past its 30 minutes, no shipped order past auto-completion), sums that match their lines, carried prices
// inside their supplier's band, posted posts with posted_at, drop joins with their pickup code.
// Per shop, as the issue sizes it at 10,000 shops: 30 products (2 of them carried from a supplier), 100 orders
// (1 or 2 lines, 40 distinct buyers, spread over the past year), 20 posts (19 posted, 1 due now: the timer's
// 10,000 due reminders), 200 follows; one supplier per 20 shops with 10 supply products each; one closed drop
// per 10 shops, joined by 20 of its shop's orders. Around them, in proportion: one shipping order in twenty is a
// carried product's, fulfilled by its supplier; after-sales on 2% of orders (refunds for the refunded ones); an
// order event per status change; follow-ups on a third of completed orders; a passed image check per image (2–3 per
// product, 2 per supply product, each shop's avatar); monthly supplier settlements; a delivered outbox message per
// paid order and posted post. dueForTheTick adds each phase's work for the timer's other sweeps.
// PLATFORM_SCALE multiplies the number of shops.
import type { Database } from '../cloud/db/types';
import { DEFAULT_POLICY } from '../types/shop';
import { POST_REMINDER_TEMPLATE } from '../types/post';

export const PER_SHOP = { products: 30, carried: 2, orders: 100, buyers: 40, posts: 20, follows: 200 } as const;

export interface PlatformSize {
  shops: number;
  suppliers: number;
  supplyProducts: number;
}

export function platformSize(scale: number): PlatformSize {
  const shops = Math.max(100, Math.round(10_000 * scale));
  return { shops, suppliers: Math.max(1, Math.round(shops / 20)), supplyProducts: Math.max(PER_SHOP.carried, Math.round(shops / 2)) };
}

/** Ids the load process uses to pick shops, products and buyers. */
export const ids = {
  shop: (s: number) => `ps${s}`,
  owner: (s: number) => `po${s}`,
  product: (s: number, pos: number) => `pp${(s - 1) * PER_SHOP.products + pos}`,
  buyer: (n: number) => `pb${n}`,
  supplierOwner: (u: number) => `pv${u}`,
};

/** An image's address (the SQL expression names it); every one has a passed check in image_checks. */
const img = (name: string) => `'https://img.shuren.example/' || ${name} || '.jpg'`;

/** The statements, in order, each with a label for the log. `$1` is now. */
export function platformStatements(size: PlatformSize): Array<[label: string, sql: string]> {
  const S = size.shops;
  const P = PER_SHOP.products;
  const own = P - PER_SHOP.carried;
  const buyers = S * 20;
  // the price of product number p (a function, so order totals can be summed from their lines in one pass)
  const price = (p: string) => `(1000 + ((${p}) % 50) * 100)`;
  const policy = JSON.stringify(DEFAULT_POLICY).replace(/'/g, "''");
  const own1 = own + 1;
  return [
    [
      `${S} shops`,
      `INSERT INTO shops (id, owner_openid, name, avatar_url, intro, product_cap, policy, transfer_note, follow_up_days, created_at, updated_at)
       SELECT 'ps' || s, 'po' || s, '小店 ' || s, ${img("'a' || s")}, '自家种的，自己吃的也是这些。', 30, '${policy}'::jsonb,
              '微信转账给我，备注里写上转账码', 7, $1::timestamptz - interval '400 days', $1::timestamptz - interval '400 days'
       FROM generate_series(1, ${S}) s`,
    ],
    [
      `${size.suppliers} suppliers`,
      `INSERT INTO suppliers (id, owner_openid, name, intro, contact, created_at)
       SELECT 'pu' || u, 'pv' || u, '产地 ' || u, '一件代发', '13900000000', $1::timestamptz - interval '300 days' FROM generate_series(1, ${size.suppliers}) u`,
    ],
    [
      `${size.supplyProducts} supply products`,
      `INSERT INTO supply_products (id, supplier_id, title, story, images, supply_price_fen, min_price_fen, max_price_fen, stock, status, created_at, updated_at)
       SELECT 'pq' || q, 'pu' || (1 + q % ${size.suppliers}), '产地直发 ' || q, '我们自己的果园', jsonb_build_array(${img("'q' || q || '-1'")}, ${img("'q' || q || '-2'")}), 1000, 1500, 3000, 99999, 'active',
              $1::timestamptz - (q % 300) * interval '1 day', $1::timestamptz - (q % 300) * interval '1 day'
       FROM generate_series(1, ${size.supplyProducts}) q`,
    ],
    [
      `${S * P} products (${S * PER_SHOP.carried} carried)`,
      `INSERT INTO products (id, shop_id, title, price_fen, stock, story, images, status, position, supply_product_id, created_at, updated_at)
       SELECT 'pp' || p, 'ps' || s, '好东西 ' || p,
              CASE WHEN pos > ${own} THEN 2000 ELSE ${price('p')} END,
              CASE WHEN pos > ${own} THEN 0 ELSE 5000 END,
              '从哪里来，为什么我敢推荐：' || p,
              CASE WHEN pos > ${own} THEN '[]'::jsonb
                   WHEN p % 3 = 0 THEN jsonb_build_array(${img("'p' || p || '-1'")}, ${img("'p' || p || '-2'")}, ${img("'p' || p || '-3'")})
                   ELSE jsonb_build_array(${img("'p' || p || '-1'")}, ${img("'p' || p || '-2'")}) END,
              'active', pos,
              CASE WHEN pos > ${own} THEN 'pq' || (1 + (s * ${PER_SHOP.carried} + pos - ${own + 1}) % ${size.supplyProducts}) END,
              $1::timestamptz - interval '390 days', $1::timestamptz - interval '390 days'
       FROM generate_series(1, ${S}) s, generate_series(1, ${P}) pos, LATERAL (SELECT (s - 1) * ${P} + pos AS p) x`,
    ],
    [
      `${S / 10} closed drops with 3 products each`,
      `INSERT INTO drops (id, shop_id, title, intro, closes_at, fulfilment, show_joiners, status, closed_at, created_at, updated_at)
       SELECT 'pdrop' || s, 'ps' || s, '本周接龙', '', $1::timestamptz - interval '50 days',
              '{"pickup":[{"name":"小区东门","address":"东门快递柜旁","window":"18:00-20:00"}],"delivery":false,"shipping":true}'::jsonb,
              true, 'closed', $1::timestamptz - interval '50 days', $1::timestamptz - interval '57 days', $1::timestamptz - interval '50 days'
       FROM generate_series(10, ${S}, 10) s;
       INSERT INTO drop_items (drop_id, product_id, position, limit_per_buyer)
       SELECT 'pdrop' || s, 'pp' || ((s - 1) * ${P} + pos), pos, 5 FROM generate_series(10, ${S}, 10) s, generate_series(1, 3) pos`,
    ],
    [
      `${S * PER_SHOP.orders} orders`,
      // g → shop s, round k; a drop's shop has its first 20 rounds as joins of its drop (created before it closed).
      `INSERT INTO orders (id, shop_id, buyer_openid, status, total_fen, address, note, idempotency_key, carrier, carrier_id, tracking_no,
                           shipped_at, completed_at, cancelled_at, cancel_reason, expires_at, created_at, updated_at, note_code,
                           drop_id, fulfilment_kind, pickup_index, pickup_code)
       SELECT 'pord' || g, 'ps' || s, 'pb' || ((s * 131 + (k % ${PER_SHOP.buyers}) * 7) % ${buyers}),
              st, tot, jsonb_build_object('name', '买家' || (k % ${PER_SHOP.buyers}), 'phone', '13800000000', 'detail', '某某路 ' || g || ' 号'),
              '', 'pk' || g,
              CASE WHEN st IN ('shipped', 'completed') AND NOT dropped THEN '顺丰速运' END,
              CASE WHEN st IN ('shipped', 'completed') AND NOT dropped THEN 'SF' END,
              CASE WHEN st IN ('shipped', 'completed') AND NOT dropped THEN 'SF' || g END,
              CASE WHEN st IN ('shipped', 'completed') AND NOT dropped THEN at + interval '1 hour' END,
              CASE WHEN st = 'completed' THEN at + interval '3 days' END,
              CASE WHEN st = 'cancelled' THEN at + interval '10 minutes' END,
              CASE WHEN st = 'cancelled' THEN '' END,
              at + interval '30 minutes', at, at, lpad((g % 10000)::text, 4, '0'),
              CASE WHEN dropped THEN 'pdrop' || s END,
              CASE WHEN dropped THEN 'pickup' ELSE 'shipping' END,
              CASE WHEN dropped THEN 0 END,
              CASE WHEN dropped THEN lpad((g % 1000000)::text, 6, '0') END
       FROM generate_series(1, ${S * PER_SHOP.orders}) g,
            LATERAL (SELECT 1 + (g - 1) % ${S} AS s, (g - 1) / ${S} AS k) a,
            LATERAL (SELECT s % 10 = 0 AND k < 20 AS dropped) d,
            LATERAL (SELECT CASE WHEN dropped THEN $1::timestamptz - interval '50 days' - (g % 5000) * interval '1 minute'
                                 ELSE $1::timestamptz - interval '1 hour' - ((g::bigint * 7919) % 525600) * interval '1 minute' END AS at) t,
            LATERAL (SELECT CASE WHEN at < $1::timestamptz - interval '14 days' THEN CASE WHEN g % 10 = 0 THEN 'cancelled' ELSE 'completed' END
                                 WHEN at > $1::timestamptz - interval '9 days' AND g % 4 = 0 THEN 'shipped' ELSE 'paid' END AS st) z,
            LATERAL (SELECT sum(${price(`(s - 1) * ${P} + CASE WHEN dropped THEN line ELSE 1 + (g * 3 + line * 7) % ${own} END`)} * (1 + (g + line) % 3))::bigint AS tot
                     FROM generate_series(1, 1 + g % 2) line) m`,
    ],
    [
      'order lines',
      `INSERT INTO order_items (order_id, line, product_id, title, price_fen, qty)
       SELECT 'pord' || g, line, 'pp' || p, '好东西 ' || p, ${price('p')}, 1 + (g + line) % 3
       FROM generate_series(1, ${S * PER_SHOP.orders}) g,
            LATERAL (SELECT 1 + (g - 1) % ${S} AS s, (g - 1) / ${S} AS k) a,
            generate_series(1, 1 + g % 2) line,
            LATERAL (SELECT (s - 1) * ${P} + CASE WHEN s % 10 = 0 AND k < 20 THEN line ELSE 1 + (g * 3 + line * 7) % ${own} END AS p) x`,
    ],
    [
      'supplier-fulfilled orders (one shipping order in twenty: a carried product, sent by its supplier)',
      // g % 20 = 6 is even: a one-line order. Its line becomes one of the shop's carried products at the carried price.
      `UPDATE order_items i SET product_id = p.id, title = p.title, price_fen = 2000, supply_product_id = p.supply_product_id, supply_price_fen = 1000
       FROM generate_series(6, ${S * PER_SHOP.orders}, 20) g,
            LATERAL (SELECT 1 + (g - 1) % ${S} AS s, (g - 1) / ${S} AS k) a,
            products p
       WHERE NOT (s % 10 = 0 AND k < 20) AND i.order_id = 'pord' || g AND i.line = 1
         AND p.id = 'pp' || ((s - 1) * ${P} + ${own1} + (g / 20) % ${PER_SHOP.carried});
       UPDATE orders o SET supplier_id = sp.supplier_id, total_fen = 2000 * i.qty
       FROM order_items i JOIN supply_products sp ON sp.id = i.supply_product_id
       WHERE i.order_id = o.id AND i.supply_product_id IS NOT NULL`,
    ],
    [
      'payments of the paid orders',
      `INSERT INTO payments (id, order_id, method, status, amount_fen, created_at, paid_at, updated_at)
       SELECT 'ppay' || substr(id, 5), id, 'transfer', 'paid', total_fen, created_at + interval '5 minutes', created_at + interval '20 minutes', created_at + interval '20 minutes'
       FROM orders WHERE id LIKE 'pord%' AND status <> 'cancelled'`,
    ],
    [
      'after-sales on 2% of orders (completed ones refunded or rejected, recent ones still asked) with their refunds',
      // g % 50 = 7: a completed order's request was answered long ago (one in two refunded in full, the other
      // rejected); a paid or shipped one's is waiting for the seller, due two days after it was asked (not yet).
      `UPDATE orders SET
         status = CASE WHEN status = 'completed' THEN CASE WHEN substr(id, 5)::bigint % 100 = 7 THEN 'refunded' ELSE 'completed' END ELSE 'after_sale' END,
         after_sale_type = 'refund', after_sale_reason = '坏了几个', after_sale_from = status,
         after_sale_status = CASE WHEN status = 'completed' THEN CASE WHEN substr(id, 5)::bigint % 100 = 7 THEN 'refunded' ELSE 'rejected' END ELSE 'requested' END,
         after_sale_amount_fen = total_fen,
         after_sale_items = (SELECT jsonb_agg(jsonb_build_object('productId', product_id, 'qty', qty) ORDER BY line) FROM order_items WHERE order_id = orders.id),
         after_sale_photos = '[]',
         after_sale_requested_at = CASE WHEN status = 'completed' THEN completed_at + interval '1 day' ELSE $1::timestamptz - (substr(id, 5)::bigint % 600) * interval '1 minute' END,
         after_sale_due_by = CASE WHEN status = 'completed' THEN completed_at + interval '3 days' ELSE $1::timestamptz - (substr(id, 5)::bigint % 600) * interval '1 minute' + interval '2 days' END,
         after_sale_resolved_at = CASE WHEN status = 'completed' THEN completed_at + interval '2 days' END,
         after_sale_note = CASE WHEN status = 'completed' THEN '' END
       WHERE id LIKE 'pord%' AND status IN ('paid', 'shipped', 'completed') AND substr(id, 5)::bigint % 50 = 7;
       INSERT INTO refunds (id, order_id, payment_id, amount_fen, method, reason, status, note, created_at, updated_at, done_at, sent_at)
       SELECT 'pref' || substr(o.id, 5), o.id, 'ppay' || substr(o.id, 5), o.after_sale_amount_fen, 'transfer', 'after_sale', 'done', '微信转账退回',
              o.after_sale_resolved_at, o.after_sale_resolved_at, o.after_sale_resolved_at, o.after_sale_resolved_at
       FROM orders o WHERE o.id LIKE 'pord%' AND o.status = 'refunded'`,
    ],
    [
      'order events (one per status change)',
      `INSERT INTO order_events (order_id, at, action, by_role, from_status, to_status, note)
       SELECT o.id, e.at, e.action, e.by_role, e.from_status, e.to_status, NULL
       FROM orders o,
            LATERAL (VALUES
              (1, o.created_at, 'create', 'buyer', NULL, 'pending_payment'),
              (2, CASE WHEN o.cancelled_at IS NULL THEN o.created_at + interval '20 minutes' END, 'confirmPaid', 'owner', 'pending_payment', 'paid'),
              (3, o.shipped_at, 'ship', 'owner', 'paid', 'shipped'),
              (4, o.completed_at, 'confirmReceived', 'buyer', CASE WHEN o.shipped_at IS NULL THEN 'paid' ELSE 'shipped' END, 'completed'),
              (5, o.cancelled_at, 'cancel', 'buyer', 'pending_payment', 'cancelled'),
              (6, o.after_sale_requested_at, 'requestAfterSale', 'buyer', o.after_sale_from, 'after_sale'),
              (7, o.after_sale_resolved_at, CASE WHEN o.status = 'refunded' THEN 'approveAfterSale' ELSE 'rejectAfterSale' END, 'owner', 'after_sale', o.status)
            ) e(n, at, action, by_role, from_status, to_status)
       WHERE o.id LIKE 'pord%' AND e.at IS NOT NULL
       ORDER BY e.at, e.n`,
    ],
    [
      'reviews of one completed order in ten',
      `INSERT INTO reviews (id, order_id, shop_id, buyer_openid, rating, text, created_at, product_id)
       SELECT 'prev' || substr(o.id, 5), o.id, o.shop_id, o.buyer_openid, 4 + length(o.id) % 2, '很新鲜，下次还买', o.completed_at + interval '1 day', i.product_id
       FROM orders o JOIN order_items i ON i.order_id = o.id AND i.line = 1
       WHERE o.id LIKE 'pord%' AND o.status = 'completed' AND right(o.id, 1) = '1'`,
    ],
    [
      'customers (one per buyer of a shop)',
      `INSERT INTO customers (id, shop_id, buyer_openid, note, tags, created_at, updated_at)
       SELECT 'pc' || row_number() OVER (), shop_id, buyer_openid, '', '[]', min(created_at), min(created_at)
       FROM orders WHERE id LIKE 'pord%' GROUP BY shop_id, buyer_openid`,
    ],
    [
      `${S * PER_SHOP.posts} posts (${S} due now)`,
      `INSERT INTO posts (id, shop_id, at, text, status, reminder, reminded_at, posted_at, created_at, updated_at)
       SELECT 'ppost' || ((s - 1) * ${PER_SHOP.posts} + j), 'ps' || s, at, '今天的核桃刚到货 ' || j,
              CASE WHEN due THEN 'scheduled' ELSE 'posted' END, CASE WHEN due THEN 'pending' ELSE 'sent' END,
              CASE WHEN due THEN NULL ELSE at END, CASE WHEN due THEN NULL ELSE at END, at - interval '1 day', at
       FROM generate_series(1, ${S}) s, generate_series(1, ${PER_SHOP.posts}) j,
            LATERAL (SELECT j = ${PER_SHOP.posts} AS due) d,
            LATERAL (SELECT CASE WHEN due THEN $1::timestamptz - (1 + s % 600) * interval '1 minute'
                                 ELSE $1::timestamptz - (16 + j * 3) * interval '1 day' - (s % 600) * interval '1 minute' END AS at) t`,
    ],
    [
      'follow-ups (a third of completed orders done, one in twenty snoozed)',
      `INSERT INTO follow_ups (order_id, shop_id, status, snoozed_until, updated_at)
       SELECT id, shop_id, CASE WHEN n % 3 = 0 THEN 'done' ELSE 'snoozed' END,
              CASE WHEN n % 3 = 0 THEN NULL ELSE $1::timestamptz + (1 + n % 7) * interval '1 day' END,
              least(completed_at + interval '8 days', $1::timestamptz)
       FROM orders, LATERAL (SELECT substr(id, 5)::bigint AS n) x
       WHERE id LIKE 'pord%' AND status = 'completed' AND (n % 3 = 0 OR n % 20 = 1)`,
    ],
    [
      'image checks (one per image, passed)',
      `INSERT INTO image_checks (url, owner_openid, scene, status, trace_id, label, created_at, updated_at)
       SELECT u.url, u.owner, 1, 'pass', 'ptrace-' || row_number() OVER (), NULL, u.at, u.at
       FROM (SELECT jsonb_array_elements_text(p.images) AS url, 'po' || substr(p.shop_id, 3) AS owner, p.created_at AS at FROM products p
             UNION ALL SELECT jsonb_array_elements_text(q.images), 'pv' || substr(q.supplier_id, 3), q.created_at FROM supply_products q
             UNION ALL SELECT avatar_url, owner_openid, created_at FROM shops WHERE avatar_url IS NOT NULL) u`,
    ],
    [
      'supplier settlements (monthly, per shop and supplier it carries from, for half a year)',
      `INSERT INTO supplier_settlements (id, supplier_id, shop_id, amount_fen, note, created_at, idempotency_key)
       SELECT 'pset' || row_number() OVER (), x.supplier_id, x.shop_id, 10000 * m, '月结', $1::timestamptz - m * interval '30 days', NULL
       FROM (SELECT DISTINCT sp.supplier_id, p.shop_id FROM products p JOIN supply_products sp ON sp.id = p.supply_product_id) x,
            generate_series(1, 6) m`,
    ],
    [
      'delivered outbox messages (one per order that was paid, one per posted post)',
      `INSERT INTO outbox (kind, to_openid, payload, created_at, claimed_at, delivered_at, attempts)
       SELECT 'subscribeMessage', m.to_openid, m.payload, m.at, m.at, m.at + interval '2 seconds', 1
       FROM (SELECT buyer_openid AS to_openid, jsonb_build_object('template', 'order', 'orderId', id) AS payload, created_at + interval '20 minutes' AS at
               FROM orders WHERE id LIKE 'pord%' AND cancelled_at IS NULL
             UNION ALL
             SELECT 'po' || substr(shop_id, 3), jsonb_build_object('template', '${POST_REMINDER_TEMPLATE}', 'postId', id), at
               FROM posts WHERE id LIKE 'ppost%' AND status = 'posted') m
       ORDER BY m.at`,
    ],
    [
      'post reminder consents (half of the owners)',
      `INSERT INTO subscription_consents (openid, template, remaining, updated_at)
       SELECT 'po' || s, '${POST_REMINDER_TEMPLATE}', 1, $1 FROM generate_series(2, ${S}, 2) s`,
    ],
    [
      `${S * PER_SHOP.follows} follows`,
      `INSERT INTO follows (shop_id, openid, state, updated_at)
       SELECT 'ps' || s, 'pb' || ((s * 131 + f * 1009) % ${S * 100}), CASE WHEN f % 20 = 0 THEN 'muted' ELSE 'following' END,
              $1::timestamptz - f * interval '1 day'
       FROM generate_series(1, ${S}) s, generate_series(0, ${PER_SHOP.follows - 1}) f`,
    ],
  ];
}

/** Fills an empty, migrated database and analyses it; logs each step's time. */
export async function generatePlatform(db: Database, size: PlatformSize, now: Date, log: (line: string) => void): Promise<number> {
  const t0 = performance.now();
  for (const [label, sql] of platformStatements(size)) {
    const t = performance.now();
    for (const statement of sql.split(/;\n/)) await db.query(statement, statement.includes('$1') ? [now] : []);
    log(`generated ${label} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  await db.query('ANALYZE');
  return performance.now() - t0;
}

/** Puts the timer's due reminders back (a phase's tick sent them) so the next phase ticks over the same 10,000. */
export async function resetDueReminders(db: Database, now: Date): Promise<void> {
  await db.query(`UPDATE posts SET reminder = 'pending', reminded_at = NULL WHERE id LIKE 'ppost%' AND status = 'scheduled' AND reminder <> 'pending'`);
  await db.query(`DELETE FROM outbox WHERE kind = 'subscribeMessage' AND payload->>'template' = $1`, [POST_REMINDER_TEMPLATE]);
  await db.query(`UPDATE subscription_consents SET remaining = 1, updated_at = $1 WHERE template = $2 AND openid LIKE 'po%'`, [now, POST_REMINDER_TEMPLATE]);
}

/** How many rows each of the timer's other sweeps finds due in one tick (besides the 10,000 reminders). */
export const duePerSweep = (size: PlatformSize) => Math.max(1, Math.round(size.shops / 100));

/**
 * Work for every other sweep of the tick, fresh for each phase (a tick handles it): unpaid orders past their 30
 * minutes, shipped orders past auto-completion, after-sale requests past their answer time, approved returns not
 * sent back and returns not confirmed in time, open drops past their cutoff (each with an unpaid join), image
 * checks whose request never got through. One order per shop at most, a carried-free line of the shop's first product.
 */
export async function dueForTheTick(db: Database, size: PlatformSize, now: Date, phase: number): Promise<void> {
  const S = size.shops;
  const N = duePerSweep(size);
  const P = PER_SHOP.products;
  const kinds = ['expire', 'complete', 'overdue', 'unsent', 'unconfirmed', 'join'];
  await db.query(
    `INSERT INTO drops (id, shop_id, title, intro, closes_at, fulfilment, show_joiners, status, created_at, updated_at)
     SELECT 'pdue${phase}d' || i, 'ps' || (1 + (i * 7 + ${phase}) % ${S}), '今晚截单', '', $1::timestamptz - interval '1 minute',
            '{"pickup":[{"name":"小区东门","address":"东门快递柜旁","window":"18:00-20:00"}],"delivery":false,"shipping":false}'::jsonb,
            true, 'open', $1::timestamptz - interval '2 days', $1::timestamptz - interval '2 days'
     FROM generate_series(1, ${N}) i`,
    [now],
  );
  await db.query(
    `INSERT INTO drop_items (drop_id, product_id, position, limit_per_buyer)
     SELECT 'pdue${phase}d' || i, 'pp' || ((i * 7 + ${phase}) % ${S} * ${P} + 1), 1, 5 FROM generate_series(1, ${N}) i`,
  );
  // k: the kind; s: a shop of its own per kind and phase, so no two open orders of a shop share a note code
  await db.query(
    `INSERT INTO orders (id, shop_id, buyer_openid, status, total_fen, address, note, idempotency_key, carrier, carrier_id, tracking_no, shipped_at,
                         expires_at, created_at, updated_at, note_code, drop_id, fulfilment_kind, pickup_index, pickup_code,
                         after_sale_type, after_sale_reason, after_sale_from, after_sale_status, after_sale_amount_fen, after_sale_items, after_sale_photos,
                         after_sale_requested_at, after_sale_due_by, return_address, return_carrier, return_carrier_id, return_tracking_no, return_shipped_at,
                         return_ship_by, return_confirm_by)
     SELECT 'pdue${phase}' || k || i, 'ps' || s, 'pb' || (s * 3 + 1), st, 1000 + (pn % 50) * 100,
            '{"name":"买家","phone":"13800000000","detail":"某某路 1 号"}'::jsonb, '', 'pdue${phase}' || k || i,
            CASE WHEN shipped THEN '顺丰速运' END, CASE WHEN shipped THEN 'SF' END, CASE WHEN shipped THEN 'SFD' || i END,
            CASE WHEN shipped THEN $1::timestamptz - interval '11 days' END,
            CASE WHEN st = 'pending_payment' THEN $1::timestamptz - interval '1 minute' END,
            $1::timestamptz - interval '12 days', $1::timestamptz - interval '1 day', lpad((kn * 1000 + i % 1000)::text, 4, '0'),
            CASE WHEN k = 'join' THEN 'pdue${phase}d' || i END,
            CASE WHEN k = 'join' THEN 'pickup' ELSE 'shipping' END,
            CASE WHEN k = 'join' THEN 0 END,
            CASE WHEN k = 'join' THEN lpad((900000 + i)::text, 6, '0') END,
            CASE WHEN aft THEN CASE WHEN k = 'overdue' THEN 'refund' ELSE 'return' END END,
            CASE WHEN aft THEN '坏了几个' END, CASE WHEN aft THEN 'shipped' END,
            CASE k WHEN 'overdue' THEN 'requested' WHEN 'unsent' THEN 'approved' WHEN 'unconfirmed' THEN 'returned' END,
            CASE WHEN aft THEN 1000 + (pn % 50) * 100 END,
            CASE WHEN aft THEN jsonb_build_array(jsonb_build_object('productId', 'pp' || pn, 'qty', 1)) END,
            CASE WHEN aft THEN '[]'::jsonb END,
            CASE WHEN aft THEN $1::timestamptz - interval '20 days' END,
            CASE WHEN aft THEN $1::timestamptz - interval '1 hour' END,
            CASE WHEN k IN ('unsent', 'unconfirmed') THEN '{"name":"店主","phone":"13900000000","detail":"退货地址 1 号"}'::jsonb END,
            CASE WHEN k = 'unconfirmed' THEN '顺丰速运' END, CASE WHEN k = 'unconfirmed' THEN 'SF' END,
            CASE WHEN k = 'unconfirmed' THEN 'SFR' || i END, CASE WHEN k = 'unconfirmed' THEN $1::timestamptz - interval '11 days' END,
            CASE WHEN k = 'unsent' THEN $1::timestamptz - interval '1 hour' END,
            CASE WHEN k = 'unconfirmed' THEN $1::timestamptz - interval '1 hour' END
     FROM generate_series(1, ${N}) i, unnest($2::text[]) WITH ORDINALITY kk(k, kn),
          LATERAL (SELECT CASE WHEN k = 'join' THEN 1 + (i * 7 + ${phase}) % ${S} ELSE 1 + (i * 13 + kn * 1000 + ${phase} * 97) % ${S} END AS s) a,
          LATERAL (SELECT (s - 1) * ${P} + 1 AS pn, k IN ('overdue', 'unsent', 'unconfirmed') AS aft,
                          CASE WHEN k IN ('expire', 'join') THEN 'pending_payment' WHEN k = 'complete' THEN 'shipped' ELSE 'after_sale' END AS st) b,
          LATERAL (SELECT k <> 'expire' AND k <> 'join' AS shipped) c`,
    [now, kinds],
  );
  await db.query(
    `INSERT INTO order_items (order_id, line, product_id, title, price_fen, qty)
     SELECT o.id, 1, p.id, p.title, p.price_fen, 1 FROM orders o JOIN products p ON p.id = 'pp' || ((substr(o.shop_id, 3)::int - 1) * ${P} + 1)
     WHERE o.id LIKE 'pdue${phase}%'`,
  );
  await db.query(
    `INSERT INTO payments (id, order_id, method, status, amount_fen, created_at, paid_at, updated_at)
     SELECT 'ppay' || substr(id, 5), id, 'transfer', 'paid', total_fen, created_at + interval '5 minutes', created_at + interval '20 minutes', created_at + interval '20 minutes'
     FROM orders WHERE id LIKE 'pdue${phase}%' AND status <> 'pending_payment'`,
  );
  await db.query(
    `INSERT INTO image_checks (url, owner_openid, scene, status, created_at, updated_at)
     SELECT 'https://img.shuren.example/due${phase}-' || i || '.jpg', 'po' || (1 + i % ${S}), 1, 'pending', $1::timestamptz - interval '1 hour', $1::timestamptz - interval '1 hour'
     FROM generate_series(1, ${N}) i`,
    [now],
  );
}
