/**
 * Shipping information for WeChat (发货信息管理) end to end on a real database: order.ship takes a carrier of
 * WeChat's delivery list, queues the upload_shipping_info request for an order paid with WeChat Pay (the sandbox's
 * /api/dev/outbox shows it exactly), and the production sender delivers it to the faithful fake of WeChat
 * (tests/fakes/wx-server-sdk/shipping.ts) while the seller sees 未同步 → 已同步, failures retried.
 */
import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { handClock, hostPerFile } from './helpers/host';

jest.mock('wx-server-sdk', () => jest.requireActual('../fakes/wx-server-sdk').wxServerSdk, { virtual: true });

import { deliverOutbox } from '../../cloud/core/delivery';
import { silentLogger } from '../../cloud/core/runtime/logger';
import { cloudSender, senderConfig } from '../../cloud/functions/sender';
import { fakeWx } from '../fakes/wx-server-sdk';
import { fakeShipping } from '../fakes/wx-server-sdk/shipping';

const clock = handClock('2026-11-29T04:00:00Z');
const host = hostPerFile({ clock });
beforeEach(() => fakeWx.reset());

let n = 0;
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };
const UPLOAD = 'openapi.wxa.sec.order.uploadShippingInfo';

interface OutboxEntry {
  id: string;
  kind: string;
  payload: { orderId?: string; paymentId?: string; request?: Record<string, unknown> };
  deliveredAt: string | null;
  lastError: string | null;
}

async function outboxOf(orderId: string): Promise<OutboxEntry[]> {
  const { messages } = (await (await fetch(`${host.url}/api/dev/outbox`)).json()) as { messages: OutboxEntry[] };
  return messages.filter((m) => m.kind === 'wxa.uploadShippingInfo' && m.payload.orderId === orderId);
}

/** A shop taking WeChat Pay, and an order of two lines its buyer paid (the sandbox's cashier and notice). */
async function paidOrder(method: 'wechat' | 'transfer' = 'wechat') {
  const owner = `ship-seller-${++n}`;
  const buyer = `ship-buyer-${n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `林晓的山货小店${n}` }, owner);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 linxiao', wechatSubMchId: '1900000109' } }, owner);
  const walnut = await host.ok<Product>('catalog', { action: 'create', title: '商洛野生核桃', priceFen: 6850, stock: 50, story: '自家树上的' }, owner);
  const honey = await host.ok<Product>('catalog', { action: 'create', title: '土蜂蜜', priceFen: 8800, stock: 50, story: '山里的蜂场' }, owner);
  const order = await host.ok<Order>(
    'order',
    { action: 'create', shopId: shop.id, items: [{ productId: walnut.id, qty: 2 }, { productId: honey.id, qty: 1 }], address, idempotencyKey: `ship-${n}-${Date.now()}` },
    buyer,
  );
  const paying = await host.ok<{ order: Order }>('order', { action: 'pay', orderId: order.id, method }, buyer);
  if (method === 'wechat') {
    const paymentId = paying.order.payment!.id;
    const res = (await (await fetch(`${host.url}/api/dev/payments/${paymentId}/succeed`, { method: 'POST' })).json()) as { ok: boolean };
    expect(res.ok).toBe(true);
  } else {
    await host.ok('order', { action: 'confirmPaid', orderId: order.id }, owner);
  }
  const paid = await host.ok<Order>('order', { action: 'get', orderId: order.id }, buyer);
  expect(paid.status).toBe('paid');
  return { owner, buyer, order: paid };
}

/** WeChat's side: the payment the sandbox recorded, as WeChat Pay reports it (transaction id = provider ref). */
function wechatKnows(order: Order, buyer: string) {
  return fakeShipping.pay({ transactionId: order.payment!.transactionId!, outTradeNo: order.payment!.id, openid: buyer });
}

const deliver = () =>
  deliverOutbox({ db: host.db, log: silentLogger, sender: cloudSender(senderConfig({ WX_TEMPLATES: '{}', TCB_ENV: 'shuren-test-1a2b' })) }, clock.now());

describe('order.ship with a carrier of WeChat’s list', () => {
  it('stores the carrier by WeChat’s id and queues exactly the request WeChat documents; the seller sees 未同步 (pending), the buyer nothing', async () => {
    const { owner, buyer, order } = await paidOrder();
    expect(order.payment!.transactionId).toBe(`sandbox-${order.payment!.id}`);
    const shipped = await host.ok<Order>('order', { action: 'ship', orderId: order.id, carrier: '顺丰', trackingNo: 'SF1234567890' }, owner);
    expect(shipped.shipment).toMatchObject({ carrier: '顺丰速运', carrierId: 'SF', trackingNo: 'SF1234567890', wechatSync: { status: 'pending', error: null } });
    expect((await host.ok<Order>('order', { action: 'get', orderId: order.id }, buyer)).shipment).toMatchObject({ carrier: '顺丰速运', wechatSync: null });

    const [message] = await outboxOf(order.id);
    expect(message.payload).toEqual({
      orderId: order.id,
      paymentId: order.payment!.id,
      request: {
        order_key: { order_number_type: 2, transaction_id: `sandbox-${order.payment!.id}` },
        logistics_type: 1,
        delivery_mode: 1,
        shipping_list: [{ tracking_no: 'SF1234567890', express_company: 'SF', item_desc: '商洛野生核桃*2；土蜂蜜*1', contact: { receiver_contact: '138****8000' } }],
        upload_time: '2026-11-29T12:00:00.000+08:00',
        payer: { openid: buyer },
      },
    });
  });

  it('refuses a carrier outside the list with BAD_INPUT on carrier naming the choices, and changes nothing', async () => {
    const { owner, order } = await paidOrder();
    const res = await host.call('order', { action: 'ship', orderId: order.id, carrier: '楼下王师傅', trackingNo: 'X1' }, owner);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { carrier: expect.stringContaining('顺丰速运、中通快递') } } });
    const after = await host.ok<Order>('order', { action: 'get', orderId: order.id }, owner);
    expect(after).toMatchObject({ status: 'paid', shipment: null });
    expect(await outboxOf(order.id)).toEqual([]);
    expect(await host.db.query('SELECT 1 FROM shipping_syncs WHERE order_id = $1', [order.id])).toEqual([]);
    // 其他 without its name is refused on carrierName
    const unnamed = await host.call('order', { action: 'ship', orderId: order.id, carrier: 'OTHER', trackingNo: 'X1' }, owner);
    expect(unnamed.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { carrierName: expect.any(String) } } });
  });

  it('ships with 其他 under the seller’s name for it: nothing to upload, the seller is told to enter it by hand', async () => {
    const { owner, order } = await paidOrder();
    const shipped = await host.ok<Order>('order', { action: 'ship', orderId: order.id, carrier: 'OTHER', carrierName: '极兔速递', trackingNo: 'JT0001' }, owner);
    expect(shipped.shipment).toMatchObject({ carrier: '极兔速递', carrierId: 'OTHER', wechatSync: { status: 'manual' } });
    expect(await outboxOf(order.id)).toEqual([]);
  });

  it('uploads nothing for an order paid by transfer: nothing is frozen at WeChat', async () => {
    const { owner, order } = await paidOrder('transfer');
    const shipped = await host.ok<Order>('order', { action: 'ship', orderId: order.id, carrier: 'ZTO', trackingNo: 'ZT1' }, owner);
    expect(shipped.shipment).toMatchObject({ carrier: '中通快递', carrierId: 'ZTO', wechatSync: null });
    expect(await outboxOf(order.id)).toEqual([]);
  });
});

describe('the production sender against the fake WeChat', () => {
  // Each test sends only its own messages: earlier tests' leftovers (orders WeChat never saw) count as sent.
  beforeEach(async () => {
    await host.db.query('UPDATE outbox SET delivered_at = $1 WHERE delivered_at IS NULL', [clock.now()]);
  });

  it('uploads the queued request as is, and the seller’s 未同步 turns synced', async () => {
    const { owner, buyer, order } = await paidOrder();
    wechatKnows(order, buyer);
    await host.ok('order', { action: 'ship', orderId: order.id, carrier: 'YD', trackingNo: '4312345678901' }, owner);
    await deliver();
    const [upload] = fakeWx.log.of(UPLOAD);
    expect(upload.outcome).toBe('ok');
    expect(upload.args).toEqual((await outboxOf(order.id))[0].payload.request);
    expect(fakeShipping.find({ transactionId: order.payment!.transactionId! })?.state).toBe(2);
    const seen = await host.ok<Order>('order', { action: 'get', orderId: order.id }, owner);
    expect(seen.shipment?.wechatSync).toEqual({ status: 'synced', error: null, syncedAt: expect.any(String) });
    expect(Date.parse(seen.shipment!.wechatSync!.syncedAt!)).toBe(clock.now().getTime());
  });

  it('a failing WeChat answer leaves it 未同步 with WeChat’s words, and the next tick retries it to synced', async () => {
    const { owner, buyer, order } = await paidOrder();
    // WeChat has not taken the payment in yet (支付单不存在), then is busy (-1), then takes it.
    await host.ok('order', { action: 'ship', orderId: order.id, carrier: '中通快递', trackingNo: '78901234567890' }, owner);
    await deliver();
    let sync = (await host.ok<Order>('order', { action: 'get', orderId: order.id }, owner)).shipment?.wechatSync;
    expect(sync).toEqual({ status: 'failed', error: '支付单不存在（10060001）', syncedAt: null });

    wechatKnows(order, buyer);
    fakeShipping.failUploads.push({ errCode: -1, errMsg: 'system error' });
    await deliver(); // too soon: the outbox waits before trying again
    expect(fakeWx.log.of(UPLOAD)).toHaveLength(1);
    clock.t += 60_000;
    await deliver();
    sync = (await host.ok<Order>('order', { action: 'get', orderId: order.id }, owner)).shipment?.wechatSync;
    expect(sync).toMatchObject({ status: 'failed', error: 'system error（-1）' });

    clock.t += 2 * 60_000;
    await deliver();
    sync = (await host.ok<Order>('order', { action: 'get', orderId: order.id }, owner)).shipment?.wechatSync;
    expect(sync).toMatchObject({ status: 'synced', error: null });
    expect(fakeWx.log.of(UPLOAD).map((c) => c.outcome)).toEqual([{ errCode: 10060001, errMsg: expect.any(String) }, { errCode: -1, errMsg: expect.any(String) }, 'ok']);
  });

  it('a send repeated after WeChat took it (the answer was lost) asks WeChat first and never spends the one re-shipment', async () => {
    const { owner, buyer, order } = await paidOrder();
    const payment = wechatKnows(order, buyer);
    await host.ok('order', { action: 'ship', orderId: order.id, carrier: 'STO', trackingNo: '773000111222' }, owner);
    await deliver();
    // as if the function died after WeChat's answer and before the outbox recorded it
    await host.db.query(`UPDATE outbox SET delivered_at = NULL, claimed_at = NULL WHERE kind = 'wxa.uploadShippingInfo' AND payload->>'orderId' = $1`, [order.id]);
    await deliver();
    expect(fakeWx.log.of('openapi.wxa.sec.order.getOrder')).toHaveLength(2); // sent twice, uploaded once
    expect(fakeWx.log.of(UPLOAD)).toHaveLength(1);
    expect(payment.reshipped).toBe(false);
    expect((await host.ok<Order>('order', { action: 'get', orderId: order.id }, owner)).shipment?.wechatSync?.status).toBe('synced');
  });

  it('an answer no retry can change (支付单处于不可发货的状态) stays 未同步 with its reason and is not sent again', async () => {
    const { owner, buyer, order } = await paidOrder();
    wechatKnows(order, buyer);
    fakeShipping.failUploads.push({ errCode: 10060004, errMsg: '支付单处于不可发货的状态' });
    await host.ok('order', { action: 'ship', orderId: order.id, carrier: 'JD', trackingNo: 'JDV0001' }, owner);
    await deliver();
    clock.t += 2 * 3600_000;
    await deliver();
    expect(fakeWx.log.of(UPLOAD)).toHaveLength(1);
    expect((await host.ok<Order>('order', { action: 'get', orderId: order.id }, owner)).shipment?.wechatSync).toEqual({
      status: 'failed',
      error: '支付单处于不可发货的状态（10060004）',
      syncedAt: null,
    });
  });
});
