/**
 * wx.requestPayment: https://developers.weixin.qq.com/miniprogram/dev/api/payment/wx.requestPayment.html
 * - timeStamp (string, required): seconds since 1970 — a string, not a number;
 * - nonceStr (string, required): at most 32 characters;
 * - package (string, required): "prepay_id=***" from the unified order;
 * - signType (string): MD5 / HMAC-SHA256 (WeChat Pay v2) or RSA (v3), the one the order was signed with;
 * - paySign (string, required);
 * - fail: `requestPayment:fail cancel` when the user closes the cashier, else
 *   `requestPayment:fail (detail message)`; success `requestPayment:ok`.
 * (Taro's typing: https://docs.taro.zone/docs/apis/payment/requestPayment)
 */
import { expectType, fail, invoke, onReset } from './runtime';

export type CashierAnswer = 'pay' | 'cancel' | { fail: string };

export const cashier = {
  /** what the user does in WeChat's cashier */
  answer: 'pay' as CashierAnswer,
  paid: [] as string[],
};

onReset(() => {
  cashier.answer = 'pay';
  cashier.paid = [];
});

const SIGN_TYPES = ['MD5', 'HMAC-SHA256', 'RSA'];

export function requestPayment(opts: Record<string, unknown>): unknown {
  const api = 'requestPayment';
  return invoke(api, opts, () => {
    expectType(api, 'timeStamp', opts.timeStamp, 'String', true);
    expectType(api, 'nonceStr', opts.nonceStr, 'String', true);
    expectType(api, 'package', opts.package, 'String', true);
    expectType(api, 'signType', opts.signType, 'String', false);
    expectType(api, 'paySign', opts.paySign, 'String', true);
    const { timeStamp, nonceStr, paySign } = opts as Record<string, string>;
    const pkg = opts.package as string;
    if (!/^\d{10}$/.test(timeStamp)) fail(api, `parameter error: timeStamp "${timeStamp}" is not seconds since 1970`);
    if (nonceStr === '' || nonceStr.length > 32) fail(api, 'parameter error: nonceStr must be 1–32 characters');
    if (!/^prepay_id=\S+$/.test(pkg)) fail(api, `parameter error: package "${pkg}" is not prepay_id=***`);
    if (opts.signType !== undefined && !SIGN_TYPES.includes(opts.signType as string)) fail(api, `parameter error: signType "${String(opts.signType)}"`);
    if (paySign === '') fail(api, 'parameter error: paySign is empty');
    if (cashier.answer === 'cancel') fail(api, 'cancel');
    if (typeof cashier.answer === 'object') fail(api, cashier.answer.fail);
    cashier.paid.push(pkg);
    return { errMsg: 'requestPayment:ok' };
  });
}
