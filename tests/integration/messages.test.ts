/**
 * Subscription messages end to end on a real database: every order notice spends one consent of its
 * template in its own transaction (none → nothing queued), and the production sender delivers what the
 * outbox holds to a faithful fake of WeChat (subscribeMessage.send, cloudPay.refund / unifiedOrder),
 * which checks every value against the template's keyword rules as WeChat does.
 */
import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { handClock, hostPerFile } from './helpers/host';

jest.mock('wx-server-sdk', () => jest.requireActual('../fakes/wx-server-sdk').wxServerSdk, { virtual: true });

import { deliverOutbox } from '../../cloud/core/delivery';
import { silentLogger } from '../../cloud/core/runtime/logger';
import { cloudPayments } from '../../cloud/functions/cloudpay';
import { cloudSender, senderConfig } from '../../cloud/functions/sender';
import { fakeWx, wxServerSdk } from '../fakes/wx-server-sdk';
import { fakePay } from '../fakes/wx-server-sdk/cloudPay';
import { fakeSubscribe, fakeTemplateIds } from '../fakes/wx-server-sdk/subscribeMessage';

const clock = handClock('2026-11-29T04:00:00Z');
const host = hostPerFile({ clock });
beforeEach(() => {
  fakeWx.reset();
  fakeSubscribe.reset();
  fakePay.reset();
});

let n = 0;
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };
const key = () => `msg-${++n}-${Math.random().toString(36).slice(2, 10)}`;
const BUYER_TEMPLATES = ['order_status', 'order_shipped', 'after_sale_result'];
const SELLER_TEMPLATES = ['new_order', 'after_sale_request', 'order_cancelled'];

/** The person tapped "允许" for these templates: our ledger hears it (shop.consent), and so does WeChat's. */
async function accept(openId: string, templates: string[]) {
  await host.ok('shop', { action: 'consent', answers: templates.map((template) => ({ template, accepted: true })) }, openId);
  for (const t of templates) fakeSubscribe.grant(openId, t as keyof typeof fakeSubscribe.ids);
}

async function consentsLeft(openId: string): Promise<Record<string, number>> {
  const rows = await host.db.query<{ template: string; remaining: number }>('SELECT template, remaining FROM subscription_consents WHERE openid = $1', [openId]);
  return Object.fromEntries(rows.map((r) => [r.template, r.remaining]));
}

async function queuedFor(orderId: string) {
  const rows = await host.db.query<{ to_openid: string; payload: { message: string; to: string } }>(
    `SELECT to_openid, payload FROM outbox WHERE kind = 'subscribeMessage' AND payload->>'orderId' = $1 ORDER BY id`,
    [orderId],
  );
  return rows.map((r) => `${r.payload.message}→${r.payload.to}`);
}

async function aShop(opts: { subMchId?: string } = {}) {
  const owner = `msg-seller-${++n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `林晓的山货小店${n}` }, owner);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 linxiao', ...(opts.subMchId ? { wechatSubMchId: opts.subMchId } : {}) } }, owner);
  const product = await host.ok<Product>('catalog', { action: 'create', title: '商洛山里的野生核桃，壳薄肉厚，手剥即开', priceFen: 6850, stock: 50, story: '自家树上的' }, owner);
  return { owner, shop, product };
}

const sender = () => cloudSender(senderConfig({ WX_TEMPLATES: JSON.stringify(fakeTemplateIds()), TCB_ENV: 'shuren-test-1a2b' }));
// One send at a time, so the fake's record is in queue order across recipients (the timer sends 8 at once, in
// queue order per recipient).
const deliver = () => deliverOutbox({ db: host.db, log: silentLogger, sender: sender() }, clock.now(), { concurrency: 1 });

describe('consent for order notices', () => {
  it('each notice spends one consent of its template from its recipient; without one nothing is queued', async () => {
    const { owner, shop, product } = await aShop();
    const buyer = `msg-buyer-${++n}`;
    // the seller accepted 新订单通知 once in the console; the buyer accepted the buyer's three once at checkout
    await accept(owner, ['new_order']);
    await accept(buyer, BUYER_TEMPLATES);

    const order = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 2 }], address, idempotencyKey: key() }, buyer);
    await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
    await host.ok('order', { action: 'confirmPaid', orderId: order.id }, owner);
    await host.ok('order', { action: 'ship', orderId: order.id, carrier: '顺丰速运', trackingNo: 'SF1234567890' }, owner);
    await host.ok('order', { action: 'requestAfterSale', orderId: order.id, type: 'return', reason: '有几颗是空的' }, buyer);
    await host.ok('order', { action: 'resolveAfterSale', orderId: order.id, approve: false, note: '请拍照给我看看' }, owner);

    // order.paid→owner found no 新订单通知 left, order.after_sale_requested no 售后申请通知: not queued;
    // the app shows both to the seller anyway.
    expect(await queuedFor(order.id)).toEqual(['order.created→owner', 'order.paid→buyer', 'order.shipped→buyer', 'order.after_sale_resolved→buyer']);
    expect(await consentsLeft(owner)).toEqual({ new_order: 0 });
    expect(await consentsLeft(buyer)).toEqual({ order_status: 0, order_shipped: 0, after_sale_result: 0 });
  });

  it('a refused notice changes nothing else: the order moved all the same', async () => {
    const { owner, shop, product } = await aShop();
    const order = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 1 }], address, idempotencyKey: key() }, 'msg-silent-buyer');
    const cancelled = await host.ok<Order>('order', { action: 'cancel', orderId: order.id, reason: '没货了' }, owner);
    expect(cancelled.status).toBe('cancelled');
    expect(await queuedFor(order.id)).toEqual([]);
  });

  it('shop.consent takes up to 3 templates of the registry, each once', async () => {
    const res = await host.call('shop', { action: 'consent', answers: [{ template: 'order.shipped', accepted: true }] }, 'msg-x');
    expect(res.status).toBe(400);
    const four = [...BUYER_TEMPLATES, 'new_order'].map((template) => ({ template, accepted: true }));
    expect((await host.call('shop', { action: 'consent', answers: four }, 'msg-x')).status).toBe(413);
    const twice = [{ template: 'order_status', accepted: true }, { template: 'order_status', accepted: true }];
    expect((await host.call('shop', { action: 'consent', answers: twice }, 'msg-x')).status).toBe(400);
    expect(await consentsLeft('msg-x')).toEqual({});
    expect(await host.ok('shop', { action: 'consent', answers: [{ template: 'order_status', accepted: true }, { template: 'order_shipped', accepted: false }] }, 'msg-x')).toEqual({
      remaining: { order_status: 1, order_shipped: 0 },
    });
  });
});

describe('the production sender against the fake WeChat, from a real outbox', () => {
  it('sends each queued message with the template’s keywords, valid values, its page and state; the sandbox outbox shows the same data', async () => {
    const { owner, shop, product } = await aShop();
    const buyer = `msg-buyer-${++n}`;
    await accept(owner, SELLER_TEMPLATES);
    await accept(owner, ['new_order']); // asked twice in the console: two new-order notices
    await accept(buyer, BUYER_TEMPLATES);
    await host.ok('post', { action: 'consent', accepted: true }, owner);
    fakeSubscribe.grant(owner, 'post_reminder');

    const order = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 3 }], address, idempotencyKey: key() }, buyer);
    await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
    await host.ok('order', { action: 'confirmPaid', orderId: order.id }, owner);
    await host.ok('order', { action: 'ship', orderId: order.id, carrier: '中通快递', trackingNo: '78901234567890' }, owner);
    await host.ok('post', { action: 'schedule', at: '2026-11-29T12:30:00+08:00', text: '今年的新核桃到了，壳薄肉厚，手剥就开，想要的朋友留言' }, owner);
    clock.t = Date.parse('2026-11-29T04:31:00Z');
    await fetch(`${host.url}/api/dev/timer`, { method: 'POST' }); // the post reminder falls due (the sandbox marks what it "sent")
    await host.db.query(`UPDATE outbox SET delivered_at = NULL, claimed_at = NULL, attempts = 0 WHERE kind = 'subscribeMessage' AND to_openid = ANY($1)`, [[owner, buyer]]);

    const { messages } = (await (await fetch(`${host.url}/api/dev/outbox`)).json()) as {
      messages: { kind: string; toOpenId: string; payload: { message: string; orderId?: string }; wechat?: { template: string; page: string; data: Record<string, { value: string }> } }[];
    };
    const local = messages.filter((m) => m.kind === 'subscribeMessage' && (m.payload.orderId === order.id || m.toOpenId === owner)).reverse();

    expect(await deliver()).toBe(local.length);
    const sent = fakeSubscribe.sent.filter((s) => s.touser === owner || s.touser === buyer);
    expect(sent.map((s) => `${s.template}→${s.touser === owner ? 'owner' : 'buyer'}`)).toEqual([
      'new_order→owner',
      'new_order→owner',
      'order_status→buyer',
      'order_shipped→buyer',
      'post_reminder→owner',
    ]);
    // the local record is faithful: the sandbox shows exactly the data and page WeChat received
    expect(sent.map((s) => ({ template: s.template, page: s.page, data: s.data }))).toEqual(local.map((m) => ({ template: m.wechat!.template, page: m.wechat!.page, data: m.wechat!.data })));
    expect(sent[0]).toMatchObject({
      templateId: 'tmpl-new_order-id',
      page: `seller/order/index?orderId=${order.id}`,
      miniprogramState: 'formal',
      lang: 'zh_CN',
      data: {
        character_string1: { value: order.id },
        thing2: { value: '商洛山里的野生核桃，壳薄肉厚，手… ×3' },
        amount3: { value: '¥205.50' },
        phrase4: { value: '待付款' },
        time5: { value: '2026年11月29日 12:00' },
      },
    });
    expect(sent[1].data.phrase4).toEqual({ value: '待确认收款' });
    expect(sent[3].data).toMatchObject({ thing3: { value: '中通快递' }, character_string4: { value: '78901234567890' } });
    expect(sent[4]).toMatchObject({ page: expect.stringMatching(/^seller\/posts\/share\/index\?postId=/), data: { thing1: { value: '今年的新核桃到了，壳薄肉厚，手剥就开…' }, time2: { value: '2026年11月29日 12:30' } } });
    expect(fakeWx.log.of('openapi.subscribeMessage.send').every((c) => c.outcome === 'ok')).toBe(true);
    const undelivered = await host.db.query(`SELECT id FROM outbox WHERE kind = 'subscribeMessage' AND delivered_at IS NULL AND to_openid = ANY($1)`, [[owner, buyer]]);
    expect(undelivered).toEqual([]);
  });

  it('a template with no id in WX_TEMPLATES is recorded in the outbox with the error, never silently dropped, and not retried', async () => {
    const { owner, shop, product } = await aShop();
    await accept(owner, ['new_order']);
    await host.db.query(`UPDATE outbox SET delivered_at = now() WHERE delivered_at IS NULL`);
    await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 1 }], address, idempotencyKey: key() }, `msg-buyer-${++n}`);
    const { new_order: _missing, ...rest } = fakeTemplateIds();
    void _missing;
    const partial = cloudSender(senderConfig({ WX_TEMPLATES: JSON.stringify(rest) }));
    expect(await deliverOutbox({ db: host.db, log: silentLogger, sender: partial }, clock.now())).toBe(0);
    expect(await deliverOutbox({ db: host.db, log: silentLogger, sender: partial }, clock.now())).toBe(0);
    const [row] = await host.db.query<{ delivered_at: Date | null; last_error: string; attempts: number }>(`SELECT delivered_at, last_error, attempts FROM outbox WHERE to_openid = $1`, [owner]);
    expect(row).toMatchObject({ delivered_at: null, last_error: 'no template id for new_order in WX_TEMPLATES', attempts: 5 });
    expect(fakeWx.log.of('openapi.subscribeMessage.send')).toEqual([]);
    const { messages } = (await (await fetch(`${host.url}/api/dev/outbox`)).json()) as { messages: { toOpenId: string; lastError: string | null }[] };
    expect(messages.find((m) => m.toOpenId === owner)?.lastError).toBe('no template id for new_order in WX_TEMPLATES');
  });

  it('a consent WeChat no longer holds (43101) is recorded, not retried', async () => {
    const { owner, shop, product } = await aShop();
    await host.ok('shop', { action: 'consent', answers: [{ template: 'new_order', accepted: true }] }, owner); // ours says yes, WeChat's ledger has none
    await host.db.query(`UPDATE outbox SET delivered_at = now() WHERE delivered_at IS NULL`);
    await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 1 }], address, idempotencyKey: key() }, `msg-buyer-${++n}`);
    expect(await deliver()).toBe(0);
    const [row] = await host.db.query<{ last_error: string; attempts: number }>(`SELECT last_error, attempts FROM outbox WHERE to_openid = $1`, [owner]);
    expect(row.last_error).toMatch(/43101|user refuse/);
    expect(row.attempts).toBe(5);
  });
});

describe('cloudPay against its fake', () => {
  it('unifiedOrder carries every required field; a cancelled WeChat-paid order is refunded with the shop’s subMchId', async () => {
    const { owner, shop, product } = await aShop({ subMchId: '1900000109' });
    const buyer = `msg-buyer-${++n}`;
    const order = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 1 }], address, idempotencyKey: key() }, buyer);
    const payments = cloudPayments('shuren-test-1a2b');
    const params = await payments.requestPayment({ paymentId: 'pay2345678abcdefghjkm', orderId: order.id, amountFen: 6850, subMchId: '1900000109', description: `${shop.name}-${product.title}`, payerOpenId: buyer, at: clock.now() });
    expect(params.package).toBe('prepay_id=wx_fake_pay2345678abcdefghjkm');
    expect(fakeWx.log.of('cloudPay.unifiedOrder')).toEqual([expect.objectContaining({ outcome: 'ok' })]);

    // the sandbox's payment, paid through the same callback path; WeChat now holds it as paid
    const paid = await host.ok<{ order: Order }>('order', { action: 'pay', orderId: order.id, method: 'wechat' }, buyer);
    const paymentId = paid.order.payment!.id;
    await fetch(`${host.url}/api/dev/payments/${paymentId}/succeed`, { method: 'POST' });
    fakePay.paid.set(paymentId, 6850);
    await host.db.query(`UPDATE outbox SET delivered_at = now() WHERE delivered_at IS NULL`);
    await host.ok('order', { action: 'cancel', orderId: order.id, reason: '不要了' }, buyer);

    await deliver();
    expect(fakeWx.log.of('cloudPay.refund')).toEqual([expect.objectContaining({ outcome: 'ok', args: expect.objectContaining({ subMchId: '1900000109', outTradeNo: paymentId, refundFee: 6850 }) })]);
    expect([...fakePay.refunds.values()]).toEqual([expect.objectContaining({ outTradeNo: paymentId, refundFee: 6850, subMchId: '1900000109' })]);
    void owner;
  });

  it('the fake refuses what WeChat Pay refuses: a refund without subMchId, an unifiedOrder without nonceStr', async () => {
    fakePay.paid.set('pay1', 100);
    const refund = await wxServerSdk.cloudPay.refund({ outTradeNo: 'pay1', outRefundNo: 'rpay1', totalFee: 100, refundFee: 100, envId: 'e', functionName: 'payCallback', nonceStr: 'n' });
    expect(refund).toMatchObject({ returnCode: 'FAIL', returnMsg: '受理机构必须传入sub_mch_id' });
    const order = await wxServerSdk.cloudPay.unifiedOrder({ body: '核桃', outTradeNo: 'pay2', spbillCreateIp: '127.0.0.1', subMchId: '1900000109', totalFee: 100, envId: 'e', functionName: 'payCallback', tradeType: 'JSAPI' });
    expect(order).toMatchObject({ returnCode: 'FAIL', returnMsg: '缺少参数nonceStr' });
    const yuan = await wxServerSdk.cloudPay.unifiedOrder({ body: '核桃', outTradeNo: 'pay3', spbillCreateIp: '127.0.0.1', subMchId: '1900000109', totalFee: 1.5, envId: 'e', functionName: 'payCallback', tradeType: 'JSAPI', nonceStr: 'n' });
    expect(yuan).toMatchObject({ returnCode: 'FAIL' });
  });
});
