import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import type { SupplyProduct } from '../../types/supply';
import { handClock, hostPerFile, usingPostgres } from './helpers/host';

/**
 * The bar (issue 16): a supplier's stock is one row shared by every shop that carries it, so buyers
 * racing in different shops can never together buy more than there is. Runs on PGlite, and on PostgreSQL
 * when DATABASE_URL is set (npm test runs the integration project on both), like the order race in
 * orders.test.ts.
 */
const clock = handClock('2026-11-29T02:00:00Z');
const host = hostPerFile({ clock });

const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };

it(`200 buyers racing across three carrying shops buy exactly the supplier's 50 (${usingPostgres ? 'PostgreSQL' : 'PGlite'})`, async () => {
  await host.ok('supply', { action: 'open', name: '秦岭蜂场' }, 'race-supplier');
  const supply = await host.ok<SupplyProduct>(
    'supply',
    { action: 'create', title: '秦岭土蜂蜜', story: '一年只取一次蜜。', supplyPriceFen: 3800, minPriceFen: 5200, maxPriceFen: 6800, stock: 50 },
    'race-supplier',
  );
  const shops: { shop: Shop; product: Product }[] = [];
  for (let i = 0; i < 3; i++) {
    const owner = `race-seller-${i}`;
    const shop = await host.ok<Shop>('shop', { action: 'open', name: `同事${i}的店` }, owner);
    await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 seller' } }, owner);
    const product = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: supply.id, priceFen: 5200 + i * 500 }, owner);
    shops.push({ shop, product });
  }

  const results = await Promise.all(
    Array.from({ length: 200 }, (_, i) => {
      const { shop, product } = shops[i % 3];
      return host.call<Order>(
        'order',
        { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 1 }], address, idempotencyKey: `shared-race-${i}` },
        `race-buyer-${i}`,
      );
    }),
  );

  const sold = results.filter((r) => r.body.ok);
  const refused = results.filter((r) => r.body.ok === false && r.body.error.code === 'OUT_OF_STOCK');
  expect(sold).toHaveLength(50);
  expect(refused).toHaveLength(150);
  const refusal = refused[0].body;
  expect(refusal).toMatchObject({ ok: false, error: { available: 0 } });
  const [{ stock }] = await host.db.query<{ stock: number }>('SELECT stock FROM supply_products WHERE id = $1', [supply.id]);
  expect(stock).toBe(0);
  const ids = shops.map((s) => s.product.id);
  const [{ pieces }] = await host.db.query<{ pieces: number }>('SELECT coalesce(sum(qty), 0)::int AS pieces FROM order_items WHERE product_id = ANY($1)', [ids]);
  expect(pieces).toBe(50);
  // the carrying shops' own rows hold no stock to sell from
  const own = await host.db.query<{ stock: number }>('SELECT stock FROM products WHERE id = ANY($1)', [ids]);
  expect(own.map((r) => r.stock)).toEqual([0, 0, 0]);
});
