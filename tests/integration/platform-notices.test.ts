/**
 * payCallback and timer as CloudBase runs them: their main() through the fake wx-server-sdk (getWXContext's
 * SOURCE, cloudPay.queryOrder against a fake WeChat Pay that checks every documented argument) over the test
 * host's real database. A buyer's mini program can call either by name with any event; only runs the platform
 * started may change anything, and a payment notice only once WeChat Pay's own record confirms it.
 */
import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { startTestHost, type TestHost } from './helpers/host';

jest.mock('wx-server-sdk', () => jest.requireActual('../fakes/wx-server-sdk').wxServerSdk, { virtual: true });

import type { Deps } from '../../cloud/core/runtime/context';
import { cloudPayments } from '../../cloud/functions/cloudpay';
import { createPayCallbackMain } from '../../cloud/functions/payCallback';
import { createTimerMain } from '../../cloud/functions/timer';
import { fakeWx, wxServerSdk } from '../fakes/wx-server-sdk';
import { fakePay } from '../fakes/wx-server-sdk/cloudPay';

const clock = { t: new Date('2026-11-29T04:00:00Z').getTime(), now() { return new Date(this.t); } };
const SUB_MCH_ID = '1900000109';
let host: TestHost;
let deps: Deps;
beforeAll(async () => {
  host = await startTestHost({ clock });
  // What cloudDeps builds in the cloud: the production cloudPay adapter (here against the fake WeChat Pay).
  deps = { ...host.deps, payments: cloudPayments('shuren-test-1a2b') };
});
afterAll(async () => {
  await host?.close();
});
beforeEach(() => {
  fakeWx.reset();
  fakePay.reset();
});

const payCallback = () => createPayCallbackMain(async () => deps);
const timer = () => createTimerMain(async () => deps);

let n = 0;
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };

/** A buyer's order paid with WeChat: prepaid at the fake WeChat Pay exactly as production's order.pay would. */
async function wechatOrder() {
  const owner = `pn-seller-${++n}`;
  const buyer = `pn-buyer-${n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `通知测试店${n}` }, owner);
  await host.ok('shop', { action: 'update', payment: { wechatSubMchId: SUB_MCH_ID } }, owner);
  const product = await host.ok<Product>('catalog', { action: 'create', title: '核桃', priceFen: 6850, stock: 50, story: '自家树上的' }, owner);
  const created = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 2 }], address, idempotencyKey: `pn-${n}-${Date.now()}` }, buyer);
  const { order } = await host.ok<{ order: Order }>('order', { action: 'pay', orderId: created.id, method: 'wechat' }, buyer);
  const paymentId = order.payment!.id;
  await deps.payments.requestPayment({ paymentId, orderId: order.id, amountFen: order.totalFen, subMchId: SUB_MCH_ID, description: '核桃', payerOpenId: buyer, at: clock.now() });
  // What the buyer sees in order.get, and all a forger needs.
  const seen = await host.ok<Order>('order', { action: 'get', orderId: order.id }, buyer);
  return { owner, buyer, order: seen, paymentId };
}

async function state(orderId: string, paymentId: string) {
  const [o] = await host.db.query<{ status: string }>('SELECT status FROM orders WHERE id = $1', [orderId]);
  const [p] = await host.db.query<{ status: string; provider_ref: string | null }>('SELECT status, provider_ref FROM payments WHERE id = $1', [paymentId]);
  const [e] = await host.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM order_events WHERE order_id = $1`, [orderId]);
  return { order: o.status, payment: p.status, providerRef: p.provider_ref, events: e.n };
}

const notice = (paymentId: string, totalFee: number) => ({
  returnCode: 'SUCCESS',
  resultCode: 'SUCCESS',
  outTradeNo: paymentId,
  totalFee,
  transactionId: '4200000000202611290000000001',
  subMchId: SUB_MCH_ID,
});

describe('payCallback called by a buyer’s mini program', () => {
  it('a forged success notice changes nothing, even once the buyer has really paid', async () => {
    const { buyer, order, paymentId } = await wechatOrder();
    expect(order.payment).toMatchObject({ id: paymentId });
    const before = await state(order.id, paymentId);

    for (const SOURCE of ['wx_client', 'wx_client,scf', 'wx_devtools', 'wx_paycallback,scf', undefined]) {
      fakeWx.context = { OPENID: buyer, SOURCE };
      expect(await payCallback()(notice(paymentId, order.totalFen))).toEqual({ errcode: -1, errmsg: 'forbidden' });
    }
    fakePay.buyerPays(paymentId); // the money is real, the caller still is not WeChat Pay
    fakeWx.context = { OPENID: buyer, SOURCE: 'wx_client' };
    expect(await payCallback()(notice(paymentId, order.totalFen))).toEqual({ errcode: -1, errmsg: 'forbidden' });

    expect(await state(order.id, paymentId)).toEqual(before);
    expect(before).toMatchObject({ order: 'pending_payment', payment: 'requested' });
    expect(fakeWx.log.of('cloudPay.queryOrder')).toEqual([]);
  });

  it('a forged refund result notice is refused before it is read', async () => {
    const { buyer, order, paymentId } = await wechatOrder();
    const before = await state(order.id, paymentId);
    fakeWx.context = { OPENID: buyer, SOURCE: 'wx_client' };
    const res = await payCallback()({ returnCode: 'SUCCESS', outRefundNo: `r${paymentId}`, refundStatus: 'SUCCESS', settlementRefundFee: order.totalFen });
    expect(res).toEqual({ errcode: -1, errmsg: 'forbidden' });
    expect(await state(order.id, paymentId)).toEqual(before);
  });
});

describe('payCallback started by WeChat Pay (SOURCE wx_paycallback)', () => {
  beforeEach(() => {
    fakeWx.context = { SOURCE: 'wx_paycallback' };
  });

  it('a genuine notice confirmed by queryOrder marks the order paid, once', async () => {
    const { order, paymentId } = await wechatOrder();
    fakePay.buyerPays(paymentId);
    expect(await payCallback()(notice(paymentId, order.totalFen))).toEqual({ errcode: 0, errmsg: 'paid' });
    const after = await state(order.id, paymentId);
    expect(after).toMatchObject({ order: 'paid', payment: 'paid', providerRef: `fake_tx_${paymentId}` });
    // asked with every argument the page marks required, and the shop's merchant
    expect(fakeWx.log.of('cloudPay.queryOrder')).toEqual([
      expect.objectContaining({ outcome: 'ok', args: { subMchId: SUB_MCH_ID, outTradeNo: paymentId, nonceStr: expect.stringMatching(/^[0-9a-f]{32}$/) } }),
    ]);

    // WeChat repeats notices until it hears errcode 0: a repeat changes nothing
    expect(await payCallback()(notice(paymentId, order.totalFen))).toEqual({ errcode: 0, errmsg: 'already_paid' });
    expect(await state(order.id, paymentId)).toEqual(after);
  });

  it('a notice whose payment WeChat Pay holds as NOTPAY changes nothing and asks to be sent again', async () => {
    const { order, paymentId } = await wechatOrder();
    const before = await state(order.id, paymentId);
    expect(await payCallback()(notice(paymentId, order.totalFen))).toEqual({ errcode: 1, errmsg: 'not paid yet' });
    expect(await state(order.id, paymentId)).toEqual(before);
    expect(fakeWx.log.of('cloudPay.queryOrder')).toHaveLength(1);
  });

  it('a notice for a payment WeChat Pay holds for another amount changes nothing', async () => {
    const { order, paymentId } = await wechatOrder();
    const before = await state(order.id, paymentId);
    fakePay.paid.set(paymentId, 1); // WeChat says one fen was paid
    expect(await payCallback()(notice(paymentId, order.totalFen))).toEqual({ errcode: 0, errmsg: 'amount_mismatch' });
    expect(await state(order.id, paymentId)).toEqual(before);
  });

  it('the notice’s own amount is not believed: WeChat Pay’s record is', async () => {
    const { order, paymentId } = await wechatOrder();
    fakePay.buyerPays(paymentId);
    expect(await payCallback()(notice(paymentId, 1))).toEqual({ errcode: 0, errmsg: 'paid' });
    const [p] = await host.db.query<{ amount_fen: number }>('SELECT amount_fen FROM payments WHERE id = $1', [paymentId]);
    expect(p.amount_fen).toBe(order.totalFen);
  });

  it('a notice for an order under another merchant, or for no payment of ours, changes nothing', async () => {
    const { order, paymentId } = await wechatOrder();
    const before = await state(order.id, paymentId);
    fakePay.orders.set(paymentId, { ...fakePay.orders.get(paymentId)!, subMchId: '1900000999' });
    fakePay.paid.set(paymentId, order.totalFen);
    expect(await payCallback()(notice(paymentId, order.totalFen))).toEqual({ errcode: 0, errmsg: 'not_paid' });
    expect(await payCallback()(notice('payNoSuchPayment00001', 100))).toEqual({ errcode: 0, errmsg: 'unknown_payment' });
    expect(await state(order.id, paymentId)).toEqual(before);
  });

  it('a failed or unrecognisable notice is answered without touching anything', async () => {
    const { order, paymentId } = await wechatOrder();
    const before = await state(order.id, paymentId);
    expect(await payCallback()({ ...notice(paymentId, order.totalFen), resultCode: 'FAIL' })).toEqual({ errcode: 0, errmsg: 'ignored' });
    expect(await payCallback()({ hello: 'world' })).toEqual({ errcode: 0, errmsg: 'ignored' });
    expect(await payCallback()(null)).toEqual({ errcode: 0, errmsg: 'ignored' });
    expect(await state(order.id, paymentId)).toEqual(before);
    expect(fakeWx.log.of('cloudPay.queryOrder')).toEqual([]);
  });
});

describe('refund result notices', () => {
  async function refundedOrder() {
    const { buyer, order, paymentId } = await wechatOrder();
    fakePay.buyerPays(paymentId);
    fakeWx.context = { SOURCE: 'wx_paycallback' };
    expect(await payCallback()(notice(paymentId, order.totalFen))).toEqual({ errcode: 0, errmsg: 'paid' });
    await host.ok('order', { action: 'cancel', orderId: order.id, reason: '不要了' }, buyer);
    const [refund] = await host.db.query<{ id: string; status: string; amount_fen: number }>('SELECT id, status, amount_fen FROM refunds WHERE order_id = $1', [order.id]);
    return { buyer, refund };
  }
  const refundNotice = (outRefundNo: string, fee: number) => ({
    returnCode: 'SUCCESS',
    outRefundNo,
    refundStatus: 'SUCCESS',
    settlementRefundFee: fee,
    refundId: '50000000382019052709732678859',
    successTime: '2026-11-29 12:05:00',
  });
  const refundStatus = async (id: string) => (await host.db.query<{ status: string }>('SELECT status FROM refunds WHERE id = $1', [id]))[0].status;

  it('from a client: refused, the refund stays pending', async () => {
    const { buyer, refund } = await refundedOrder();
    expect(refund.status).toBe('pending');
    fakeWx.context = { OPENID: buyer, SOURCE: 'wx_client' };
    expect(await payCallback()(refundNotice(refund.id, refund.amount_fen))).toEqual({ errcode: -1, errmsg: 'forbidden' });
    expect(await refundStatus(refund.id)).toBe('pending');
  });

  it('from WeChat Pay: recorded once; an unknown refund is answered and changes nothing', async () => {
    const { refund } = await refundedOrder();
    fakeWx.context = { SOURCE: 'wx_paycallback' };
    expect(await payCallback()(refundNotice(refund.id, refund.amount_fen))).toEqual({ errcode: 0, errmsg: 'OK' });
    expect(await refundStatus(refund.id)).toBe('done');
    expect(await payCallback()({ reqInfo: refundNotice(refund.id, refund.amount_fen), returnCode: 'SUCCESS' })).toEqual({ errcode: 0, errmsg: 'OK' });
    expect(await refundStatus(refund.id)).toBe('done');
    expect(await payCallback()(refundNotice('rNoSuchRefund', 100))).toEqual({ errcode: 0, errmsg: 'NOT_FOUND' });
  });
});

describe('timer', () => {
  const trigger = () => ({ Type: 'Timer', TriggerName: 'everyMinute', Time: clock.now().toISOString(), Message: '' });

  it('a client calling it with a trigger-shaped event changes nothing; the trigger itself does the work', async () => {
    const { buyer, order, paymentId } = await wechatOrder();
    clock.t += 31 * 60_000; // the unpaid order is past its half hour
    try {
      for (const SOURCE of ['wx_client', 'wx_client,scf', 'wx_trigger,scf', undefined]) {
        fakeWx.context = { OPENID: buyer, SOURCE };
        expect(await timer()(trigger())).toEqual({ ok: false });
      }
      // the platform's SOURCE with a run that is not this function's trigger is refused too
      fakeWx.context = { SOURCE: 'wx_trigger' };
      expect(await timer()({ Type: 'Timer', TriggerName: 'somethingElse', Time: clock.now().toISOString() })).toEqual({ ok: false });
      expect(await timer()({})).toEqual({ ok: false });
      expect((await state(order.id, paymentId)).order).toBe('pending_payment');

      const res = await timer()(trigger());
      expect(res.ok).toBe(true);
      expect(res.data?.jobs.find((j) => j.name === 'expireUnpaidOrders')?.handled).toBeGreaterThanOrEqual(1);
      expect((await state(order.id, paymentId)).order).toBe('cancelled');
    } finally {
      clock.t -= 31 * 60_000;
    }
  });
});

describe('the fake cloudPay.queryOrder refuses what WeChat Pay refuses', () => {
  it('needs subMchId, nonceStr, and outTradeNo or transactionId', async () => {
    fakePay.orders.set('pay1', { outTradeNo: 'pay1', subMchId: SUB_MCH_ID, totalFee: 100, body: '核桃', functionName: 'payCallback', envId: 'e' });
    expect(await wxServerSdk.cloudPay.queryOrder({ outTradeNo: 'pay1', nonceStr: 'n' })).toMatchObject({ returnCode: 'FAIL', returnMsg: '受理机构必须传入sub_mch_id' });
    expect(await wxServerSdk.cloudPay.queryOrder({ outTradeNo: 'pay1', subMchId: SUB_MCH_ID })).toMatchObject({ returnCode: 'FAIL', returnMsg: '缺少参数nonceStr' });
    expect(await wxServerSdk.cloudPay.queryOrder({ subMchId: SUB_MCH_ID, nonceStr: 'n' })).toMatchObject({ returnCode: 'FAIL' });
    expect(await wxServerSdk.cloudPay.queryOrder({ outTradeNo: 'pay1', subMchId: SUB_MCH_ID, nonceStr: 'n' })).toMatchObject({ returnCode: 'SUCCESS', resultCode: 'SUCCESS', tradeState: 'NOTPAY' });
    expect(await wxServerSdk.cloudPay.queryOrder({ outTradeNo: 'pay2', subMchId: SUB_MCH_ID, nonceStr: 'n' })).toMatchObject({ returnCode: 'SUCCESS', resultCode: 'FAIL', errCode: 'ORDERNOTEXIST' });
  });
});
