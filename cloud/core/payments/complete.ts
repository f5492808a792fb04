import { domainText } from '../../../types/zh-CN/errors';
import { AppError, notFound } from '../runtime/errors';
import type { Deps } from '../runtime/context';
import { applyTransition } from '../orders/command';
import { decide } from '../orders/machine';
import { notify } from '../orders/notify';
import { refundPaid } from '../orders/refunds';
import { lockOrder } from '../orders/rows';

export interface PaymentNotice {
  /** our payment id (WeChat Pay's outTradeNo) */
  paymentId: string;
  amountFen: number;
  /** WeChat Pay's transaction id */
  providerRef: string;
}

export type PaymentOutcome = 'paid' | 'already_paid' | 'refunded_late';

/**
 * The payment callback: production's payCallback function and the sandbox's dev endpoint both end here.
 * WeChat may deliver a notice more than once and at any time, so it is idempotent under the payment's
 * row lock; money that arrives for an order already cancelled (expired) is refunded, never lost.
 */
export async function completePayment(deps: Deps, notice: PaymentNotice): Promise<PaymentOutcome> {
  return deps.db.transaction(async (tx) => {
    const [payment] = await tx.query<{ id: string; order_id: string; status: string; amount_fen: number }>(
      'SELECT id, order_id, status, amount_fen FROM payments WHERE id = $1 FOR UPDATE',
      [notice.paymentId],
    );
    if (!payment) throw notFound(domainText.paymentNotFound);
    if (payment.status === 'paid' || payment.status === 'refunded') return 'already_paid';
    if (payment.amount_fen !== notice.amountFen) throw new AppError('CONFLICT', domainText.amountMismatch);

    const now = deps.clock.now();
    const order = await lockOrder(tx, payment.order_id);
    if (!order) throw notFound(domainText.orderNotFound);
    await tx.query(`UPDATE payments SET status = 'paid', paid_at = $2, provider_ref = $3, updated_at = $2 WHERE id = $1`, [payment.id, now, notice.providerRef]);

    const decision = decide(order.status, 'paymentSucceeded', 'system');
    if (!decision.ok) {
      await refundPaid(tx, order, now);
      deps.log.info('late payment refunded', { paymentId: payment.id, orderId: order.id, status: order.status });
      return 'refunded_late';
    }
    const paid = await applyTransition(tx, order, 'paymentSucceeded', 'system', decision.to, now, { set: { expires_at: null }, note: '微信支付成功' });
    await notify(tx, paid, { message: 'order.paid', method: 'wechat' }, 'owner', now);
    return 'paid';
  });
}
