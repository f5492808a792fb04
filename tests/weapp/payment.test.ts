// WeChat Pay in the mini program: order.pay's parameters go to Taro.requestPayment as they are, and
// the cashier's answers (paid, cancelled, failed) reach the buyer as zh-CN sentences.
import { ordersUi } from '../../types/zh-CN/orders-ui';
import type { PaymentParams } from '../../types/order';
import type { Database } from '../../cloud/db/types';
import { isApiError } from '../../src/api/envelope';
import { payWithWechat } from '../../src/features/orders/payment';
import { cashier, cloudFunctions, resetWx, wx } from '../fakes/wx';

const order = (status: string) => ({ id: 'o1', status, payment: { id: 'pay1', method: 'wechat' } });

function backend(params: PaymentParams, statusAfter = 'paid') {
  let paid = false;
  cloudFunctions.deployed.set('order', (event) => {
    if (event.action === 'pay') return { ok: true, data: { order: order('pending_payment'), payment: params } };
    if (event.action === 'get') return { ok: true, data: order(paid ? statusAfter : 'pending_payment') };
    return { ok: false, error: { code: 'BAD_INPUT', message: '?' } };
  });
  return {
    markPaid() {
      paid = true;
    },
  };
}

// What cloudPay.unifiedOrder answers (cloud/core/payments) and the sandbox imitates.
const GOOD: PaymentParams = { timeStamp: '1764400000', nonceStr: 'pay_1a2b3c4d5e6f7g', package: 'prepay_id=wx2017033010242291fcfe0db70013231072', signType: 'RSA', paySign: 'oR9d8PuhnIc+YZ8cBHFCwfgpaK9gd7vaRvkYD7rthRAZ' };

beforeEach(() => {
  resetWx();
});

test('the cashier gets the parameters as WeChat wants them, and the order comes back paid', async () => {
  const b = backend(GOOD);
  b.markPaid();
  const result = await payWithWechat('o1');
  expect(result.status).toBe('paid');
  expect(cashier.paid).toEqual([GOOD.package]);
  expect(wx.log.of('requestPayment')[0].args).toEqual(expect.objectContaining({ timeStamp: GOOD.timeStamp, package: GOOD.package, signType: 'RSA' }));
});

test('the sandbox provider’s parameters would pass WeChat’s checks too (seconds, ≤ 32-char nonce, prepay_id=)', async () => {
  const { sandboxPayments } = await import('../../cloud/core/payments/provider');
  // The outbox row it writes is not the point here: a stand-in that accepts the insert.
  const db = { query: async () => ({ rows: [], rowCount: 1 }) } as unknown as Database;
  const params = await sandboxPayments(db).requestPayment({
    paymentId: 'pay_0123456789abcd', orderId: 'o1', amountFen: 100, subMchId: '1900000109', description: '核桃', payerOpenId: 'o1', at: new Date('2026-11-29T12:00:00Z'),
  });
  backend(params).markPaid();
  await expect(payWithWechat('o1')).resolves.toEqual(expect.objectContaining({ status: 'paid' }));
});

test('closing the cashier is "支付已取消", flagged as cancelled', async () => {
  backend(GOOD);
  cashier.answer = 'cancel';
  const err = await payWithWechat('o1').catch((e: unknown) => e);
  expect(isApiError(err) && err.message).toBe(ordersUi.pay.wechatCancelled);
  expect(isApiError(err) && err.details.cancelled).toBe(true);
});

test('a cashier failure is "支付没有完成，请再试一次。"', async () => {
  backend(GOOD);
  cashier.answer = { fail: '系统繁忙' };
  const err = await payWithWechat('o1').catch((e: unknown) => e);
  expect(isApiError(err) && err.message).toBe(ordersUi.pay.wechatFailed);
});

test('parameters WeChat would refuse (a numeric timeStamp, a bare prepay id) never reach a cashier', async () => {
  backend({ ...GOOD, timeStamp: 1764400000 as unknown as string });
  await expect(payWithWechat('o1')).rejects.toBeTruthy();
  expect(wx.log.of('requestPayment')[0].outcome).toEqual(expect.objectContaining({ errMsg: expect.stringContaining('parameter.timeStamp should be String instead of Number') }));

  resetWx();
  backend({ ...GOOD, package: 'wx2017033010242291fcfe0db70013231072' });
  await expect(payWithWechat('o1')).rejects.toBeTruthy();
  expect(cashier.paid).toEqual([]);
});
