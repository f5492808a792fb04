import type { Order, OrderPage } from '../../types/order';
import type { Product, ProductWithReviews } from '../../types/product';
import type { Shop } from '../../types/shop';
import { handClock, hostPerFile, usingPostgres } from './helpers/host';

/**
 * Transfers between friends (issue 13): a transfer's refund is owed until the seller says they sent it;
 * a buyer who said 我已转账 cannot cancel silently; each open order has a 4-digit note code unique in its
 * shop; a shop nobody can pay takes no orders; phones are real mobiles; reviewers' names are masked.
 */
const clock = handClock('2026-12-01T02:00:00Z');
const later = () => (clock.t += 1000);

const host = hostPerFile({ clock });

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

describe('a transfer refund', () => {
  it('is pending, and owed to the buyer, until the seller says they sent it; then done, and the buyer is told', async () => {
    const { owner, buyer, orderId } = await paidByTransfer();
    await host.ok('shop', { action: 'consent', answers: [{ template: 'after_sale_result', accepted: true }] }, buyer);
    const cancelled = await act('cancel', orderId, owner, { reason: '缺货' });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.refunds).toEqual([expect.objectContaining({ amountFen: 12800, method: 'transfer', status: 'pending', doneAt: null })]);
    // the buyer sees the same money on its way back
    expect((await act('get', orderId, buyer)).refunds).toEqual([expect.objectContaining({ amountFen: 12800, status: 'pending' })]);

    const sent = await act('refundSent', orderId, owner, { note: '微信转账已转回' });
    expect(sent.refunds).toEqual([expect.objectContaining({ amountFen: 12800, method: 'transfer', status: 'done', doneAt: expect.any(String) })]);
    expect(sent.timeline.at(-1)).toMatchObject({ action: 'refundSent', by: 'owner', note: '微信转账已转回' });
    const [message] = await host.db.query<{ payload: { message: string; amountFen: number; note: string } }>(
      `SELECT payload FROM outbox WHERE kind = 'subscribeMessage' AND payload->>'orderId' = $1 AND payload->>'message' = 'order.refund_sent'`,
      [orderId],
    );
    expect(message.payload).toMatchObject({ amountFen: 12800, note: '微信转账已转回' });

    // nothing is left to send: a second 已转回 is refused and changes nothing
    const again = await host.call('order', { action: 'refundSent', orderId }, owner);
    expect(again.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await act('get', orderId, owner)).refunds).toEqual(sent.refunds);
  });

  it('is the seller’s to mark sent: the buyer is refused', async () => {
    const { owner, buyer, orderId } = await paidByTransfer();
    await act('cancel', orderId, owner);
    const res = await host.call('order', { action: 'refundSent', orderId }, buyer);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await act('get', orderId, buyer)).refunds[0].status).toBe('pending');
  });
});

describe('cancelling after 我已转账', () => {
  it('is refused for the buyer (they ask for a refund), changing nothing', async () => {
    const s = await shop();
    const buyer = `transfer-buyer-${n}`;
    const o = (await order(s.shop.id, s.product.id, buyer)).body as { data: Order };
    await host.ok('order', { action: 'pay', orderId: o.data.id, method: 'transfer' }, buyer);
    const before = await act('get', o.data.id, buyer);
    const [{ stock: stockBefore }] = await host.db.query<{ stock: number }>('SELECT stock FROM products WHERE id = $1', [s.product.id]);
    const res = await host.call('order', { action: 'cancel', orderId: o.data.id }, buyer);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('申请退款') } });
    expect(await act('get', o.data.id, buyer)).toEqual(before);
    expect(before.status).toBe('awaiting_confirmation');
    const [{ stock }] = await host.db.query<{ stock: number }>('SELECT stock FROM products WHERE id = $1', [s.product.id]);
    expect(stock).toBe(stockBefore);
  });
});

describe('the note code', () => {
  it(`is 4 digits, unique among the shop's open orders even when placed at once (${usingPostgres ? 'PostgreSQL' : 'PGlite'}); both sides see it`, async () => {
    const s = await shop();
    const buyers = Array.from({ length: 25 }, (_, i) => `code-buyer-${n}-${i}`);
    const results = await Promise.all(buyers.map((b) => order(s.shop.id, s.product.id, b)));
    const orders = results.map((r) => (r.body.ok ? (r.body.data as Order) : null));
    expect(orders.every(Boolean)).toBe(true);
    const codes = orders.map((o) => o!.noteCode);
    expect(codes.every((c) => typeof c === 'string' && /^\d{4}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);

    // the buyer pays by transfer: the code is on the payment, and in the seller's list and order
    const first = orders[0]!;
    const paying = (await host.ok<{ order: Order }>('order', { action: 'pay', orderId: first.id, method: 'transfer' }, buyers[0])).order;
    expect(paying.payment).toMatchObject({ method: 'transfer', noteCode: first.noteCode });
    // (a page holds 20 of the 25: the one waiting for the seller is found by its status)
    const list = await host.ok<OrderPage>('order', { action: 'listShop', status: 'awaiting_confirmation' }, s.owner);
    expect(list.orders.find((o) => o.id === first.id)).toMatchObject({ noteCode: first.noteCode, payment: { noteCode: first.noteCode } });
    expect((await act('get', first.id, s.owner)).noteCode).toBe(first.noteCode);
  }, 30_000);

  it('cannot be shared by two open orders of a shop: the database refuses it', async () => {
    const s = await shop();
    const a = (await order(s.shop.id, s.product.id, `dup-a-${n}`)).body as { data: Order };
    const b = (await order(s.shop.id, s.product.id, `dup-b-${n}`)).body as { data: Order };
    await expect(host.db.query('UPDATE orders SET note_code = $2 WHERE id = $1', [b.data.id, a.data.noteCode])).rejects.toThrow();
  });
});

describe('a shop with no way to be paid', () => {
  it('takes no orders (CONFLICT no_payment_method), and says so on shop.get', async () => {
    const s = await shop(null);
    expect((await host.ok<{ shop: Shop }>('shop', { action: 'get', shopId: s.shop.id })).shop.payment.acceptsOrders).toBe(false);
    const res = await order(s.shop.id, s.product.id, `nopay-buyer-${n}`);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'no_payment_method' } } });
    const [{ count }] = await host.db.query<{ count: number }>('SELECT count(*)::int AS count FROM orders WHERE shop_id = $1', [s.shop.id]);
    expect(count).toBe(0);
    // a transfer note is a way to be paid
    await host.ok('shop', { action: 'update', payment: { transferNote: '请扫码转账' } }, s.owner);
    expect((await host.ok<{ shop: Shop }>('shop', { action: 'get', shopId: s.shop.id })).shop.payment.acceptsOrders).toBe(true);
    expect((await order(s.shop.id, s.product.id, `nopay-buyer-${n}`)).body.ok).toBe(true);
  });
});

describe('phone numbers', () => {
  it.each([
    ['1381234567', false],
    ['23812345678', false],
    ['12812345678', false],
    ['138123456789', false],
    ['+1 4155550100', false],
    ['010-12345678', false],
  ])('refuses %s, ordering nothing', async (phone) => {
    const s = await shop();
    const res = await order(s.shop.id, s.product.id, `phone-buyer-${n}`, { ...address, phone });
    expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { fields: { 'address.phone': expect.any(String) } } } });
  });

  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['+852 9123 4567', '+852 91234567'],
    ['+853 6612 3456', '+853 66123456'],
    ['+886 912 345 678', '+886 912345678'],
  ])('takes %s as %s', async (phone, stored) => {
    const s = await shop();
    const res = await order(s.shop.id, s.product.id, `phone-buyer-${n}`, { ...address, phone });
    expect(res.body).toMatchObject({ ok: true, data: { address: { phone: stored } } });
  });
});

describe('reviews', () => {
  it('show the reviewer’s masked name and the purchase date, never the full name', async () => {
    const { owner, buyer, orderId, product } = await paidByTransfer();
    await act('ship', orderId, owner, { carrier: '顺丰', trackingNo: 'SF123' });
    await act('confirmReceipt', orderId, buyer);
    const reviewed = await act('review', orderId, buyer, { rating: 5, text: '油很香' });
    expect(reviewed.review).toMatchObject({ reviewerName: '王*', purchasedAt: reviewed.createdAt });
    const page = await host.ok<ProductWithReviews>('catalog', { action: 'get', productId: product.id });
    expect(page.reviews).toEqual([expect.objectContaining({ reviewerName: '王*', purchasedAt: reviewed.createdAt, text: '油很香' })]);
    expect(JSON.stringify(page)).not.toContain('王小明');
  });
});

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
