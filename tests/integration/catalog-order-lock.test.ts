import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { hostPerFile, usingPostgres } from './helpers/host';
import { until, waitingLocks } from './helpers/interleave';

/**
 * A seller editing a product while friends order it must never deadlock with them (review of the one-statement
 * order.create). The order's statement locks its stock rows and only at its END checks its foreign keys, which takes
 * a key-share lock on the shop's row; a catalog write locks the shop's row, then the product's. When the shop was
 * locked FOR UPDATE (which blocks key-share), a buyer holding the product and a seller holding the shop waited on
 * each other and PostgreSQL killed one of them (40P01) after a second. Catalog writes now lock FOR NO KEY UPDATE:
 * they still take turns with each other, and no longer block the orders' key checks.
 * The interleaving is driven: a third transaction holds the product's row, the buyer queues on it first, then the
 * seller (who already holds the shop); the holder lets go and the buyer gets the product before the seller.
 */
const host = hostPerFile();
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };

const waiting = () => waitingLocks(host.db);

(usingPostgres ? it : it.skip)('a friend ordering a product while its seller restocks it: both go through, no deadlock (PostgreSQL)', async () => {
  const seller = 'lock-seller';
  const shop = await host.ok<Shop>('shop', { action: 'open', name: '林晓的小店' }, seller);
  await host.ok('shop', { action: 'update', payment: { wechatSubMchId: '1900000109' } }, seller);
  const product = await host.ok<Product>('catalog', { action: 'create', title: '土蜂蜜', priceFen: 5800, stock: 10, story: '山里的' }, seller);

  let letGo = () => {};
  const released = new Promise<void>((r) => (letGo = r));
  let holding = () => {};
  const held = new Promise<void>((r) => (holding = r));
  const holder = host.db.transaction(async (tx) => {
    await tx.query('SELECT id FROM products WHERE id = $1 FOR UPDATE', [product.id]);
    holding();
    await released;
  });
  await held;

  const bought = host.call<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 1 }], address, idempotencyKey: 'lock-order-1' }, 'lock-friend');
  let restocked: ReturnType<typeof host.call<Product>> | undefined;
  try {
    // the buyer queues on the product first (its statement has written the order, not yet its key checks) …
    await until(async () => (await waiting()) >= 1);
    // … then the seller, who holds the shop's row by now
    restocked = host.call<Product>('catalog', { action: 'update', productId: product.id, stock: 30 }, seller);
    await until(async () => (await waiting()) >= 2);
  } finally {
    letGo();
    await holder;
  }

  const [order, update] = await Promise.all([bought, restocked!]);
  expect(order.body).toMatchObject({ ok: true, data: { status: 'pending_payment' } });
  expect(update.body).toMatchObject({ ok: true, data: { stock: 30 } });
  // the seller's stock is what the seller set, the order's piece taken before it (the order went first)
  expect((await host.ok<Product>('catalog', { action: 'get', productId: product.id }, seller)).stock).toBe(30);
});
