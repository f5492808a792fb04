import { domainText } from '../../../types/zh-CN/errors';
import { orderNoteText } from '../../../types/zh-CN/orders';
import { refundsText } from '../../../types/zh-CN/refunds';
import { AppError, notFound } from '../runtime/errors';
import type { Deps } from '../runtime/context';
import { applyTransition, recordEvent } from '../orders/command';
import { decide } from '../../../types/rules/order-machine';
import { notify } from '../orders/notify';
import { refundPayment } from './refunds';
import { lockOrder } from '../orders/rows';
import { markPaid } from './ledger';

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
 * WeChat may deliver a notice more than once and at any time, so it is idempotent under the order's and
 * the payment's row locks. Money the order does not need — a second payment of an order already paid
 * (by WeChat or by a confirmed transfer), or one that arrives after cancel or expiry — is refunded
 * alone and in full; every other payment of the order stays as it was.
 */
export async function completePayment(deps: Deps, notice: PaymentNotice): Promise<PaymentOutcome> {
  return deps.db.transaction(async (tx) => {
    const [found] = await tx.query<{ order_id: string }>('SELECT order_id FROM payments WHERE id = $1', [notice.paymentId]);
    if (!found) throw notFound(domainText.paymentNotFound);
    // The order first, then the payment: the order the same way every order action locks it (cancel,
    // after-sale), so a notice racing a cancel waits for it instead of deadlocking with it.
    const order = await lockOrder(tx, found.order_id);
    if (!order) throw notFound(domainText.orderNotFound);
    const [payment] = await tx.query<{ id: string; method: string; status: string; amount_fen: number }>(
      'SELECT id, method, status, amount_fen FROM payments WHERE id = $1 FOR UPDATE',
      [notice.paymentId],
    );
    // A transfer is never paid through WeChat Pay: such a notice is not about this payment.
    if (payment.method !== 'wechat') throw notFound(domainText.paymentNotFound);
    if (payment.status === 'paid') return 'already_paid';
    if (Number(payment.amount_fen) !== notice.amountFen) throw new AppError('CONFLICT', domainText.amountMismatch);

    const now = deps.clock.now();
    // Paid whatever the order's state: the money arrived (a payment cancelled with its order included).
    await markPaid(tx, payment.id, notice.providerRef, now);

    const decision = decide(order.status, 'paymentSucceeded', 'system');
    if (!decision.ok) {
      await refundPayment(tx, order, payment.id, 'surplus', now);
      await recordEvent(tx, order.id, now, 'refundSurplus', 'system', order.status, order.status, refundsText.surplusNote);
      deps.log.info('surplus payment refunded', { paymentId: payment.id, orderId: order.id, status: order.status });
      return 'refunded_late';
    }
    const paid = await applyTransition(tx, order, 'paymentSucceeded', 'system', decision.to, now, { set: { expires_at: null }, note: orderNoteText.wechatPaid });
    await notify(tx, paid, { message: 'order.paid', method: 'wechat' }, 'owner', now);
    return 'paid';
  });
}
