import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import type { Statement, Supplier, SupplyProduct } from '../../types/supply';
import { handClock, hostPerFile } from './helpers/host';

/**
 * What physically came back is written down once and never overwritten (issue 16 review): stock goes back only
 * for the pieces a confirmed return brought back, and a supplier's statement owes every shipped piece less those,
 * whatever a later after-sale request on the same order says.
 */
const clock = handClock('2026-11-30T05:00:00Z');
const later = (ms = 1000) => (clock.t += ms);
const host = hostPerFile({ clock });
const DAY = 86_400_000;

let n = 0;
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };
const returnAddress = { name: '林晓', phone: '13900139000', detail: '西安市雁塔区小寨路 8 号' };

const call = async (action: string, params: Record<string, unknown>, as: string) => {
  later();
  return (await host.call<Order>('order', { action, ...params }, as)).body;
};
const ok = async (action: string, params: Record<string, unknown>, as: string): Promise<Order> => {
  const body = await call(action, params, as);
  if (!body.ok) throw new Error(`${action}: ${JSON.stringify(body)}`);
  return body.data;
};
const timer = (at: number) =>
  fetch(`${host.url}/api/dev/timer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: new Date(at).toISOString() }) }).then((r) => r.json());

/** A shop selling one product of its own (stock 10) and carrying one supply product (stock 100). */
async function world() {
  const supplierOwner = `rp-supplier-${++n}`;
  const supplier = await host.ok<Supplier>('supply', { action: 'open', name: `蜂场${n}` }, supplierOwner);
  const supply = await host.ok<SupplyProduct>(
    'supply',
    { action: 'create', title: '土蜂蜜', story: '山里的中华蜂', supplyPriceFen: 3800, minPriceFen: 5200, maxPriceFen: 6800, stock: 100 },
    supplierOwner,
  );
  const owner = `rp-seller-${n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `小店${n}` }, owner);
  await host.ok('shop', { action: 'update', payment: { wechatSubMchId: '1900000109' } }, owner);
  const own = await host.ok<Product>('catalog', { action: 'create', title: '核桃', priceFen: 6800, stock: 10, story: '山里的核桃' }, owner);
  const carried = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: supply.id, priceFen: 5800 }, owner);
  return { supplierOwner, supplier, supply, owner, shop, own, carried };
}

/** Bought and paid (WeChat Pay). */
async function paid(shopId: string, productId: string, qty: number) {
  const buyer = `rp-buyer-${++n}`;
  const created = await ok('create', { shopId, items: [{ productId, qty }], address, idempotencyKey: `returned-${n}` }, buyer);
  const paying = await host.ok<{ order: Order }>('order', { action: 'pay', orderId: created.id, method: 'wechat' }, buyer);
  later();
  expect(await (await fetch(`${host.url}/api/dev/payments/${paying.order.payment!.id}/succeed`, { method: 'POST' })).json()).toMatchObject({ ok: true });
  return { order: created, buyer };
}

/** Bought, paid and shipped by whoever fulfils it. */
async function shipped(shopId: string, productId: string, qty: number, shipper: string) {
  const bought = await paid(shopId, productId, qty);
  await ok('ship', { orderId: bought.order.id, carrier: 'SF', trackingNo: `SF${n}` }, shipper);
  return bought;
}

/** A return asked, approved, sent back; confirmed by the seller unless `confirm` is false. */
async function returned(orderId: string, buyer: string, owner: string, extra: Record<string, unknown>, confirm = true) {
  await ok('requestAfterSale', { orderId, type: 'return', reason: '摔坏了', ...extra }, buyer);
  await ok('resolveAfterSale', { orderId, approve: true, returnAddress }, owner);
  await ok('returnShipped', { orderId, carrier: 'SF', trackingNo: `SF-BACK-${++n}` }, buyer);
  if (confirm) return ok('confirmReturn', { orderId }, owner);
  return null;
}

const stockOf = async (table: 'products' | 'supply_products', id: string) =>
  Number((await host.db.query<{ stock: number }>(`SELECT stock FROM ${table} WHERE id = $1`, [id]))[0].stock);
const piecesOwed = async (supplierOwner: string) => (await host.ok<Statement>('supply', { action: 'statement' }, supplierOwner)).lines.map((l) => [l.pieces, l.owedFen]);

describe('returned pieces', () => {
  it('a second after-sale on the order never brings returned pieces back onto the statement', async () => {
    const w = await world();
    const { order, buyer } = await shipped(w.shop.id, w.carried.id, 3, w.supplierOwner);
    await returned(order.id, buyer, w.owner, { amountFen: 5800, items: [{ productId: w.carried.id, qty: 1 }] });
    expect(await piecesOwed(w.supplierOwner)).toEqual([[2, 2 * 3800]]);

    // a second request (¥1, a refund only) overwrites the order's latest after-sale: the 1 piece stays returned
    await ok('requestAfterSale', { orderId: order.id, type: 'refund', reason: '包装破了', amountFen: 100 }, buyer);
    expect(await piecesOwed(w.supplierOwner)).toEqual([[2, 2 * 3800]]);
    expect((await ok('resolveAfterSale', { orderId: order.id, approve: false, note: '不影响使用' }, w.owner)).afterSale?.status).toBe('rejected');
    expect(await piecesOwed(w.supplierOwner)).toEqual([[2, 2 * 3800]]);

    // the piece that came back cannot come back again: only 2 are still with the buyer
    const again = await call('requestAfterSale', { orderId: order.id, type: 'return', reason: '都不要了', items: [{ productId: w.carried.id, qty: 3 }] }, buyer);
    expect(again).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    // a second return of the other 2, refunding everything left: the order is refunded and owes nothing more
    const second = await returned(order.id, buyer, w.owner, {});
    expect(second?.status).toBe('refunded');
    expect(await piecesOwed(w.supplierOwner)).toEqual([[0, 0]]);
  });

  it('a refund without a return after shipping still owes every piece, even when it gives back the whole order', async () => {
    const w = await world();
    const { order, buyer } = await shipped(w.shop.id, w.carried.id, 2, w.supplierOwner);
    const stock = await stockOf('supply_products', w.supply.id);
    await ok('requestAfterSale', { orderId: order.id, type: 'refund', reason: '不想要了' }, buyer);
    expect((await ok('resolveAfterSale', { orderId: order.id, approve: true }, w.owner)).status).toBe('refunded');
    // the goods stayed with the buyer: the supplier shipped them, the seller owes them, and nothing is restocked
    expect(await piecesOwed(w.supplierOwner)).toEqual([[2, 2 * 3800]]);
    expect(await stockOf('supply_products', w.supply.id)).toBe(stock);
  });

  it('a return of 1 of 3 refunded in full restocks 1 piece — of a shop product and of a carried one', async () => {
    const w = await world();
    const mine = await shipped(w.shop.id, w.own.id, 3, w.owner);
    expect(await stockOf('products', w.own.id)).toBe(7);
    // no amount: everything left is refunded, yet only the one piece came back
    expect((await returned(mine.order.id, mine.buyer, w.owner, { items: [{ productId: w.own.id, qty: 1 }] }))?.status).toBe('refunded');
    expect(await stockOf('products', w.own.id)).toBe(8);

    const theirs = await shipped(w.shop.id, w.carried.id, 3, w.supplierOwner);
    expect(await stockOf('supply_products', w.supply.id)).toBe(97);
    expect((await returned(theirs.order.id, theirs.buyer, w.owner, { items: [{ productId: w.carried.id, qty: 1 }] }))?.status).toBe('refunded');
    expect(await stockOf('supply_products', w.supply.id)).toBe(98);
    expect(await piecesOwed(w.supplierOwner)).toEqual([[2, 2 * 3800]]);
  });

  it('a return the seller never confirms is recorded by the timer like a confirmed one', async () => {
    const w = await world();
    const { order, buyer } = await shipped(w.shop.id, w.carried.id, 3, w.supplierOwner);
    await returned(order.id, buyer, w.owner, { amountFen: 11_600, items: [{ productId: w.carried.id, qty: 2 }] }, false);
    await timer(clock.t + 30 * DAY);
    const after = await host.ok<Order>('order', { action: 'get', orderId: order.id }, buyer);
    expect(after.afterSale?.status).toBe('refunded');
    expect(await stockOf('supply_products', w.supply.id)).toBe(99);
    // the next ¥1 request does not bring the 2 back
    await ok('requestAfterSale', { orderId: order.id, type: 'refund', reason: '还有一瓶漏了', amountFen: 100 }, buyer);
    expect(await piecesOwed(w.supplierOwner)).toEqual([[1, 3800]]);
  });

  it('before shipping, a cancel or a refund in full gives every piece back', async () => {
    const w = await world();
    const buyer = `rp-buyer-${++n}`;
    const created = await ok('create', { shopId: w.shop.id, items: [{ productId: w.carried.id, qty: 4 }], address, idempotencyKey: `returned-${n}` }, buyer);
    expect(await stockOf('supply_products', w.supply.id)).toBe(96);
    await ok('cancel', { orderId: created.id }, buyer);
    expect(await stockOf('supply_products', w.supply.id)).toBe(100);

    const { order, buyer: other } = await paid(w.shop.id, w.own.id, 3);
    expect(await stockOf('products', w.own.id)).toBe(7);
    await ok('requestAfterSale', { orderId: order.id, type: 'refund', reason: '拍错了' }, other);
    expect((await ok('resolveAfterSale', { orderId: order.id, approve: true }, w.owner)).status).toBe('refunded');
    expect(await stockOf('products', w.own.id)).toBe(10);
  });
});
