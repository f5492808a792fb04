import { loadMigrations, migrate } from '../../cloud/db/migrate';
import { openPglite } from '../../cloud/db/pglite';
import type { Database } from '../../cloud/db/types';
import { recordRefundNotice } from '../../cloud/core/payments/refund-result';
import type { RefundPayload } from '../../cloud/core/payments/refunds';
import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { createScratchDatabase, handClock, hostPerFile, usingPostgres } from './helpers/host';

/**
 * The two scenarios and the refund results: a buyer who pays twice gets exactly the surplus
 * back, each payment refunded alone, through the merchant it went to; a cancel afterwards returns the
 * rest; WeChat's refund results are recorded once, whatever order they arrive in.
 */
const clock = handClock('2026-11-29T02:00:00Z');

const host = hostPerFile({ clock });

let n = 0;
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };

// What the outbox holds for one refund: exactly what the sender hands cloudPay.refund.
type RefundMessage = RefundPayload;

async function setup(subMchId = '1900000109') {
  const owner = `refund-seller-${++n}`;
  const buyer = `refund-buyer-${n}`;
  await host.ok<Shop>('shop', { action: 'open', name: `退款测试店${n}` }, owner);
  const shop = await host.ok<Shop>('shop', { action: 'update', payment: { wechatSubMchId: subMchId, transferNote: '转账到 138****0000' } }, owner);
  const product = await host.ok<Product>('catalog', { action: 'create', title: '核桃', priceFen: 6800, stock: 50, story: '山里的核桃' }, owner);
  const order = await host.ok<Order>(
    'order',
    { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 2 }], address, idempotencyKey: `refund-order-${n}-${Math.random().toString(36).slice(2)}` },
    buyer,
  );
  return { owner, buyer, shop, order };
}

// Time moves a little between steps, as it does between a person's taps (the latest payment is the newest).
const later = () => (clock.t += 1000);
async function payWechat(orderId: string, buyer: string): Promise<string> {
  later();
  return (await host.ok<{ order: Order }>('order', { action: 'pay', orderId, method: 'wechat' }, buyer)).order.payment!.id;
}
async function succeed(paymentId: string): Promise<{ ok: boolean; data?: { outcome: string } }> {
  later();
  return (await fetch(`${host.url}/api/dev/payments/${paymentId}/succeed`, { method: 'POST' })).json() as Promise<{ ok: boolean; data?: { outcome: string } }>;
}
const refundSucceeds = (refundId: string) => fetch(`${host.url}/api/dev/refunds/${refundId}/succeed`, { method: 'POST' }).then((r) => r.json() as Promise<{ ok: boolean; data?: { outcome: string }; error?: { code: string } }>);
const get = (orderId: string, as: string) => host.ok<Order>('order', { action: 'get', orderId }, as);

async function refundMessages(orderId: string): Promise<RefundMessage[]> {
  const rows = await host.db.query<{ payload: RefundMessage }>(
    `SELECT m.payload FROM outbox m WHERE m.kind = 'wxpay.refund' AND m.payload->>'outTradeNo' IN (SELECT id FROM payments WHERE order_id = $1) ORDER BY m.id`,
    [orderId],
  );
  return rows.map((r) => r.payload);
}

/** What the buyer paid and what went back, per payment, from the database. */
async function ledger(orderId: string) {
  return host.db.query<{ id: string; method: string; status: string; amount_fen: number; refunded: number; refunds: number }>(
    `SELECT p.id, p.method, p.status, p.amount_fen, coalesce(sum(r.amount_fen), 0)::bigint AS refunded, count(r.id)::int AS refunds
       FROM payments p LEFT JOIN refunds r ON r.payment_id = p.id WHERE p.order_id = $1 GROUP BY p.id ORDER BY min(r.seq), p.id`,
    [orderId],
  );
}

describe('two WeChat payments on one order', () => {
  it('refunds the second alone and in full, through the merchant it was paid to; a cancel refunds the first', async () => {
    const { owner, buyer, order } = await setup('1900000109');
    // The buyer opens WeChat's cashier twice (two phones, or a retry) and both go through.
    const first = await payWechat(order.id, buyer);
    const second = await payWechat(order.id, buyer);
    expect(await succeed(first)).toEqual({ ok: true, data: { outcome: 'paid' } });
    expect(await succeed(second)).toEqual({ ok: true, data: { outcome: 'refunded_late' } });
    // duplicated notices change nothing
    expect(await succeed(second)).toEqual({ ok: true, data: { outcome: 'already_paid' } });
    expect(await succeed(first)).toEqual({ ok: true, data: { outcome: 'already_paid' } });

    let view = await get(order.id, buyer);
    expect(view.status).toBe('paid');
    expect(view.refunds).toEqual([expect.objectContaining({ amountFen: 13600, method: 'wechat', status: 'pending', reason: 'surplus', problem: false, doneAt: null })]);
    expect(Object.fromEntries((await ledger(order.id)).map((p) => [p.id, [p.status, Number(p.refunded)]]))).toEqual({ [first]: ['paid', 0], [second]: ['paid', 13600] });
    const [surplus] = await refundMessages(order.id);
    expect(surplus).toEqual({ outTradeNo: second, outRefundNo: view.refunds[0].id, totalFee: 13600, refundFee: 13600, subMchId: '1900000109', nonceStr: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(view.refunds[0].id).toMatch(/^[0-9A-Za-z_-]{1,64}$/);
    expect(view.timeline.map((e) => e.action)).toContain('refundSurplus');

    // WeChat reports the refund back; a repeat is ignored.
    expect(await refundSucceeds(view.refunds[0].id)).toEqual({ ok: true, data: { outcome: 'done' } });
    expect(await refundSucceeds(view.refunds[0].id)).toEqual({ ok: true, data: { outcome: 'ignored' } });
    view = await get(order.id, owner);
    expect(view.refunds).toEqual([expect.objectContaining({ status: 'done', doneAt: expect.any(String) })]);

    // The shop moves to another merchant id; the payment was made to the first one, and goes back there.
    await host.ok('shop', { action: 'update', payment: { wechatSubMchId: '1900000999' } }, owner);
    const cancelled = await host.ok<Order>('order', { action: 'cancel', orderId: order.id, reason: '不要了' }, buyer);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.refunds.map((r) => [r.reason, r.amountFen, r.status])).toEqual([
      ['surplus', 13600, 'done'],
      ['cancel', 13600, 'pending'],
    ]);
    const messages = await refundMessages(order.id);
    expect(messages).toHaveLength(2);
    expect(messages[1]).toMatchObject({ outTradeNo: first, outRefundNo: cancelled.refunds[1].id, refundFee: 13600, subMchId: '1900000109' });
    // every fen the buyer paid is on its way back, once
    expect((await ledger(order.id)).map((p) => [Number(p.refunded), p.refunds])).toEqual([
      [13600, 1],
      [13600, 1],
    ]);
  });
});

describe('a confirmed transfer and a late WeChat payment', () => {
  it('refunds the WeChat payment in full; a cancel leaves the transfer for the seller to send back', async () => {
    const { owner, buyer, order } = await setup();
    const wechat = await payWechat(order.id, buyer);
    // The buyer gives up on WeChat's cashier, transfers instead, and the seller confirms it.
    await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
    expect((await host.ok<Order>('order', { action: 'confirmPaid', orderId: order.id }, owner)).status).toBe('paid');
    // …then WeChat's payment goes through after all.
    expect(await succeed(wechat)).toEqual({ ok: true, data: { outcome: 'refunded_late' } });
    const paid = await get(order.id, buyer);
    expect(paid.status).toBe('paid');
    expect(paid.refunds).toEqual([expect.objectContaining({ amountFen: 13600, method: 'wechat', reason: 'surplus', status: 'pending' })]);
    expect(await refundMessages(order.id)).toEqual([expect.objectContaining({ outTradeNo: wechat, refundFee: 13600 })]);

    const cancelled = await host.ok<Order>('order', { action: 'cancel', orderId: order.id, reason: '缺货' }, owner);
    expect(cancelled.refunds.map((r) => [r.reason, r.method, r.amountFen, r.status])).toEqual([
      ['surplus', 'wechat', 13600, 'pending'],
      ['cancel', 'transfer', 13600, 'pending'],
    ]);
    // a transfer goes back by the seller's hand: nothing is queued for WeChat Pay
    expect(await refundMessages(order.id)).toHaveLength(1);
    const transferRefund = cancelled.refunds[1];
    // …and WeChat cannot report on it
    expect((await refundSucceeds(transferRefund.id)).error?.code).toBe('NOT_FOUND');
    expect((await ledger(order.id)).map((p) => [p.method, Number(p.refunded), p.refunds])).toEqual([
      ['wechat', 13600, 1],
      ['transfer', 13600, 1],
    ]);
  });

  it('money that arrives after cancel is refunded alone; the cancel itself had nothing to refund', async () => {
    const { buyer, order } = await setup();
    const wechat = await payWechat(order.id, buyer);
    const cancelled = await host.ok<Order>('order', { action: 'cancel', orderId: order.id }, buyer);
    expect(cancelled.refunds).toEqual([]);
    expect(await succeed(wechat)).toEqual({ ok: true, data: { outcome: 'refunded_late' } });
    const view = await get(order.id, buyer);
    expect(view.status).toBe('cancelled');
    expect(view.refunds).toEqual([expect.objectContaining({ amountFen: 13600, reason: 'surplus', method: 'wechat' })]);
  });

  it('an approved after-sale refunds every payment not yet given back, and only those', async () => {
    const { owner, buyer, order } = await setup();
    const a = await payWechat(order.id, buyer);
    const b = await payWechat(order.id, buyer);
    await succeed(a);
    await succeed(b);
    await host.ok('order', { action: 'requestAfterSale', orderId: order.id, type: 'refund', reason: '不想要了' }, buyer);
    const resolved = await host.ok<Order>('order', { action: 'resolveAfterSale', orderId: order.id, approve: true }, owner);
    expect(resolved.status).toBe('refunded');
    expect(resolved.refunds.map((r) => [r.reason, r.amountFen])).toEqual([
      ['surplus', 13600],
      ['after_sale', 13600],
    ]);
    expect((await refundMessages(order.id)).map((m) => m.outTradeNo)).toEqual([b, a]);
  });
});

describe('refund results', () => {
  async function refundedOrder() {
    const s = await setup();
    const p = await payWechat(s.order.id, s.buyer);
    await succeed(p);
    const cancelled = await host.ok<Order>('order', { action: 'cancel', orderId: s.order.id }, s.buyer);
    return { ...s, refundId: cancelled.refunds[0].id };
  }
  const refundRow = async (id: string) => (await host.db.query<{ status: string; provider_status: string | null; done_at: Date | null }>('SELECT status, provider_status, done_at FROM refunds WHERE id = $1', [id]))[0];

  it('a failure (CHANGE) shows both sides a problem; a later SUCCESS still completes it; a failure after success is ignored', async () => {
    const { owner, buyer, refundId } = await refundedOrder();
    expect(await recordRefundNotice(host.deps, { outRefundNo: refundId, refundStatus: 'CHANGE' })).toBe('failed');
    expect(await recordRefundNotice(host.deps, { outRefundNo: refundId, refundStatus: 'CHANGE' })).toBe('ignored');
    const orderId = (await host.db.query<{ order_id: string }>('SELECT order_id FROM refunds WHERE id = $1', [refundId]))[0].order_id;
    expect((await get(orderId, buyer)).refunds).toEqual([expect.objectContaining({ status: 'pending', problem: true })]);
    expect((await get(orderId, owner)).timeline.map((e) => e.action)).toContain('refundFailed');

    expect(
      await recordRefundNotice(host.deps, { outRefundNo: refundId, refundStatus: 'SUCCESS', refundFen: 13600, providerRef: '50300305972020102203418789254', successTime: '2026-11-29 10:32:36' }),
    ).toBe('done');
    expect(await refundRow(refundId)).toEqual({ status: 'done', provider_status: 'SUCCESS', done_at: new Date('2026-11-29T02:32:36Z') });
    expect(await recordRefundNotice(host.deps, { outRefundNo: refundId, refundStatus: 'REFUNDCLOSE' })).toBe('ignored');
    expect((await get(orderId, buyer)).refunds).toEqual([expect.objectContaining({ status: 'done', problem: false, doneAt: '2026-11-29T02:32:36.000Z' })]);
  });

  it('refuses a notice it cannot match, and changes nothing', async () => {
    const { refundId } = await refundedOrder();
    await expect(recordRefundNotice(host.deps, { outRefundNo: 'rfNoSuchRefund', refundStatus: 'SUCCESS' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(recordRefundNotice(host.deps, { outRefundNo: refundId, refundStatus: 'PROCESSING' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(recordRefundNotice(host.deps, { outRefundNo: refundId, refundStatus: 'SUCCESS', refundFen: 13601 })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await refundRow(refundId)).toEqual({ status: 'pending', provider_status: null, done_at: null });
    // less than asked is a coupon's share (settlement_refund_fee): still this refund
    expect(await recordRefundNotice(host.deps, { outRefundNo: refundId, refundStatus: 'SUCCESS', refundFen: 13000 })).toBe('done');
  });
});

describe('migration 010 on data of the old code', () => {
  let db: Database;
  let drop: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    if (usingPostgres) {
      const scratch = await createScratchDatabase(process.env.DATABASE_URL!);
      const { openPostgres } = await import('../../cloud/db/postgres');
      db = await openPostgres(scratch.url);
      drop = scratch.drop;
    } else {
      db = await openPglite(undefined);
    }
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('turns payments flipped to refunded into refunds, and queues the refund the old code never sent', async () => {
    const all = loadMigrations();
    await migrate(db, all.filter((m) => m.version < 10));
    const at = '2026-11-20T02:00:00Z';
    await db.query(`INSERT INTO shops (id, owner_openid, name, intro, policy, created_at, updated_at, wechat_sub_mch_id) VALUES ('s1', 'owner', '老店', '', '{}', $1, $1, '1900000109')`, [at]);
    await db.query(
      `INSERT INTO orders (id, shop_id, buyer_openid, status, total_fen, address, note, idempotency_key, created_at, updated_at)
       VALUES ('o1', 's1', 'buyer', 'cancelled', 6800, '{"name":"王","phone":"13800138000","detail":"北京"}', '', 'legacy-key-1', $1, $1)`,
      [at],
    );
    // The old refundPaid flipped both payments but queued one refund ('r' + the first payment's id).
    for (const id of ['payA', 'payB']) {
      await db.query(`INSERT INTO payments (id, order_id, method, status, amount_fen, created_at, updated_at) VALUES ($1, 'o1', 'wechat', 'refunded', 6800, $2, $2)`, [id, at]);
    }
    await db.query(`INSERT INTO outbox (kind, to_openid, payload, created_at) VALUES ('wxpay.refund', 'buyer', $1, $2)`, [
      JSON.stringify({ outTradeNo: 'payA', outRefundNo: 'rpayA', totalFee: 6800, refundFee: 6800, subMchId: '1900000109' }),
      at,
    ]);

    await migrate(db, all);
    expect(await db.query('SELECT id, payment_id, amount_fen, method, reason, status FROM refunds ORDER BY id')).toEqual([
      { id: 'rpayA', payment_id: 'payA', amount_fen: 6800, method: 'wechat', reason: 'cancel', status: 'pending' },
      { id: 'rpayB', payment_id: 'payB', amount_fen: 6800, method: 'wechat', reason: 'cancel', status: 'pending' },
    ]);
    expect(await db.query(`SELECT id, status, sub_mch_id FROM payments ORDER BY id`)).toEqual([
      { id: 'payA', status: 'paid', sub_mch_id: '1900000109' },
      { id: 'payB', status: 'paid', sub_mch_id: '1900000109' },
    ]);
    const queued = await db.query<{ payload: { outRefundNo: string; outTradeNo: string; subMchId: string } }>(`SELECT payload FROM outbox WHERE kind = 'wxpay.refund' ORDER BY id`);
    expect(queued.map((m) => [m.payload.outTradeNo, m.payload.outRefundNo, m.payload.subMchId])).toEqual([
      ['payA', 'rpayA', '1900000109'],
      ['payB', 'rpayB', '1900000109'],
    ]);
    await expect(db.query(`UPDATE payments SET status = 'refunded' WHERE id = 'payA'`)).rejects.toThrow();
  });
});
