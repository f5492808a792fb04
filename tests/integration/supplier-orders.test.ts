import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import type { Supplier, SupplierOrder, SupplierOrderPage, SupplyProduct } from '../../types/supply';
import { handClock, hostPerFile } from './helpers/host';

/**
 * Orders with one fulfiller (issue 16): a carried product's order is the supplier's to ship, with the address and
 * the selling shop's name — never the buyer's WeChat identity — and the seller cannot ship it.
 */
const clock = handClock('2026-11-30T02:00:00Z');
const later = (ms = 1000) => (clock.t += ms);
const host = hostPerFile({ clock });

let n = 0;
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };

async function supplierWith(shipWithinHours = 24) {
  const owner = `so-supplier-${++n}`;
  const supplier = await host.ok<Supplier>('supply', { action: 'open', name: `秦岭蜂场${n}` }, owner);
  const product = await host.ok<SupplyProduct>(
    'supply',
    { action: 'create', title: '秦岭土蜂蜜', story: '山里的中华蜂', supplyPriceFen: 3800, minPriceFen: 5200, maxPriceFen: 6800, stock: 100, shipWithinHours },
    owner,
  );
  return { owner, supplier, product };
}

/** A shop taking WeChat Pay with one product of its own and, carried, the supplier's product at its own price. */
async function sellerCarrying(supplyProductId: string, priceFen = 5800) {
  const owner = `so-seller-${++n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `林晓的小店${n}` }, owner);
  await host.ok('shop', { action: 'update', payment: { wechatSubMchId: '1900000109', transferNote: '转账到微信号 linxiao' } }, owner);
  const own = await host.ok<Product>('catalog', { action: 'create', title: '自家核桃', priceFen: 6800, stock: 20, story: '树上的' }, owner);
  const carried = await host.ok<Product>('catalog', { action: 'carry', supplyProductId, priceFen, story: '我舅舅的蜂蜜' }, owner);
  return { owner, shop, own, carriedId: carried.id };
}

async function placeOrder(shopId: string, items: { productId: string; qty: number }[], buyer: string) {
  later();
  return host.call<Order>('order', { action: 'create', shopId, items, address, note: '放门口', idempotencyKey: `so-${++n}-${Math.random().toString(36).slice(2)}` }, buyer);
}

async function paidOrder(shopId: string, productId: string, qty: number, buyer: string): Promise<Order> {
  const created = await placeOrder(shopId, [{ productId, qty }], buyer);
  if (!created.body.ok) throw new Error(JSON.stringify(created.body));
  later();
  const paying = await host.ok<{ order: Order }>('order', { action: 'pay', orderId: created.body.data.id, method: 'wechat' }, buyer);
  later();
  expect(await (await fetch(`${host.url}/api/dev/payments/${paying.order.payment!.id}/succeed`, { method: 'POST' })).json()).toMatchObject({ ok: true });
  return host.ok<Order>('order', { action: 'get', orderId: created.body.data.id }, buyer);
}

async function uploadsOf(orderId: string) {
  const { messages } = (await (await fetch(`${host.url}/api/dev/outbox`)).json()) as { messages: { kind: string; payload: { orderId?: string; request?: Record<string, unknown> } }[] };
  return messages.filter((m) => m.kind === 'wxa.uploadShippingInfo' && m.payload.orderId === orderId);
}

describe('order.create with one fulfiller', () => {
  it('refuses a cart mixing the shop’s own product and a supplier’s with BAD_INPUT on items, and writes nothing', async () => {
    const { product } = await supplierWith();
    const { shop, own, carriedId } = await sellerCarrying(product.id);
    const buyer = `so-buyer-${++n}`;
    const res = await placeOrder(shop.id, [{ productId: own.id, qty: 1 }, { productId: carriedId, qty: 1 }], buyer);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { fields: { items: expect.stringContaining('分开下单') } } } });
    expect(await host.db.query('SELECT id FROM orders WHERE buyer_openid = $1', [buyer])).toEqual([]);
    const [{ stock }] = await host.db.query<{ stock: number }>('SELECT stock FROM products WHERE id = $1', [own.id]);
    expect(stock).toBe(20);
  });

  it('stores the supplier and the supply price of the moment; the buyer and seller see who ships it', async () => {
    const { owner: supplierOwner, supplier, product } = await supplierWith();
    const { owner, shop, own, carriedId } = await sellerCarrying(product.id);
    const buyer = `so-buyer-${++n}`;
    const res = await placeOrder(shop.id, [{ productId: carriedId, qty: 2 }], buyer);
    if (!res.body.ok) throw new Error(JSON.stringify(res.body));
    const order = res.body.data;
    expect(order.fulfiller).toEqual({ kind: 'supplier', supplierId: supplier.id, supplierName: supplier.name });
    expect(order.totalFen).toBe(2 * 5800);
    // a later price change by the supplier does not rewrite what was sold
    await host.ok('supply', { action: 'update', supplyProductId: product.id, supplyPriceFen: 4000 }, supplierOwner);
    expect(await host.db.query('SELECT supply_product_id, supply_price_fen FROM order_items WHERE order_id = $1', [order.id])).toEqual([
      { supply_product_id: product.id, supply_price_fen: 3800 },
    ]);
    expect((await host.ok<Order>('order', { action: 'get', orderId: order.id }, owner)).fulfiller).toMatchObject({ kind: 'supplier', supplierName: supplier.name });
    // the shop's own products stay the shop's to ship
    const mine = await placeOrder(shop.id, [{ productId: own.id, qty: 1 }], buyer);
    expect(mine.body).toMatchObject({ ok: true, data: { fulfiller: { kind: 'shop', supplierId: null, supplierName: null } } });
  });
});

describe('supply.orders and the supplier’s order.ship', () => {
  it('shows the supplier a paid order with the address and the shop’s name, never the buyer’s identity', async () => {
    const { owner: supplierOwner, product } = await supplierWith(24);
    const { shop, own, carriedId } = await sellerCarrying(product.id);
    const buyer = `so-buyer-secret-${++n}`;
    // an unpaid order is not the supplier's yet; the shop's own orders never are
    const unpaid = await placeOrder(shop.id, [{ productId: carriedId, qty: 1 }], buyer);
    expect(unpaid.body.ok).toBe(true);
    await paidOrder(shop.id, own.id, 1, buyer);
    const order = await paidOrder(shop.id, carriedId, 2, buyer);

    const page = await host.ok<SupplierOrderPage>('supply', { action: 'orders' }, supplierOwner);
    expect(page.orders.map((o) => o.id)).toEqual([order.id]);
    expect(page.counts).toEqual({ paid: 1 });
    const [seen] = page.orders;
    expect(seen).toMatchObject({
      shopId: shop.id,
      shopName: shop.name,
      status: 'paid',
      address,
      note: '放门口',
      shipment: null,
      items: [{ supplyProductId: product.id, title: '秦岭土蜂蜜', qty: 2, supplyPriceFen: 3800 }],
    });
    expect(new Date(seen.shipBy!).getTime() - new Date(seen.paidAt!).getTime()).toBe(24 * 3_600_000);
    const json = JSON.stringify(page);
    expect(json).not.toContain(buyer);
    // nor what the friend paid the seller
    expect(json).not.toContain('11600');
    expect(seen).not.toHaveProperty('totalFen');

    expect((await host.ok<SupplierOrderPage>('supply', { action: 'orders', status: 'shipped' }, supplierOwner)).orders).toEqual([]);
    // order.get is the buyer's and the seller's: the supplier reads its queue
    expect((await host.call('order', { action: 'get', orderId: order.id }, supplierOwner)).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lets the supplier ship it (not the seller): the buyer sees tracking and WeChat is told for the seller’s payment', async () => {
    const { owner: supplierOwner, supplier, product } = await supplierWith();
    const { owner, shop, carriedId } = await sellerCarrying(product.id);
    const buyer = `so-buyer-${++n}`;
    const order = await paidOrder(shop.id, carriedId, 1, buyer);
    const other = await supplierWith();
    const ship = (as: string) => {
      later();
      return host.call('order', { action: 'ship', orderId: order.id, carrier: 'SF', trackingNo: 'SF1234567890' }, as);
    };

    expect((await ship(owner)).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await ship(other.owner)).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await ship('so-stranger')).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await host.ok<Order>('order', { action: 'get', orderId: order.id }, buyer)).status).toBe('paid');
    // the supplier ships and does nothing else on the order
    expect((await host.call('order', { action: 'cancel', orderId: order.id }, supplierOwner)).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const shipped = await ship(supplierOwner);
    expect(shipped.body).toMatchObject({ ok: true, data: { id: order.id, status: 'shipped', shipment: { carrier: '顺丰速运', trackingNo: 'SF1234567890', wechatSync: null } } });
    expect(JSON.stringify(shipped.body)).not.toContain(buyer);

    const seen = await host.ok<Order>('order', { action: 'get', orderId: order.id }, buyer);
    expect(seen).toMatchObject({ status: 'shipped', shipment: { trackingNo: 'SF1234567890' }, fulfiller: { kind: 'supplier', supplierName: supplier.name } });
    expect(seen.timeline.at(-1)).toMatchObject({ action: 'ship', by: 'supplier', to: 'shipped' });
    // the upload is about the buyer's WeChat payment, made to the seller's merchant
    const uploads = await uploadsOf(order.id);
    expect(uploads).toHaveLength(1);
    expect(uploads[0].payload.request).toMatchObject({ payer: { openid: buyer }, shipping_list: [{ tracking_no: 'SF1234567890' }] });
    expect((await ship(supplierOwner)).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('is FORBIDDEN to a caller with no supplier', async () => {
    const res = await host.call('supply', { action: 'orders' }, 'so-nobody');
    expect(res.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('pages newest first without repeating or skipping', async () => {
    const { owner: supplierOwner, product } = await supplierWith();
    const { shop, carriedId } = await sellerCarrying(product.id);
    const ids: string[] = [];
    for (let i = 0; i < 22; i++) ids.push((await paidOrder(shop.id, carriedId, 1, `so-pager-${n}-${i}`)).id);
    const first = await host.ok<SupplierOrderPage>('supply', { action: 'orders' }, supplierOwner);
    expect(first.orders).toHaveLength(20);
    const second = await host.ok<SupplierOrderPage>('supply', { action: 'orders', cursor: first.nextCursor }, supplierOwner);
    expect(second.nextCursor).toBeNull();
    expect([...first.orders, ...second.orders].map((o: SupplierOrder) => o.id)).toEqual([...ids].reverse());
  });
});
