/**
 * A fake of `cloud.cloudPay.unifiedOrder` and `cloud.cloudPay.refund` (CloudBase's WeChat Pay), checking
 * each argument against the documented parameter tables:
 * - unifiedOrder: https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/pay/CloudPay.unifiedOrder.html
 *   required functionName, envId, subMchId (String(32)), nonceStr (String(32)), body (String(128)),
 *   outTradeNo (String(32): digits, letters, _ and -), totalFee (Int, fen), spbillCreateIp (IPv4/IPv6),
 *   tradeType (JSAPI for a mini program); answers `payment`, the parameters of wx.requestPayment.
 * - refund: https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/pay/CloudPay.refund.html
 *   required functionName, envId, subMchId, nonceStr, outRefundNo (String(64)), totalFee and refundFee
 *   (Int, fen; a refund never exceeds what was paid, in all refunds of one payment), and outTradeNo or
 *   transactionId. The same outRefundNo again is the same refund (WeChat's own idempotency key).
 * - queryOrder: https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/pay/CloudPay.queryOrder.html
 *   required subMchId (String(32)) and nonceStr (String(32)), and transactionId or outTradeNo (String(32): digits,
 *   letters and _-|*@); answers trade_state (SUCCESS once the buyer paid, REFUND once a refund was accepted,
 *   NOTPAY before), total_fee and transaction_id. An order WeChat Pay does not hold under that merchant is
 *   result FAIL with err_code ORDERNOTEXIST (https://pay.weixin.qq.com/doc/v2/merchant/4011935215).
 * The call itself succeeds (errCode 0, errMsg 'cloudPay.<api>:ok'); a refused request answers
 * returnCode FAIL with WeChat Pay's message, e.g. "受理机构必须传入sub_mch_id" when subMchId is missing
 * (as reported on developers.weixin.qq.com/community/develop/doc/0000e43e2f4b40d10f9a9e4e256000).
 * String lengths of WeChat Pay v2 are counted in bytes (UTF-8), the stricter reading.
 */
import type { CallLog } from '../calls';

export interface FakeOrder {
  outTradeNo: string;
  subMchId: string;
  totalFee: number;
  body: string;
  functionName: string;
  envId: string;
}

export interface FakeRefund {
  outRefundNo: string;
  outTradeNo: string;
  subMchId: string;
  totalFee: number;
  refundFee: number;
}

export const fakePay = {
  /** prepaid orders by outTradeNo */
  orders: new Map<string, FakeOrder>(),
  /** payments WeChat holds as paid (a refund needs one): outTradeNo → total fee */
  paid: new Map<string, number>(),
  refunds: new Map<string, FakeRefund>(),
  /** The buyer completes WeChat's cashier for a prepaid order: WeChat Pay now holds it as paid, for its totalFee. */
  buyerPays(outTradeNo: string): void {
    const order = fakePay.orders.get(outTradeNo);
    if (!order) throw new Error(`no prepaid order ${outTradeNo}: call unifiedOrder first`);
    fakePay.paid.set(outTradeNo, order.totalFee);
  },
  reset(): void {
    fakePay.orders.clear();
    fakePay.paid.clear();
    fakePay.refunds.clear();
  },
};

type Answer = { returnCode: 'SUCCESS' | 'FAIL'; returnMsg: string; resultCode?: 'SUCCESS' | 'FAIL'; errCodeDes?: string; errCode: number; errMsg: string };

class PayRefusal extends Error {}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const ID_CHARS = /^[0-9A-Za-z_-]+$/;
const REFUND_NO_CHARS = /^[0-9A-Za-z_\-|*@]+$/;
const QUERY_NO_CHARS = /^[0-9A-Za-z_\-|*@]+$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

function required(params: Record<string, unknown>, name: string, max?: number): string {
  const v = params[name];
  if (v === undefined || v === null || v === '') throw new PayRefusal(name === 'subMchId' ? '受理机构必须传入sub_mch_id' : `缺少参数${name}`);
  if (typeof v !== 'string') throw new PayRefusal(`${name}参数格式错误`);
  if (max !== undefined && bytes(v) > max) throw new PayRefusal(`${name}参数长度有误`);
  return v;
}

function fee(params: Record<string, unknown>, name: string): number {
  const v = params[name];
  if (v === undefined || v === null) throw new PayRefusal(`缺少参数${name}`);
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) throw new PayRefusal(`${name}参数格式错误：须为正整数（分）`);
  return v;
}

function answer(api: string, log: CallLog, params: Record<string, unknown>, body: () => Omit<Answer, 'errCode' | 'errMsg' | 'returnCode' | 'returnMsg'> & Record<string, unknown>) {
  try {
    const res = { returnCode: 'SUCCESS' as const, returnMsg: 'OK', ...body(), errCode: 0, errMsg: `cloudPay.${api}:ok` };
    log.record(`cloudPay.${api}`, params, 'ok');
    return res;
  } catch (err) {
    if (!(err instanceof PayRefusal)) throw err;
    log.record(`cloudPay.${api}`, params, { errCode: 0, errMsg: `FAIL ${err.message}` });
    return { returnCode: 'FAIL' as const, returnMsg: err.message, errCode: 0, errMsg: `cloudPay.${api}:ok` };
  }
}

export function cloudPayApi(log: CallLog) {
  return {
    async unifiedOrder(params: Record<string, unknown>) {
      return answer('unifiedOrder', log, params, () => {
        const functionName = required(params, 'functionName');
        const envId = required(params, 'envId');
        const subMchId = required(params, 'subMchId', 32);
        const nonceStr = required(params, 'nonceStr', 32);
        const body = required(params, 'body', 128);
        const outTradeNo = required(params, 'outTradeNo', 32);
        if (!ID_CHARS.test(outTradeNo)) throw new PayRefusal('outTradeNo参数格式错误');
        const totalFee = fee(params, 'totalFee');
        const ip = required(params, 'spbillCreateIp', 64);
        if (!IPV4.test(ip) && !ip.includes(':')) throw new PayRefusal('spbillCreateIp参数格式错误');
        if (required(params, 'tradeType', 16) !== 'JSAPI') throw new PayRefusal('tradeType参数错误');
        const prior = fakePay.orders.get(outTradeNo);
        if (prior && (prior.totalFee !== totalFee || prior.subMchId !== subMchId)) return { resultCode: 'FAIL' as const, errCodeDes: '商户订单号重复' };
        fakePay.orders.set(outTradeNo, { outTradeNo, subMchId, totalFee, body, functionName, envId });
        return {
          resultCode: 'SUCCESS' as const,
          payment: { timeStamp: '1764400000', nonceStr, package: `prepay_id=wx_fake_${outTradeNo}`, signType: 'RSA' as const, paySign: 'FAKE_SIGN' },
        };
      });
    },

    async queryOrder(params: Record<string, unknown>) {
      let missing = false;
      const res = answer('queryOrder', log, params, () => {
        const subMchId = required(params, 'subMchId', 32);
        required(params, 'nonceStr', 32);
        const outTradeNo = typeof params.outTradeNo === 'string' && params.outTradeNo !== '' ? params.outTradeNo : null;
        const transactionId = typeof params.transactionId === 'string' && params.transactionId !== '' ? params.transactionId : null;
        if (!outTradeNo && !transactionId) throw new PayRefusal('transaction_id和out_trade_no必须填一个');
        if (outTradeNo && (bytes(outTradeNo) > 32 || !QUERY_NO_CHARS.test(outTradeNo))) throw new PayRefusal('out_trade_no参数格式错误');
        const key = outTradeNo ?? [...fakePay.orders.keys()].find((k) => `fake_tx_${k}` === transactionId) ?? '';
        const order = fakePay.orders.get(key);
        // Another merchant's order does not exist for this one.
        if (!order || order.subMchId !== subMchId) {
          missing = true;
          return { resultCode: 'FAIL' as const, errCodeDes: '此交易订单号不存在' };
        }
        const paid = fakePay.paid.get(key);
        const refunded = [...fakePay.refunds.values()].some((r) => r.outTradeNo === key);
        const tradeState = paid === undefined ? 'NOTPAY' : refunded ? 'REFUND' : 'SUCCESS';
        return {
          resultCode: 'SUCCESS' as const,
          subMchId,
          outTradeNo: key,
          tradeState,
          tradeStateDesc: { NOTPAY: '订单未支付', REFUND: '订单发生过退款', SUCCESS: '支付成功' }[tradeState],
          totalFee: paid ?? order.totalFee,
          ...(paid === undefined ? {} : { cashFee: paid, transactionId: `fake_tx_${key}`, timeEnd: '20261129120000' }),
        };
      });
      // WeChat Pay's err_code arrives as errCode (camelCased like every other field).
      return missing ? { ...res, errCode: 'ORDERNOTEXIST' } : res;
    },

    async refund(params: Record<string, unknown>) {
      return answer('refund', log, params, () => {
        required(params, 'functionName');
        required(params, 'envId');
        const subMchId = required(params, 'subMchId', 32);
        required(params, 'nonceStr', 32);
        const outRefundNo = required(params, 'outRefundNo', 64);
        if (!REFUND_NO_CHARS.test(outRefundNo)) throw new PayRefusal('outRefundNo参数格式错误');
        const outTradeNo = typeof params.outTradeNo === 'string' && params.outTradeNo !== '' ? params.outTradeNo : null;
        if (!outTradeNo && !(typeof params.transactionId === 'string' && params.transactionId !== '')) throw new PayRefusal('transactionId和outTradeNo必须填一个');
        const totalFee = fee(params, 'totalFee');
        const refundFee = fee(params, 'refundFee');
        if (refundFee > totalFee) throw new PayRefusal('退款金额大于支付金额');
        const key = outTradeNo ?? String(params.transactionId);
        const paid = fakePay.paid.get(key);
        if (paid === undefined) return { resultCode: 'FAIL' as const, errCodeDes: '订单不存在' };
        if (paid !== totalFee) return { resultCode: 'FAIL' as const, errCodeDes: '订单金额或退款金额与之前请求不一致' };
        const again = fakePay.refunds.get(outRefundNo);
        if (again) return { resultCode: 'SUCCESS' as const, refundId: `fake_refund_${outRefundNo}` };
        const refundedBefore = [...fakePay.refunds.values()].filter((r) => r.outTradeNo === key).reduce((n, r) => n + r.refundFee, 0);
        if (refundedBefore + refundFee > totalFee) return { resultCode: 'FAIL' as const, errCodeDes: '累计退款金额大于支付金额' };
        fakePay.refunds.set(outRefundNo, { outRefundNo, outTradeNo: key, subMchId, totalFee, refundFee });
        return { resultCode: 'SUCCESS' as const, refundId: `fake_refund_${outRefundNo}` };
      });
    },
  };
}
