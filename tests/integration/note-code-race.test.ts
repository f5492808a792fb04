import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { transfersText } from '../../types/zh-CN/transfers';
import { handClock, hostPerFile, usingPostgres } from './helpers/host';

/**
 * The note code a buyer writes in a transfer (issue 13) under load: many friends ordering at once in one
 * shop all get an order and distinct codes; the shop is told it has too many unpaid orders only when
 * every one of the 10,000 codes is held by an open order. Runs on PGlite, and on PostgreSQL when
 * DATABASE_URL is set (npm test runs the integration project on both), where the requests really race.
 */
const clock = handClock('2026-12-02T02:00:00Z');
const host = hostPerFile({ clock });

const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };
const db = usingPostgres ? 'PostgreSQL' : 'PGlite';
let n = 0;

async function openShop(stock: number) {
  const owner = `code-race-seller-${++n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `订单码店${n}` }, owner);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 seller，备注写订单码' } }, owner);
  const product = await host.ok<Product>('catalog', { action: 'create', title: '土鸡蛋', priceFen: 3000, stock, story: '自家散养' }, owner);
  return { shop, product };
}

const place = (shopId: string, productId: string, buyer: string) =>
  host.call<Order>('order', { action: 'create', shopId, items: [{ productId, qty: 1 }], address, idempotencyKey: `code-race-${buyer}` }, buyer);

/** Open orders holding the given codes, written straight into the shop (as if placed over weeks). */
async function holdCodes(shopId: string, codes: string) {
  await host.db.query(
    `INSERT INTO orders (id, shop_id, buyer_openid, status, total_fen, address, idempotency_key, expires_at, created_at, updated_at, note_code)
     SELECT 'o-held-' || $1 || '-' || c, $1, 'held-buyer-' || $1 || '-' || c, 'pending_payment', 3000, '{}'::jsonb, 'held-' || c, $2, $3, $3, lpad(c::text, 4, '0')
       FROM generate_series(0, 9999) AS c WHERE lpad(c::text, 4, '0') ~ $4`,
    [shopId, new Date(clock.t + 86_400_000), new Date(clock.t), codes],
  );
}

const shopState = async (shopId: string, productId: string) => {
  const [{ orders }] = await host.db.query<{ orders: number }>('SELECT count(*)::int AS orders FROM orders WHERE shop_id = $1', [shopId]);
  const [{ items }] = await host.db.query<{ items: number }>('SELECT count(*)::int AS items FROM order_items WHERE product_id = $1', [productId]);
  const [{ stock }] = await host.db.query<{ stock: number }>('SELECT stock FROM products WHERE id = $1', [productId]);
  return { orders, items, stock };
};

it(`three waves of 200 buyers ordering at once in one shop all get an order, each with its own 4-digit code (${db})`, async () => {
  const { shop, product } = await openShop(650);
  const codes: Order['noteCode'][] = [];
  // each wave races while the earlier waves' orders still hold their codes, as on a busy evening
  for (let wave = 0; wave < 3; wave++) {
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => place(shop.id, product.id, `code-race-buyer-${wave}-${i}`)));
    const refused = results.flatMap((r) => (r.body.ok ? [] : [r.body.error]));
    expect(refused).toEqual([]);
    codes.push(...results.map((r) => (r.body.ok ? r.body.data.noteCode : null)));
  }
  expect(codes.every((c) => typeof c === 'string' && /^\d{4}$/.test(c))).toBe(true);
  expect(new Set(codes).size).toBe(600);
  expect(await shopState(shop.id, product.id)).toEqual({ orders: 600, items: 600, stock: 50 });
}, 180_000);

it(`a shop whose 10,000 codes are all held by open orders refuses the next order with CONFLICT and writes nothing (${db})`, async () => {
  const { shop, product } = await openShop(10);
  await holdCodes(shop.id, '.');
  const before = await shopState(shop.id, product.id);

  const res = await place(shop.id, product.id, 'code-race-one-too-many');
  expect(res.body).toEqual({ ok: false, error: expect.objectContaining({ code: 'CONFLICT', message: transfersText.noteCodesExhausted }) });
  expect(await shopState(shop.id, product.id)).toEqual(before);
  expect(before).toEqual({ orders: 10_000, items: 0, stock: 10 });

  // once one of those orders is paid and confirmed its code is free again, and the next order gets exactly it
  await host.db.query(`UPDATE orders SET status = 'paid' WHERE shop_id = $1 AND note_code = '4321'`, [shop.id]);
  const next = await place(shop.id, product.id, 'code-race-after-one-paid');
  expect(next.body).toMatchObject({ ok: true, data: { noteCode: '4321' } });
}, 120_000);

it(`buyers racing for a shop's last 5 free codes: exactly 5 get an order, with those codes, and the rest are told the shop is full (${db})`, async () => {
  const { shop, product } = await openShop(50);
  // every code held except 0000-0004
  await holdCodes(shop.id, '^(?!000[0-4])');
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) => place(shop.id, product.id, `code-race-last-${i}`)));

  const codes = results.flatMap((r) => (r.body.ok ? [r.body.data.noteCode] : []));
  expect(codes.sort()).toEqual(['0000', '0001', '0002', '0003', '0004']);
  const refused = results.flatMap((r) => (r.body.ok ? [] : [r.body.error]));
  expect(refused).toHaveLength(15);
  expect(refused.every((e) => e.code === 'CONFLICT' && e.message === transfersText.noteCodesExhausted)).toBe(true);
  expect(await shopState(shop.id, product.id)).toEqual({ orders: 10_000, items: 5, stock: 45 });
}, 120_000);
