import { randomBytes } from 'node:crypto';
import * as cloud from 'wx-server-sdk';
import type { PaymentProvider } from '../core/runtime/ports';

/** WeChat Pay's `body` is String(128), counted in bytes: cut at a character boundary to fit. */
export function payBody(text: string, maxBytes = 128): string {
  let out = '';
  for (const ch of text) {
    if (Buffer.byteLength(out + ch, 'utf8') > maxBytes) break;
    out += ch;
  }
  return out;
}

/**
 * WeChat Pay through CloudBase (cloudPay), for shops with a merchant account (a 个体工商户 or company,
 * or a platform's sub-merchant). WeChat calls the `payCallback` function when the payment succeeds, which
 * believes it only once queryOrder confirms it.
 * Every field the docs mark required is sent, nonceStr included
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/pay/CloudPay.unifiedOrder.html).
 */
export function cloudPayments(envId = process.env.TCB_ENV ?? process.env.SCF_NAMESPACE ?? ''): PaymentProvider {
  return {
    name: 'cloudPay',
    async requestPayment(req) {
      const res = await cloud.cloudPay.unifiedOrder({
        body: payBody(req.description),
        outTradeNo: req.paymentId,
        spbillCreateIp: '127.0.0.1',
        subMchId: req.subMchId,
        totalFee: req.amountFen,
        envId,
        functionName: 'payCallback',
        nonceStr: randomBytes(16).toString('hex'),
        tradeType: 'JSAPI',
      });
      if (res.returnCode !== 'SUCCESS' || res.resultCode !== 'SUCCESS' || !res.payment) {
        throw new Error(`cloudPay.unifiedOrder failed: ${res.errCodeDes ?? res.returnMsg ?? res.returnCode}`);
      }
      return res.payment;
    },

    /**
     * WeChat Pay's own record of a payment, asked before a notice is believed
     * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/pay/CloudPay.queryOrder.html):
     * sub_mch_id and nonce_str are required, out_trade_no or transaction_id identifies the order. The page's table
     * spells the fields as WeChat Pay v2 does (sub_mch_id); they are passed in the camelCase that cloudPay's
     * unifiedOrder and refund pages use (subMchId, nonceStr, outTradeNo), as this SDK's other cloudPay calls are.
     * returnCode is the call (SUCCESS/FAIL); only trade_state SUCCESS means paid, and ORDERNOTEXIST means
     * no such order under that merchant (https://pay.weixin.qq.com/doc/v2/merchant/4011935215).
     */
    async queryOrder({ paymentId, subMchId }) {
      const res = await cloud.cloudPay.queryOrder({ subMchId, outTradeNo: paymentId, nonceStr: randomBytes(16).toString('hex') });
      if (res.returnCode !== 'SUCCESS') throw new Error(`cloudPay.queryOrder failed: ${res.returnMsg ?? res.returnCode}`);
      if (res.resultCode !== 'SUCCESS') {
        if (res.errCode === 'ORDERNOTEXIST') return { tradeState: 'ORDERNOTEXIST', amountFen: null, providerRef: null };
        throw new Error(`cloudPay.queryOrder failed: ${res.errCodeDes ?? String(res.errCode ?? res.resultCode)}`);
      }
      const state = res.tradeState ?? 'UNKNOWN';
      return {
        tradeState: state,
        amountFen: state === 'SUCCESS' && typeof res.totalFee === 'number' ? res.totalFee : null,
        providerRef: res.transactionId ?? null,
      };
    },
  };
}
