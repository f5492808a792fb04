/**
 * order.create writes an order in one statement (issue 18): the order, its lines, its event, the stock taken, the
 * seller's consent spent and the message queued. A line the locked stock rows refuse — fewer pieces than asked
 * (the row's CHECK stops it going below zero), or a carried price outside the supplier's band as locked — must
 * leave NOTHING behind, however many lines went before it: no order, no line, no event, no stock taken from the
 * other lines, no consent spent, no message. Otherwise the seller would hear of an order that does not exist and
 * the shop's other products would lose pieces nobody bought.
 *
 * The refusal must come from under the lock, not from order.create's first read (which would answer before
 * writing anything): a racing buyer's change is made between that read and the write, by running it just before
 * the write statement reaches the database (the host's own database object, as bench/order-race.ts counts on it).
 */
import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import type { SupplyProduct } from '../../types/supply';
import { handClock, hostPerFile } from './helpers/host';

const clock = handClock('2026-11-30T06:00:00Z');
const host = hostPerFile({ clock });
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };
let n = 0;

/** Runs `racer` once, right before order.create's write statement (the one inserting into orders). */
function beforeTheWrite(racer: () => Promise<unknown>): () => void {
  const db = host.db;
  const { query } = db;
  const original = query.bind(db);
  let armed = true;
  db.query = async <T,>(sql: string, params?: unknown[]) => {
    if (armed && /INSERT INTO orders/.test(sql)) {
      armed = false;
      await racer();
    }
    return original<T>(sql, params);
  };
  return () => {
    db.query = query;
  };
}

async function sellerWithConsent() {
  const seller = `whole-seller-${++n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `整单小店${n}` }, seller);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 whole', wechatSubMchId: '1900000109' } }, seller);
  await host.ok('shop', { action: 'consent', answers: [{ template: 'new_order', accepted: true }] }, seller);
  return { seller, shop };
}

/** Everything an order writes, for the shop, its seller and the stock rows named. */
async function written(shopId: string, seller: string, stock: { table: 'products' | 'supply_products'; id: string }[]) {
  const [row] = await host.db.query<{ orders: number; items: number; events: number; consents: number; outbox: number }>(
    `SELECT (SELECT count(*)::int FROM orders WHERE shop_id = $1) AS orders,
            (SELECT count(*)::int FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.shop_id = $1) AS items,
            (SELECT count(*)::int FROM order_events e JOIN orders o ON o.id = e.order_id WHERE o.shop_id = $1) AS events,
            (SELECT coalesce(sum(remaining), 0)::int FROM subscription_consents WHERE openid = $2) AS consents,
            (SELECT count(*)::int FROM outbox WHERE to_openid = $2) AS outbox`,
    [shopId, seller],
  );
  const stocks: number[] = [];
  for (const s of stock) {
    const [r] = await host.db.query<{ stock: number }>(`SELECT stock FROM ${s.table} WHERE id = $1`, [s.id]);
    stocks.push(r.stock);
  }
  return { ...row, stocks };
}

describe('order.create refused under the lock writes nothing', () => {
  it('a two-line order whose later line was sold out meanwhile: OUT_OF_STOCK for that line, and no trace of the order', async () => {
    const { seller, shop } = await sellerWithConsent();
    const a = await host.ok<Product>('catalog', { action: 'create', title: '核桃', priceFen: 1000, stock: 10, story: '故事' }, seller);
    const b = await host.ok<Product>('catalog', { action: 'create', title: '蜂蜜', priceFen: 2000, stock: 10, story: '故事' }, seller);
    // the row locked and taken from last runs short, so the first line's stock is taken before the refusal
    const [first, last] = a.id < b.id ? [a, b] : [b, a];
    const rows = [first, last].map((p) => ({ table: 'products' as const, id: p.id }));
    const before = await written(shop.id, seller, rows);
    expect(before.consents).toBe(1);

    // another buyer takes all but one piece of the last product between the buyer's read and the write
    const restore = beforeTheWrite(() => host.db.query('UPDATE products SET stock = 1 WHERE id = $1', [last.id]));
    let res;
    try {
      res = await host.call<Order>(
        'order',
        { action: 'create', shopId: shop.id, items: [{ productId: first.id, qty: 2 }, { productId: last.id, qty: 2 }], address, idempotencyKey: `whole-key-${n}` },
        'whole-buyer-1',
      );
    } finally {
      restore();
    }
    expect(res.body).toMatchObject({ ok: false, error: { code: 'OUT_OF_STOCK', productId: last.id, available: 1, message: expect.stringContaining(last.title) } });
    expect(await written(shop.id, seller, rows)).toEqual({ ...before, stocks: [10, 1] });

    // and the same buyer's next try, with what is left, is an ordinary order that spends the consent
    const placed = await host.ok<Order>(
      'order',
      { action: 'create', shopId: shop.id, items: [{ productId: first.id, qty: 2 }, { productId: last.id, qty: 1 }], address, idempotencyKey: `whole-key-${n}-again` },
      'whole-buyer-1',
    );
    expect(placed.items.map((i) => i.qty)).toEqual([2, 1]);
    expect(await written(shop.id, seller, rows)).toEqual({ orders: 1, items: 2, events: 1, consents: 0, outbox: 1, stocks: [8, 0] });
  });

  it('a two-line carried order whose later line the supplier moved out of its band meanwhile: CONFLICT, and no trace of the order', async () => {
    const supplier = `whole-supplier-${++n}`;
    await host.ok('supply', { action: 'open', name: `秦岭蜂场${n}` }, supplier);
    const supply: SupplyProduct[] = [];
    for (const title of ['土蜂蜜', '核桃']) {
      supply.push(
        await host.ok<SupplyProduct>('supply', { action: 'create', title, story: '山里的', supplyPriceFen: 3800, minPriceFen: 5200, maxPriceFen: 6800, stock: 20 }, supplier),
      );
    }
    const { seller, shop } = await sellerWithConsent();
    const carried: Product[] = [];
    for (const s of supply) carried.push(await host.ok<Product>('catalog', { action: 'carry', supplyProductId: s.id, priceFen: 5800 }, seller));
    const last = supply[0].id < supply[1].id ? 1 : 0;
    const rows = supply.map((s) => ({ table: 'supply_products' as const, id: s.id }));
    const before = await written(shop.id, seller, rows);

    const restore = beforeTheWrite(() => host.db.query('UPDATE supply_products SET min_price_fen = 6000, supply_price_fen = 5000 WHERE id = $1', [supply[last].id]));
    let res;
    try {
      res = await host.call<Order>(
        'order',
        { action: 'create', shopId: shop.id, items: carried.map((p) => ({ productId: p.id, qty: 3 })), address, idempotencyKey: `whole-key-${n}` },
        'whole-buyer-2',
      );
    } finally {
      restore();
    }
    expect(res.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'price_outside_band', productId: carried[last].id } });
    expect(await written(shop.id, seller, rows)).toEqual(before);
  });
});
