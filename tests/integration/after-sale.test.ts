import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { handClock, hostPerFile, usingPostgres } from './helpers/host';

/**
 * Issue 13's after-sales on a real database (PGlite, or PostgreSQL with DATABASE_URL): a refund of one
 * item of the amount asked, a return that really comes back (address → the buyer's tracking → the
 * seller's confirmation → the refund), and the timer's two return deadlines.
 */
const clock = handClock('2026-12-01T02:00:00Z');
const DAY = 86_400_000;

const host = hostPerFile({ clock });

let n = 0;
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };
const returnAddress = { name: '李店主', phone: '13900139000', detail: '浙江省杭州市西湖区龙井路 8 号' };
const later = () => (clock.t += 1000);

/** A friend's ¥234.00 order of a ¥98.00 jar and a ¥136.00 box, paid with WeChat Pay and shipped. */
async function shippedOrder() {
  const owner = `as-seller-${++n}`;
  const buyer = `as-buyer-${n}`;
  await host.ok<Shop>('shop', { action: 'open', name: `售后测试店${n}` }, owner);
  const shop = await host.ok<Shop>('shop', { action: 'update', payment: { wechatSubMchId: '1900000109', transferNote: '转账到 138****0000' } }, owner);
  const jar = await host.ok<Product>('catalog', { action: 'create', title: '蜂蜜', priceFen: 9800, stock: 10, story: '山里的蜂蜜' }, owner);
  const box = await host.ok<Product>('catalog', { action: 'create', title: '核桃礼盒', priceFen: 13600, stock: 10, story: '山里的核桃' }, owner);
  const created = await host.ok<Order>(
    'order',
    {
      action: 'create',
      shopId: shop.id,
      items: [
        { productId: jar.id, qty: 1 },
        { productId: box.id, qty: 1 },
      ],
      address,
      idempotencyKey: `as-order-${n}-${Math.random().toString(36).slice(2)}`,
    },
    buyer,
  );
  later();
  const paymentId = (await host.ok<{ order: Order }>('order', { action: 'pay', orderId: created.id, method: 'wechat' }, buyer)).order.payment!.id;
  later();
  expect(await (await fetch(`${host.url}/api/dev/payments/${paymentId}/succeed`, { method: 'POST' })).json()).toMatchObject({ ok: true });
  later();
  const order = await host.ok<Order>('order', { action: 'ship', orderId: created.id, carrier: 'SF', trackingNo: 'SF1234567890' }, owner);
  expect(order.status).toBe('shipped');
  return { owner, buyer, order, jar, box, paymentId };
}

const act = (action: string, params: Record<string, unknown>, as: string) => {
  later();
  return host.call<Order>('order', { action, ...params }, as);
};
const ok = async (action: string, params: Record<string, unknown>, as: string): Promise<Order> => {
  const res = await act(action, params, as);
  if (!res.body.ok) throw new Error(`${action}: ${JSON.stringify(res.body)}`);
  return res.body.data;
};
const get = (orderId: string, as: string) => host.ok<Order>('order', { action: 'get', orderId }, as);
const timer = (at: number) =>
  fetch(`${host.url}/api/dev/timer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: new Date(at).toISOString() }) }).then((r) => r.json());

/** The refunds WeChat Pay was asked for, in fen, for this payment. */
async function wechatRefunds(paymentId: string): Promise<number[]> {
  const rows = await host.db.query<{ fee: string }>(`SELECT payload->>'refundFee' AS fee FROM outbox WHERE kind = 'wxpay.refund' AND payload->>'outTradeNo' = $1 ORDER BY id`, [paymentId]);
  return rows.map((r) => Number(r.fee));
}

describe(`after-sales (${usingPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('refunds one broken jar of the order: exactly its amount, the order stays shipped with the refund recorded', async () => {
    const { owner, buyer, order, jar, paymentId } = await shippedOrder();
    const asked = await ok(
      'requestAfterSale',
      { orderId: order.id, type: 'refund', reason: '蜂蜜罐子碎了', amountFen: 9800, items: [{ productId: jar.id, qty: 1 }], photos: ['/uploads/broken-jar.jpg'] },
      buyer,
    );
    expect(asked.status).toBe('after_sale');
    expect(asked.afterSale).toMatchObject({ type: 'refund', status: 'requested', amountFen: 9800, items: [{ productId: jar.id, qty: 1 }], photos: ['/uploads/broken-jar.jpg'] });
    // The seller sees the photos; they go through content security like a product's images.
    expect(await host.db.query('SELECT url FROM image_checks WHERE url = $1', ['/uploads/broken-jar.jpg'])).toHaveLength(1);

    const resolved = await ok('resolveAfterSale', { orderId: order.id, approve: true }, owner);
    expect(resolved.status).toBe('shipped');
    expect(resolved.afterSale).toMatchObject({ status: 'refunded', amountFen: 9800 });
    expect(resolved.refunds).toEqual([expect.objectContaining({ amountFen: 9800, method: 'wechat', reason: 'after_sale', status: 'pending' })]);
    expect(await wechatRefunds(paymentId)).toEqual([9800]);
    expect(resolved.timeline.map((e) => e.action)).toEqual(expect.arrayContaining(['requestAfterSale', 'approveAfterSale']));

    // The rest can still be asked back, and no more than the rest.
    const more = await act('requestAfterSale', { orderId: order.id, type: 'refund', reason: '还想退', amountFen: 13601 }, buyer);
    expect(more.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { amountFen: expect.any(String) } } });
    const rest = await ok('requestAfterSale', { orderId: order.id, type: 'refund', reason: '礼盒也不要了' }, buyer);
    expect(rest.afterSale?.amountFen).toBe(13600);
    const all = await ok('resolveAfterSale', { orderId: order.id, approve: true }, owner);
    // Everything it was paid is back: only now is the order refunded.
    expect(all.status).toBe('refunded');
    expect(all.refunds.map((r) => r.amountFen)).toEqual([9800, 13600]);
    expect(await wechatRefunds(paymentId)).toEqual([9800, 13600]);
  });

  it('refuses more than was paid and not yet refunded, and changes nothing', async () => {
    const { buyer, order, jar, box } = await shippedOrder();
    const before = await get(order.id, buyer);
    const events = await host.db.query('SELECT id FROM order_events WHERE order_id = $1', [order.id]);
    for (const params of [
      { amountFen: 23401 },
      { amountFen: 0 },
      { items: [{ productId: 'p-not-in-this-order', qty: 1 }] },
      { items: [{ productId: jar.id, qty: 2 }] },
      { items: [{ productId: box.id, qty: 1 }], photos: Array.from({ length: 10 }, (_, i) => `/uploads/p${i}.jpg`) },
    ]) {
      const res = await act('requestAfterSale', { orderId: order.id, type: 'refund', reason: '不想要了', ...params }, buyer);
      // ten photos are more than a list takes: TOO_LARGE, as for a product's images
      expect(res.body).toMatchObject({ ok: false, error: { code: 'photos' in params ? 'TOO_LARGE' : 'BAD_INPUT' } });
      const field = Object.keys(params).find((k) => k !== 'items') ?? 'items';
      const fields = res.body.ok ? {} : (res.body.error.fields ?? {});
      expect(Object.keys(fields)[0]).toMatch(new RegExp(`^${field}`));
    }
    const after = await get(order.id, buyer);
    expect(after).toEqual(before);
    expect(await host.db.query('SELECT id FROM order_events WHERE order_id = $1', [order.id])).toEqual(events);
  });

  it('a return: the address, the buyer\'s tracking, the seller\'s confirmation, then the refund of the amount asked', async () => {
    const { owner, buyer, order, box, paymentId } = await shippedOrder();
    await ok('requestAfterSale', { orderId: order.id, type: 'return', reason: '核桃受潮了', amountFen: 13600, items: [{ productId: box.id, qty: 1 }] }, buyer);

    // Approving a return needs where to send it; without one nothing changes.
    const noAddress = await act('resolveAfterSale', { orderId: order.id, approve: true }, owner);
    expect(noAddress.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { returnAddress: expect.any(String) } } });
    expect((await get(order.id, owner)).afterSale?.status).toBe('requested');

    const approved = await ok('resolveAfterSale', { orderId: order.id, approve: true, returnAddress }, owner);
    expect(approved.status).toBe('after_sale');
    expect(approved.afterSale).toMatchObject({ status: 'approved', returnAddress, returnShipment: null, shipBackBy: expect.any(String) });
    expect(approved.refunds).toEqual([]);

    // The seller cannot confirm what was not sent back; the buyer cannot confirm it for them.
    expect((await act('confirmReturn', { orderId: order.id }, owner)).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await act('confirmReturn', { orderId: order.id }, buyer)).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await act('returnShipped', { orderId: order.id, carrier: 'SF', trackingNo: 'SF99' }, owner)).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const shipped = await ok('returnShipped', { orderId: order.id, carrier: '中通快递', trackingNo: 'ZT7788' }, buyer);
    expect(shipped.afterSale).toMatchObject({ status: 'returned', returnShipment: { carrier: '中通快递', carrierId: 'ZTO', trackingNo: 'ZT7788' }, confirmBy: expect.any(String) });
    expect((await act('returnShipped', { orderId: order.id, carrier: 'SF', trackingNo: 'SF99' }, buyer)).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const confirmed = await ok('confirmReturn', { orderId: order.id }, owner);
    expect(confirmed.status).toBe('shipped');
    expect(confirmed.afterSale?.status).toBe('refunded');
    expect(confirmed.refunds).toEqual([expect.objectContaining({ amountFen: 13600, method: 'wechat', reason: 'after_sale' })]);
    expect(await wechatRefunds(paymentId)).toEqual([13600]);
    expect(confirmed.timeline.map((e) => e.action).slice(-4)).toEqual(['requestAfterSale', 'approveReturn', 'returnShipped', 'confirmReturn']);
  });

  it('tells the other side at each step of a return, on templates they agreed to', async () => {
    const { owner, buyer, order } = await shippedOrder();
    // The person tapped 允许 for these templates (one consent = one message).
    for (let i = 0; i < 2; i += 1) {
      await host.ok('shop', { action: 'consent', answers: [{ template: 'after_sale_request', accepted: true }] }, owner);
      await host.ok('shop', { action: 'consent', answers: [{ template: 'after_sale_result', accepted: true }] }, buyer);
    }
    const sent = async () =>
      (
        await host.db.query<{ to_openid: string; message: string }>(`SELECT to_openid, payload->>'message' AS message FROM outbox WHERE kind = 'subscribeMessage' AND payload->>'orderId' = $1 ORDER BY id`, [
          order.id,
        ])
      ).map((m) => `${m.to_openid === owner ? 'owner' : 'buyer'}:${m.message}`);
    await ok('requestAfterSale', { orderId: order.id, type: 'return', reason: '不合适', amountFen: 5000 }, buyer);
    await ok('resolveAfterSale', { orderId: order.id, approve: true, returnAddress }, owner);
    await ok('returnShipped', { orderId: order.id, carrier: 'SF', trackingNo: 'SF42' }, buyer);
    await ok('confirmReturn', { orderId: order.id }, owner);
    expect(await sent()).toEqual(['owner:order.after_sale_requested', 'buyer:order.return_approved', 'owner:order.return_shipped', 'buyer:order.after_sale_resolved']);
    const [last] = await host.db.query<{ payload: { refundFen: number } }>(`SELECT payload FROM outbox WHERE kind = 'subscribeMessage' AND payload->>'orderId' = $1 ORDER BY id DESC LIMIT 1`, [order.id]);
    expect(last.payload.refundFen).toBe(5000);
  });

  it('closes an approved return the buyer has not sent back in 7 days, the order back where it was', async () => {
    const { owner, buyer, order } = await shippedOrder();
    await ok('requestAfterSale', { orderId: order.id, type: 'return', reason: '不合适' }, buyer);
    await ok('resolveAfterSale', { orderId: order.id, approve: true, returnAddress }, owner);
    await timer(clock.t + 6 * DAY);
    expect((await get(order.id, buyer)).afterSale?.status).toBe('approved');
    await timer(clock.t + 7 * DAY + 1000);
    const closed = await get(order.id, buyer);
    expect(closed.status).toBe('shipped');
    expect(closed.afterSale?.status).toBe('closed');
    expect(closed.refunds).toEqual([]);
    expect(closed.timeline.at(-1)).toMatchObject({ action: 'closeReturn', by: 'system', from: 'after_sale', to: 'shipped' });
    expect((await act('returnShipped', { orderId: order.id, carrier: 'SF', trackingNo: 'SF99' }, buyer)).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refunds a return the seller has not confirmed 10 days after the buyer sent it', async () => {
    const { owner, buyer, order, paymentId } = await shippedOrder();
    await ok('requestAfterSale', { orderId: order.id, type: 'return', reason: '不合适' }, buyer);
    await ok('resolveAfterSale', { orderId: order.id, approve: true, returnAddress }, owner);
    await ok('returnShipped', { orderId: order.id, carrier: 'SF', trackingNo: 'SF5566' }, buyer);
    const sentAt = clock.t;
    await timer(sentAt + 9 * DAY);
    expect((await get(order.id, buyer)).afterSale?.status).toBe('returned');
    await timer(sentAt + 10 * DAY + 1000);
    const refunded = await get(order.id, buyer);
    // all of it was asked back: the whole order is refunded
    expect(refunded.status).toBe('refunded');
    expect(refunded.afterSale?.status).toBe('refunded');
    expect(refunded.refunds.map((r) => r.amountFen)).toEqual([23400]);
    expect(await wechatRefunds(paymentId)).toEqual([23400]);
    expect(refunded.timeline.at(-1)).toMatchObject({ action: 'autoConfirmReturn', by: 'system', to: 'refunded' });
    // the timer again: nothing is refunded twice
    await timer(sentAt + 20 * DAY);
    expect(await wechatRefunds(paymentId)).toEqual([23400]);
  });
});
