import { completePayment } from '../../core/payments/complete';
import { cloudDeps } from '../entry';

interface CloudPayNotice {
  returnCode?: string;
  resultCode?: string;
  outTradeNo?: string;
  totalFee?: number;
  transactionId?: string;
}

/**
 * CloudBase calls this with WeChat Pay's result (cloudPay's functionName). WeChat retries until it
 * gets errcode 0, and completePayment is idempotent, so a repeated notice changes nothing.
 */
export async function main(event: CloudPayNotice): Promise<{ errcode: number; errmsg: string }> {
  if (event.returnCode !== 'SUCCESS' || event.resultCode !== 'SUCCESS' || !event.outTradeNo || typeof event.totalFee !== 'number') {
    return { errcode: 0, errmsg: 'ignored' };
  }
  const deps = await cloudDeps('payCallback');
  await completePayment(deps, { paymentId: event.outTradeNo, amountFen: event.totalFee, providerRef: event.transactionId ?? '' });
  return { errcode: 0, errmsg: 'OK' };
}
