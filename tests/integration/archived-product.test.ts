/**
 * Issue 12, item 6: archiving a product must not hide its honest reviews. The page of an archived
 * product stays readable by anyone, with its reviews, marked archived; it cannot be ordered; the
 * shop page lists active products only.
 */
import type { Order } from '../../types/order';
import type { Product, ProductWithReviews } from '../../types/product';
import type { Shop, ShopWithProducts } from '../../types/shop';
import { hostPerFile } from './helpers/host';

const host = hostPerFile();

const address = { name: '李四', phone: '13900139000', detail: '上海市徐汇区漕溪北路 1 号' };

it('an archived product keeps its page and its reviews for everyone, and cannot be bought', async () => {
  const owner = 'archived-owner';
  const buyer = 'archived-buyer';
  const shop = await host.ok<Shop>('shop', { action: 'open', name: '下架测试店' }, owner);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 archived' } }, owner);
  const product = await host.ok<Product>('catalog', { action: 'create', title: '去年的核桃', priceFen: 3000, stock: 5, story: '去年的收成' }, owner);
  const order = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 1 }], address, idempotencyKey: 'archived-order-1' }, buyer);
  await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
  await host.ok('order', { action: 'confirmPaid', orderId: order.id }, owner);
  await host.ok('order', { action: 'ship', orderId: order.id, carrier: '顺丰', trackingNo: 'SF100' }, owner);
  await host.ok('order', { action: 'confirmReceipt', orderId: order.id }, buyer);
  await host.ok('order', { action: 'review', orderId: order.id, rating: 2, text: '有几颗是空的' }, buyer);
  await host.ok('order', { action: 'replyReview', orderId: order.id, reply: '抱歉，已补发' }, owner);

  await host.ok('catalog', { action: 'archive', productId: product.id }, owner);

  for (const as of [undefined, 'archived-stranger', buyer, owner]) {
    const page = await host.ok<ProductWithReviews>('catalog', { action: 'get', productId: product.id }, as);
    expect(page).toMatchObject({ id: product.id, status: 'archived', title: '去年的核桃' });
    expect(page.reviews).toEqual([expect.objectContaining({ rating: 2, text: '有几颗是空的', reply: '抱歉，已补发' })]);
  }

  // not on the shop page
  const shopPage = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id });
  expect(shopPage.products.map((p) => p.id)).not.toContain(product.id);

  // cannot be ordered (the contract's existing answer for a product not on sale), and nothing is reserved
  const refused = await host.call('order', { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 1 }], address, idempotencyKey: 'archived-order-2' }, 'archived-late');
  expect(refused.status).toBe(404);
  expect(refused.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', productId: product.id } });
  if (!refused.body.ok) expect(refused.body.error.message).toContain('已下架');
  expect((await host.ok<ProductWithReviews>('catalog', { action: 'get', productId: product.id })).stock).toBe(4);
  expect((await host.ok<{ orders: Order[] }>('order', { action: 'listMine' }, 'archived-late')).orders).toEqual([]);
});
