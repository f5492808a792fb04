import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { startTestHost, type TestHost } from './helpers/host';

/**
 * (approval of a transfer's refund) Transfers between friends (issue 13): a transfer's refund is owed until the seller says they sent it;
 * a buyer who said 我已转账 cannot cancel silently; each open order has a 4-digit note code unique in its
 * shop; a shop nobody can pay takes no orders; phones are real mobiles; reviewers' names are masked.
 */
const clock = { t: new Date('2026-12-01T02:00:00Z').getTime(), now() { return new Date(this.t); } };
const later = () => (clock.t += 1000);

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ clock });
});
afterAll(async () => {
  await host?.close();
});

let n = 0;
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };
const key = () => `transfer-${++n}-${Math.random().toString(36).slice(2, 10)}`;

async function shop(payment: Record<string, unknown> | null = { transferNote: '转账到微信号 linxiao，备注写订单码' }) {
  const owner = `transfer-seller-${++n}`;
  const opened = await host.ok<Shop>('shop', { action: 'open', name: `转账测试店${n}` }, owner);
  if (payment) await host.ok('shop', { action: 'update', payment }, owner);
  const product = await host.ok<Product>('catalog', { action: 'create', title: '山茶油', priceFen: 12800, stock: 100, story: '老家榨的' }, owner);
  return { owner, shop: opened, product };
}
const order = (shopId: string, productId: string, buyer: string, addr = address) =>
  host.call('order', { action: 'create', shopId, items: [{ productId, qty: 1 }], address: addr, idempotencyKey: key() }, buyer);
const act = (action: string, orderId: string, as: string, extra: Record<string, unknown> = {}) => {
  later();
  return host.ok<Order>('order', { action, orderId, ...extra }, as);
};

async function paidByTransfer() {
  const s = await shop();
  const buyer = `transfer-buyer-${n}`;
  const placed = (await order(s.shop.id, s.product.id, buyer)).body;
  if (!placed.ok) throw new Error(JSON.stringify(placed));
  const o = placed.data as Order;
  await host.ok('order', { action: 'pay', orderId: o.id, method: 'transfer' }, buyer);
  await act('confirmPaid', o.id, s.owner);
  return { ...s, buyer, orderId: o.id };
}

describe('an approved refund of a transfer', () => {
  it('leaves the order not refunded, the money owed, until the seller sends it; then refunded', async () => {
    const { owner, buyer, orderId } = await paidByTransfer();
    await act('ship', orderId, owner, { carrier: '顺丰', trackingNo: 'SF77' });
    await act('requestAfterSale', orderId, buyer, { type: 'refund', reason: '摔碎了' });
    const approved = await act('resolveAfterSale', orderId, owner, { approve: true });
    expect(approved.status).not.toBe('refunded');
    expect(approved.refunds).toEqual([expect.objectContaining({ amountFen: 12800, method: 'transfer', status: 'pending' })]);
    const sent = await act('refundSent', orderId, owner, { note: '已微信转回' });
    expect(sent.status).toBe('refunded');
    expect(sent.refunds).toEqual([expect.objectContaining({ amountFen: 12800, status: 'done' })]);
  });
});
