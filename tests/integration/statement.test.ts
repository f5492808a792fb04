import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import type { Statement, StatementLine, Supplier, SupplierSeller, SupplyProduct } from '../../types/supply';
import { handClock, hostPerFile } from './helpers/host';

/**
 * What sellers owe a supplier (issue 16): supply price × pieces shipped, less the pieces that came back, and what
 * the supplier recorded as paid. The money moves outside the app; the statement is the shared truth of it.
 */
const clock = handClock('2026-11-30T03:00:00Z');
const later = (ms = 1000) => (clock.t += ms);
const host = hostPerFile({ clock });

let n = 0;
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };
const returnAddress = { name: '林晓', phone: '13900139000', detail: '西安市雁塔区小寨路 8 号' };

async function supplierWith(title = '秦岭土蜂蜜', supplyPriceFen = 3800) {
  const owner = `st-supplier-${++n}`;
  const supplier = await host.ok<Supplier>('supply', { action: 'open', name: `秦岭蜂场${n}` }, owner);
  const product = await host.ok<SupplyProduct>(
    'supply',
    { action: 'create', title, story: '山里的中华蜂', supplyPriceFen, minPriceFen: 5200, maxPriceFen: 6800, stock: 500 },
    owner,
  );
  return { owner, supplier, product };
}

async function sellerCarrying(supplyProductIds: string[], priceFen = 5800) {
  const owner = `st-seller-${++n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `小店${n}` }, owner);
  await host.ok('shop', { action: 'update', payment: { wechatSubMchId: '1900000109' } }, owner);
  const carried: Product[] = [];
  for (const supplyProductId of supplyProductIds) carried.push(await host.ok<Product>('catalog', { action: 'carry', supplyProductId, priceFen }, owner));
  return { owner, shop, carried };
}

const ok = async (action: string, params: Record<string, unknown>, as: string): Promise<Order> => {
  later();
  const res = await host.call<Order>('order', { action, ...params }, as);
  if (!res.body.ok) throw new Error(`${action}: ${JSON.stringify(res.body)}`);
  return res.body.data;
};

async function paidOrder(shopId: string, productId: string, qty: number): Promise<{ order: Order; buyer: string }> {
  const buyer = `st-buyer-${++n}`;
  const created = await ok('create', { shopId, items: [{ productId, qty }], address, idempotencyKey: `statement-${n}` }, buyer);
  const paying = await host.ok<{ order: Order }>('order', { action: 'pay', orderId: created.id, method: 'wechat' }, buyer);
  later();
  expect(await (await fetch(`${host.url}/api/dev/payments/${paying.order.payment!.id}/succeed`, { method: 'POST' })).json()).toMatchObject({ ok: true });
  return { order: created, buyer };
}

async function shippedOrder(shopId: string, productId: string, qty: number, supplierOwner: string) {
  const paid = await paidOrder(shopId, productId, qty);
  await ok('ship', { orderId: paid.order.id, carrier: 'SF', trackingNo: `SF${++n}` }, supplierOwner);
  return paid;
}

const statementOf = (as: string, shopId?: string) => host.ok<Statement>('supply', { action: 'statement', ...(shopId ? { shopId } : {}) }, as);
const settlementRows = async () => (await host.db.query<{ c: number }>('SELECT count(*)::int AS c FROM supplier_settlements'))[0].c;

describe('supply.statement', () => {
  it('owes supply price × pieces shipped, less pieces that came back; a refund without a return still owes; settlements are subtracted', async () => {
    const { owner: supplierOwner, supplier, product } = await supplierWith();
    const { owner, shop, carried } = await sellerCarrying([product.id]);
    const honey = carried[0].id;

    await shippedOrder(shop.id, honey, 2, supplierOwner); // 2 pieces
    // 3 shipped, 1 sent back and refunded: 2 pieces
    const returned = await shippedOrder(shop.id, honey, 3, supplierOwner);
    await ok('requestAfterSale', { orderId: returned.order.id, type: 'return', reason: '摔坏了一瓶', amountFen: 5800, items: [{ productId: honey, qty: 1 }] }, returned.buyer);
    await ok('resolveAfterSale', { orderId: returned.order.id, approve: true, returnAddress }, owner);
    await ok('returnShipped', { orderId: returned.order.id, carrier: 'SF', trackingNo: 'SF-BACK' }, returned.buyer);
    expect((await ok('confirmReturn', { orderId: returned.order.id }, owner)).afterSale?.status).toBe('refunded');
    // 1 shipped, then all of it refunded without a return (仅退款): the goods stayed with the buyer, still owed
    const refunded = await shippedOrder(shop.id, honey, 1, supplierOwner);
    await ok('requestAfterSale', { orderId: refunded.order.id, type: 'refund', reason: '不想要了' }, refunded.buyer);
    expect((await ok('resolveAfterSale', { orderId: refunded.order.id, approve: true }, owner)).status).toBe('refunded');
    // paid, not shipped yet: nothing until it ships
    await paidOrder(shop.id, honey, 4);

    const expected: Partial<StatementLine> = { shopId: shop.id, shopName: shop.name, supplierId: supplier.id, supplierName: supplier.name, pieces: 5, owedFen: 5 * 3800, settledFen: 0, balanceFen: 5 * 3800, settlements: [] };
    expect((await statementOf(supplierOwner)).lines).toEqual([expected]);
    // the seller sees the same line: their own
    expect((await statementOf(owner)).lines).toEqual([expected]);

    later();
    const first = await host.ok<StatementLine>('supply', { action: 'settle', shopId: shop.id, amountFen: 10_000, note: '微信转账' }, supplierOwner);
    expect(first).toMatchObject({ owedFen: 19_000, settledFen: 10_000, balanceFen: 9_000 });
    later();
    const second = await host.ok<StatementLine>('supply', { action: 'settle', shopId: shop.id, amountFen: 10_000 }, supplierOwner);
    // paid ahead: the balance goes negative; settlements newest first
    expect(second).toMatchObject({ settledFen: 20_000, balanceFen: -1_000 });
    expect(second.settlements.map((s) => [s.amountFen, s.note])).toEqual([
      [10_000, ''],
      [10_000, '微信转账'],
    ]);
    expect((await statementOf(owner)).lines[0]).toEqual(second);
  });

  it('gives a supplier one line per seller (or the one asked for) and a seller only their own shop’s lines, one per supplier', async () => {
    const a = await supplierWith('土蜂蜜', 3800);
    const b = await supplierWith('核桃', 2000);
    const one = await sellerCarrying([a.product.id, b.product.id]);
    const two = await sellerCarrying([a.product.id]);
    await shippedOrder(one.shop.id, one.carried[0].id, 1, a.owner);
    await shippedOrder(one.shop.id, one.carried[1].id, 2, b.owner);
    await shippedOrder(two.shop.id, two.carried[0].id, 3, a.owner);

    const all = await statementOf(a.owner);
    expect(all.lines.map((l) => [l.shopId, l.pieces, l.owedFen])).toEqual(
      expect.arrayContaining([
        [one.shop.id, 1, 3800],
        [two.shop.id, 3, 3 * 3800],
      ]),
    );
    expect(all.lines).toHaveLength(2);
    expect((await statementOf(a.owner, two.shop.id)).lines.map((l) => l.shopId)).toEqual([two.shop.id]);

    const mine = await statementOf(one.owner);
    expect(mine.lines.map((l) => [l.supplierId, l.pieces, l.owedFen])).toEqual(
      expect.arrayContaining([
        [a.supplier.id, 1, 3800],
        [b.supplier.id, 2, 4000],
      ]),
    );
    expect(mine.lines).toHaveLength(2);
    // a seller asking for another shop still gets only their own
    expect((await statementOf(one.owner, two.shop.id)).lines.every((l) => l.shopId === one.shop.id)).toBe(true);
    expect((await host.call('supply', { action: 'statement' }, 'st-nobody')).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('supply.settle', () => {
  it('refuses bad input and a shop it never fulfilled for, and records nothing', async () => {
    const { owner: supplierOwner, product } = await supplierWith();
    const { owner, shop, carried } = await sellerCarrying([product.id]);
    const stranger = await sellerCarrying([]);
    await paidOrder(shop.id, carried[0].id, 1);
    const before = await settlementRows();
    const settle = (params: Record<string, unknown>, as = supplierOwner) => host.call('supply', { action: 'settle', ...params }, as);

    for (const bad of [{ amountFen: 0 }, { amountFen: -100 }, { amountFen: 1.5 }, { amountFen: '100' }, {}]) {
      expect((await settle({ shopId: shop.id, ...bad })).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { fields: { amountFen: expect.any(String) } } } });
    }
    // an over-long note is TOO_LARGE, as every over-long text of the contract
    expect((await settle({ shopId: shop.id, amountFen: 100, note: '长'.repeat(101) })).body).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect((await settle({ amountFen: 100 })).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect((await settle({ shopId: stranger.shop.id, amountFen: 100 })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await settle({ shopId: 'shop-made-up', amountFen: 100 })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // the seller cannot record their own payment: only the supplier says what it received
    expect((await settle({ shopId: shop.id, amountFen: 100 }, owner)).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await settlementRows()).toBe(before);
  });
});

describe('supply.sellers', () => {
  it('lists the shops carrying the supplier’s products with pieces sold of each, and nothing of their buyers', async () => {
    const { owner: supplierOwner, product } = await supplierWith();
    const one = await sellerCarrying([product.id], 5800);
    const two = await sellerCarrying([product.id], 6200);
    const { buyer } = await paidOrder(one.shop.id, one.carried[0].id, 2);
    await shippedOrder(one.shop.id, one.carried[0].id, 1, supplierOwner);
    // an unpaid order sold nothing yet
    await ok('create', { shopId: two.shop.id, items: [{ productId: two.carried[0].id, qty: 5 }], address, idempotencyKey: `statement-unpaid-${++n}` }, `st-buyer-${n}`);

    const sellers = await host.ok<SupplierSeller[]>('supply', { action: 'sellers' }, supplierOwner);
    expect(sellers).toEqual(
      expect.arrayContaining([
        { shopId: one.shop.id, shopName: one.shop.name, products: [{ supplyProductId: product.id, title: product.title, priceFen: 5800, pieces: 3 }] },
        { shopId: two.shop.id, shopName: two.shop.name, products: [{ supplyProductId: product.id, title: product.title, priceFen: 6200, pieces: 0 }] },
      ]),
    );
    expect(sellers).toHaveLength(2);
    expect(JSON.stringify(sellers)).not.toContain(buyer);
    expect((await host.call('supply', { action: 'sellers' }, one.owner)).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
