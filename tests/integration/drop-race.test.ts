import type { Drop } from '../../types/drop';
import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { handClock, hostPerFile, usingPostgres } from './helpers/host';

/**
 * The bar (issue 17): 200 friends joining one drop at once — a product with 50 pieces, at most 2 per
 * friend, and some friends sending two joins of 2 at the same moment (a double tap with two keys, two phones) —
 * sell exactly the 50 pieces, no friend holds more than 2, and every other join is told why (CONFLICT: over the
 * limit, OUT_OF_STOCK: sold out). Runs on PGlite, and on PostgreSQL when DATABASE_URL is set (npm test runs the
 * integration project on both), where the requests really race.
 */
const clock = handClock('2026-11-29T02:00:00Z');
const host = hostPerFile({ clock });

const OWNER = 'drop-race-owner';
const address = { name: '王小明', phone: '13800138000' };

it(`200 friends racing to join one drop buy exactly its 50 pieces, none more than 2 (${usingPostgres ? 'PostgreSQL' : 'PGlite'})`, async () => {
  const shop = await host.ok<Shop>('shop', { action: 'open', name: '接龙抢购小店' }, OWNER);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 race' } }, OWNER);
  const product = await host.ok<Product>('catalog', { action: 'create', title: '草莓', priceFen: 3000, stock: 50, story: '今早摘的' }, OWNER);
  const drop = await host.ok<Drop>(
    'drop',
    {
      action: 'open',
      title: '周六草莓接龙',
      items: [{ productId: product.id, limitPerBuyer: 2 }],
      closesAt: new Date(clock.t + 86_400_000).toISOString(),
      fulfilment: { pickup: [{ name: '三号门', address: '阳光小区三号门', window: '周六 10:00–12:00' }], delivery: false, shipping: false },
    },
    OWNER,
  );

  const joinOf = (buyer: string, key: string, qty: number) =>
    host.call<Order>(
      'order',
      { action: 'create', shopId: shop.id, dropId: drop.id, items: [{ productId: product.id, qty }], address, fulfilment: { kind: 'pickup', pickupIndex: 0 }, idempotencyKey: key },
      buyer,
    );
  // every fourth friend sends two joins of 2 at once; the others one join of 1 or 2
  const requests = Array.from({ length: 200 }, (_, i) => {
    const buyer = `drop-racer-${i}`;
    if (i % 4 === 0) return [joinOf(buyer, `drop-race-${i}-a`, 2), joinOf(buyer, `drop-race-${i}-b`, 2)];
    return [joinOf(buyer, `drop-race-${i}`, 1 + (i % 2))];
  }).flat();
  const results = await Promise.all(requests);

  const codes = results.map((r) => (r.body.ok ? 'ok' : r.body.error.code));
  expect(codes.filter((c) => c !== 'ok' && c !== 'CONFLICT' && c !== 'OUT_OF_STOCK')).toEqual([]);
  expect(codes).toContain('CONFLICT');
  expect(codes).toContain('OUT_OF_STOCK');

  const perBuyer = await host.db.query<{ buyer: string; pieces: number }>(
    `SELECT o.buyer_openid AS buyer, sum(i.qty)::int AS pieces FROM orders o JOIN order_items i ON i.order_id = o.id
      WHERE o.drop_id = $1 AND o.status NOT IN ('cancelled', 'refunded') GROUP BY o.buyer_openid`,
    [drop.id],
  );
  expect(perBuyer.reduce((n, r) => n + r.pieces, 0)).toBe(50);
  expect(perBuyer.filter((r) => r.pieces > 2)).toEqual([]);
  const [{ stock }] = await host.db.query<{ stock: number }>('SELECT stock FROM products WHERE id = $1', [product.id]);
  expect(stock).toBe(0);
  // every join written got its own pickup code
  const held = await host.db.query<{ pickup_code: string }>('SELECT pickup_code FROM orders WHERE drop_id = $1', [drop.id]);
  expect(new Set(held.map((h) => h.pickup_code)).size).toBe(held.length);
  expect(held.every((h) => /^\d{6}$/.test(h.pickup_code))).toBe(true);
}, 120_000);

it(`a double tap at the limit (the same key sent twice at once) answers both with the one join, never "over the limit" (${usingPostgres ? 'PostgreSQL' : 'PGlite'})`, async () => {
  const owner = 'drop-tap-owner';
  const shop = await host.ok<Shop>('shop', { action: 'open', name: '接龙双击小店' }, owner);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 tap' } }, owner);
  const product = await host.ok<Product>('catalog', { action: 'create', title: '核桃', priceFen: 1000, stock: 500, story: '新核桃' }, owner);
  const drop = await host.ok<Drop>(
    'drop',
    {
      action: 'open',
      title: '核桃接龙',
      items: [{ productId: product.id, limitPerBuyer: 2 }],
      closesAt: new Date(clock.t + 86_400_000).toISOString(),
      fulfilment: { pickup: [{ name: '三号门', address: '阳光小区三号门', window: '周六 10:00–12:00' }], delivery: false, shipping: false },
    },
    owner,
  );
  // 20 friends each tap 跟团 twice for their whole limit: both requests carry the same idempotency key
  const taps = await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      const event = { action: 'create', shopId: shop.id, dropId: drop.id, items: [{ productId: product.id, qty: 2 }], address, fulfilment: { kind: 'pickup', pickupIndex: 0 }, idempotencyKey: `double-tap-key-${i}` };
      const buyer = `drop-tapper-${i}`;
      return Promise.all([host.call<Order>('order', event, buyer), host.call<Order>('order', event, buyer)]);
    }),
  );
  for (const [a, b] of taps) {
    expect([a.body, b.body]).toEqual([expect.objectContaining({ ok: true }), expect.objectContaining({ ok: true })]);
    if (a.body.ok && b.body.ok) expect(b.body.data.id).toBe(a.body.data.id);
  }
  const [{ orders }] = await host.db.query<{ orders: number }>('SELECT count(*)::int AS orders FROM orders WHERE drop_id = $1', [drop.id]);
  expect(orders).toBe(20);
}, 120_000);

// Only PostgreSQL lets a join wait for the drop's lock while time passes (PGlite runs one transaction at a time).
(usingPostgres ? it : it.skip)('a join that waited for the drop’s lock past the cutoff is refused as closed (PostgreSQL)', async () => {
  const owner = 'drop-late-owner';
  const shop = await host.ok<Shop>('shop', { action: 'open', name: '接龙截止小店' }, owner);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 late' } }, owner);
  const product = await host.ok<Product>('catalog', { action: 'create', title: '核桃', priceFen: 1000, stock: 50, story: '新核桃' }, owner);
  const drop = await host.ok<Drop>(
    'drop',
    {
      action: 'open',
      title: '快截止的接龙',
      items: [{ productId: product.id, limitPerBuyer: 2 }],
      closesAt: new Date(clock.t + 60_000).toISOString(),
      fulfilment: { pickup: [{ name: '三号门', address: '阳光小区三号门', window: '周六 10:00–12:00' }], delivery: false, shipping: false },
    },
    owner,
  );
  const event = { action: 'create', shopId: shop.id, dropId: drop.id, items: [{ productId: product.id, qty: 1 }], address, fulfilment: { kind: 'pickup', pickupIndex: 0 }, idempotencyKey: 'late-join-key-1' };
  let answer: Promise<{ body: unknown }> | null = null;
  // another join holds the drop's lock; this one sends before the cutoff and gets the lock after it
  await host.db.transaction(async (tx) => {
    await tx.query('SELECT id FROM drops WHERE id = $1 FOR UPDATE', [drop.id]);
    answer = host.call<Order>('order', event, 'drop-late-friend');
    for (let waited = 0; ; waited++) {
      const [w] = await host.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%FROM drops WHERE id%FOR UPDATE%'`);
      if (w.n > 0) break;
      if (waited > 200) throw new Error('the join never waited for the lock');
      await new Promise((r) => setTimeout(r, 25));
    }
    clock.t += 2 * 60_000;
  });
  expect((await answer!)?.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'drop_closed' } });
  const [{ n }] = await host.db.query<{ n: number }>('SELECT count(*)::int AS n FROM orders WHERE drop_id = $1', [drop.id]);
  expect(n).toBe(0);
}, 60_000);
