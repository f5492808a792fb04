import * as cloud from 'wx-server-sdk';
import type { PaymentProvider } from '../core/payments/provider';

/**
 * WeChat Pay through CloudBase (cloudPay), for shops with a merchant account (a 个体工商户 or company,
 * or a platform's sub-merchant). WeChat calls the `payCallback` function when the payment succeeds.
 */
export function cloudPayments(): PaymentProvider {
  return {
    name: 'cloudPay',
    async requestPayment(req) {
      const res = await cloud.cloudPay.unifiedOrder({
        body: req.description.slice(0, 40),
        outTradeNo: req.paymentId,
        spbillCreateIp: '127.0.0.1',
        subMchId: req.subMchId,
        totalFee: req.amountFen,
        envId: process.env.TCB_ENV ?? process.env.SCF_NAMESPACE ?? '',
        functionName: 'payCallback',
        tradeType: 'JSAPI',
      });
      if (res.returnCode !== 'SUCCESS' || res.resultCode !== 'SUCCESS' || !res.payment) {
        throw new Error(`cloudPay.unifiedOrder failed: ${res.errCode ?? res.returnCode} ${res.errCodeDes ?? ''}`);
      }
      return res.payment;
    },
  };
}
