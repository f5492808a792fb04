import type { PaymentParams } from '../../../types/order';
import type { Database } from '../../db/types';
import { enqueue } from '../outbox';

export interface PaymentRequest {
  paymentId: string;
  orderId: string;
  amountFen: number;
  subMchId: string;
  description: string;
  payerOpenId: string;
  at: Date;
}

/**
 * WeChat Pay behind one interface: CloudBase cloudPay in production (cloud/functions/cloudpay.ts),
 * a sandbox locally. It only asks for the parameters of Taro.requestPayment; the payment becomes
 * real through the callback (completePayment), the same path in both.
 */
export interface PaymentProvider {
  readonly name: string;
  requestPayment(req: PaymentRequest): Promise<PaymentParams>;
}

/** Records what would have been sent to WeChat Pay and answers parameters that only the sandbox accepts. */
export function sandboxPayments(db: Database): PaymentProvider {
  return {
    name: 'sandbox',
    async requestPayment(req) {
      await enqueue(db, {
        kind: 'wxpay.unifiedOrder',
        toOpenId: req.payerOpenId,
        payload: { outTradeNo: req.paymentId, orderId: req.orderId, totalFee: req.amountFen, subMchId: req.subMchId, body: req.description },
        at: req.at,
      });
      return {
        timeStamp: String(Math.floor(req.at.getTime() / 1000)),
        nonceStr: req.paymentId,
        package: `prepay_id=sandbox_${req.paymentId}`,
        signType: 'RSA',
        paySign: 'SANDBOX',
      };
    },
  };
}
