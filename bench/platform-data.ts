// A platform-sized Shuren, generated with SQL (generate_series, INSERT … SELECT) in a few statements, so that
// a million orders take seconds rather than a million round trips. Every row keeps the app's invariants, so the
// actions and the timer treat it like real data: statuses with their timestamps in the past (no unpaid order
// past its 30 minutes, no shipped order past auto-completion), sums that match their lines, carried prices
// inside their supplier's band, posted posts with posted_at, drop joins with their pickup code.
// Per shop, as the issue sizes it at 10,000 shops: 30 products (2 of them carried from a supplier), 100 orders
// (1 or 2 lines, 40 distinct buyers, spread over the past year), 20 posts (19 posted, 1 due now: the timer's
// 10,000 due reminders), 200 follows; one supplier per 20 shops with 10 supply products each; one closed drop
// per 10 shops, joined by 20 of its shop's orders. PLATFORM_SCALE multiplies the number of shops.
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
};

/** The statements, in order, each with a label for the log. `$1` is now. */
export function platformStatements(size: PlatformSize): Array<[label: string, sql: string]> {
  const S = size.shops;
  const P = PER_SHOP.products;
  const own = P - PER_SHOP.carried;
  const buyers = S * 20;
  // the price of product number p (a function, so order totals can be summed from their lines in one pass)
  const price = (p: string) => `(1000 + ((${p}) % 50) * 100)`;
  const policy = JSON.stringify(DEFAULT_POLICY).replace(/'/g, "''");
  return [
    [
      `${S} shops`,
      `INSERT INTO shops (id, owner_openid, name, intro, product_cap, policy, transfer_note, follow_up_days, created_at, updated_at)
       SELECT 'ps' || s, 'po' || s, '小店 ' || s, '自家种的，自己吃的也是这些。', 30, '${policy}'::jsonb,
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
      `INSERT INTO supply_products (id, supplier_id, title, story, supply_price_fen, min_price_fen, max_price_fen, stock, status, created_at, updated_at)
       SELECT 'pq' || q, 'pu' || (1 + q % ${size.suppliers}), '产地直发 ' || q, '我们自己的果园', 1000, 1500, 3000, 99999, 'active',
              $1::timestamptz - (q % 300) * interval '1 day', $1::timestamptz - (q % 300) * interval '1 day'
       FROM generate_series(1, ${size.supplyProducts}) q`,
    ],
    [
      `${S * P} products (${S * PER_SHOP.carried} carried)`,
      `INSERT INTO products (id, shop_id, title, price_fen, stock, story, status, position, supply_product_id, created_at, updated_at)
       SELECT 'pp' || p, 'ps' || s, '好东西 ' || p,
              CASE WHEN pos > ${own} THEN 2000 ELSE ${price('p')} END,
              CASE WHEN pos > ${own} THEN 0 ELSE 5000 END,
              '从哪里来，为什么我敢推荐：' || p, 'active', pos,
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
      'payments of the paid orders',
      `INSERT INTO payments (id, order_id, method, status, amount_fen, created_at, paid_at, updated_at)
       SELECT 'ppay' || substr(id, 5), id, 'transfer', 'paid', total_fen, created_at + interval '5 minutes', created_at + interval '20 minutes', created_at + interval '20 minutes'
       FROM orders WHERE id LIKE 'pord%' AND status <> 'cancelled'`,
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
