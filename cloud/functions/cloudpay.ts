import { randomBytes } from 'node:crypto';
import * as cloud from 'wx-server-sdk';
import type { PaymentProvider } from '../core/payments/provider';

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
 * or a platform's sub-merchant). WeChat calls the `payCallback` function when the payment succeeds.
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
  };
}
