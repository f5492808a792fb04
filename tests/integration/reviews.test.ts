/**
 * Issue 14, item 7: a review says who wrote it (masked) and when they bought; on an order of several
 * products the buyer may say which one it is about (`productId`), and it then shows on that product only.
 * A review that names none shows on each product of its order, saying it is about the whole order.
 */
import type { Order } from '../../types/order';
import type { Product, ProductWithReviews } from '../../types/product';
import type { Shop } from '../../types/shop';
import { hostPerFile } from './helpers/host';

const host = hostPerFile();

const address = { name: '王小明', phone: '13712345678', detail: '杭州市西湖区文三路 1 号' };
let n = 0;

async function shopWith(owner: string, titles: string[]): Promise<{ shop: Shop; products: Product[] }> {
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `评价店 ${owner}` }, owner);
  await host.ok('shop', { action: 'update', payment: { transferNote: `转账到微信号 ${owner}` } }, owner);
  const products: Product[] = [];
  for (const title of titles) products.push(await host.ok<Product>('catalog', { action: 'create', title, priceFen: 3000, stock: 20, story: `${title}的故事` }, owner));
  return { shop, products };
}

/** An order of these products, taken to completed (transfer, confirmed, shipped, received). */
async function completedOrder(owner: string, buyer: string, shop: Shop, products: Product[]): Promise<Order> {
  const order = await host.ok<Order>(
    'order',
    { action: 'create', shopId: shop.id, items: products.map((p) => ({ productId: p.id, qty: 1 })), address, idempotencyKey: `review-order-${++n}` },
    buyer,
  );
  await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
  await host.ok('order', { action: 'confirmPaid', orderId: order.id }, owner);
  await host.ok('order', { action: 'ship', orderId: order.id, carrier: '顺丰', trackingNo: `SF${n}` }, owner);
  return host.ok<Order>('order', { action: 'confirmReceipt', orderId: order.id }, buyer);
}

const page = (productId: string) => host.ok<ProductWithReviews>('catalog', { action: 'get', productId });

it('a review about one product of the order shows on that product only, with the masked name and purchase date', async () => {
  const owner = 'rv-owner-1';
  const buyer = 'rv-buyer-1';
  const { shop, products } = await shopWith(owner, ['土蜂蜜', '核桃']);
  const [honey, walnut] = products;
  const order = await completedOrder(owner, buyer, shop, [honey, walnut]);

  const reviewed = await host.ok<Order>('order', { action: 'review', orderId: order.id, rating: 5, text: '核桃很香', productId: walnut.id }, buyer);
  expect(reviewed.review).toMatchObject({ productId: walnut.id, wholeOrder: false, reviewerName: '王*', purchasedAt: order.createdAt });

  const walnutPage = await page(walnut.id);
  expect(walnutPage.reviews).toEqual([expect.objectContaining({ text: '核桃很香', productId: walnut.id, wholeOrder: false, reviewerName: '王*', purchasedAt: order.createdAt })]);
  // never the full name, anywhere in what a stranger reads
  expect(JSON.stringify(walnutPage)).not.toContain('王小明');
  expect((await page(honey.id)).reviews).toEqual([]);
});

it('a review that names no product, of an order of several, shows on each product and says it is about the whole order', async () => {
  const owner = 'rv-owner-2';
  const buyer = 'rv-buyer-2';
  const { shop, products } = await shopWith(owner, ['红枣', '枸杞']);
  const order = await completedOrder(owner, buyer, shop, products);
  await host.ok('order', { action: 'review', orderId: order.id, rating: 4, text: '都不错' }, buyer);
  for (const p of products) {
    expect((await page(p.id)).reviews).toEqual([expect.objectContaining({ text: '都不错', productId: null, wholeOrder: true, reviewerName: '王*', purchasedAt: order.createdAt })]);
  }

  // an order of one product: its review is simply that product's, not "the whole order"
  const single = await completedOrder(owner, buyer, shop, [products[0]]);
  await host.ok('order', { action: 'review', orderId: single.id, rating: 5, text: '红枣甜' }, buyer);
  const reviews = (await page(products[0].id)).reviews;
  expect(reviews.find((r) => r.text === '红枣甜')).toMatchObject({ productId: null, wholeOrder: false });
  expect((await page(products[1].id)).reviews.map((r) => r.text)).toEqual(['都不错']);
});

it('a product that is not in the order (another of the shop, another shop\'s) is BAD_INPUT and changes nothing', async () => {
  const owner = 'rv-owner-3';
  const buyer = 'rv-buyer-3';
  const { shop, products } = await shopWith(owner, ['小米', '黄豆', '绿豆']);
  const [millet, soy, mung] = products;
  const other = await shopWith('rv-owner-4', ['别家的茶']);
  const order = await completedOrder(owner, buyer, shop, [millet, soy]);

  for (const productId of [mung.id, other.products[0].id, 'no-such-product']) {
    const res = await host.call('order', { action: 'review', orderId: order.id, rating: 1, text: '不该出现', productId }, buyer);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { productId: expect.any(String) } } });
  }
  expect((await host.ok<Order>('order', { action: 'get', orderId: order.id }, buyer)).review).toBeNull();
  for (const p of [millet, soy, mung, other.products[0]]) expect((await page(p.id)).reviews).toEqual([]);

  // the order can still be reviewed, once
  await host.ok('order', { action: 'review', orderId: order.id, rating: 5, text: '黄豆饱满', productId: soy.id }, buyer);
  const again = await host.call('order', { action: 'review', orderId: order.id, rating: 1, text: '再来一条', productId: millet.id }, buyer);
  expect(again.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect((await page(soy.id)).reviews.map((r) => r.text)).toEqual(['黄豆饱满']);
  expect((await page(millet.id)).reviews).toEqual([]);
});
