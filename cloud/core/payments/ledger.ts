import type { PaymentMethod } from '../../../types/order';
import type { Queryable } from '../../db/types';

/**
 * The payments table's only writer (with refunds.ts, the refunds table's), as Medusa's payment module is the
 * only writer of payments: order actions and the payment callback say what happened, in their own
 * transaction, and the statement lives here. None of these takes a lock of its own: every caller holds the
 * order's row lock already (runOrderCommand, the timer's FOR UPDATE SKIP LOCKED, completePayment), which is
 * what keeps two changes of one order's money from interleaving. tests/unit/money-owner.test.ts keeps it so.
 */

export interface OpenPayment {
  id: string;
  orderId: string;
  method: PaymentMethod;
  amountFen: number;
  /** the merchant a WeChat Pay payment goes to; its refund goes back through the same one */
  subMchId: string | null;
  at: Date;
}

/**
 * A payment attempt: WeChat Pay's waits for the provider's notice (requested); a transfer is the buyer's
 * word that the money is on its way, waiting for the seller (awaiting_confirmation).
 */
export async function open(tx: Queryable, p: OpenPayment): Promise<void> {
  await tx.query(
    `INSERT INTO payments (id, order_id, method, status, amount_fen, sub_mch_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
    [p.id, p.orderId, p.method, p.method === 'wechat' ? 'requested' : 'awaiting_confirmation', p.amountFen, p.subMchId, p.at],
  );
}

/** WeChat Pay confirmed the payment: paid, with WeChat's transaction id. */
export async function markPaid(tx: Queryable, paymentId: string, providerRef: string, at: Date): Promise<void> {
  await tx.query(`UPDATE payments SET status = 'paid', paid_at = $2, provider_ref = $3, updated_at = $2 WHERE id = $1`, [paymentId, at, providerRef]);
}

/** The seller found the buyer's transfer: the latest one waiting is paid. */
export async function confirmTransfer(tx: Queryable, orderId: string, at: Date): Promise<void> {
  await tx.query(
    `UPDATE payments SET status = 'paid', paid_at = $2, updated_at = $2
       WHERE id = (SELECT id FROM payments WHERE order_id = $1 AND status = 'awaiting_confirmation' ORDER BY created_at DESC LIMIT 1)`,
    [orderId, at],
  );
}

/** The seller did not find the transfer. */
export async function rejectTransfer(tx: Queryable, orderId: string, at: Date): Promise<void> {
  await tx.query(`UPDATE payments SET status = 'rejected', updated_at = $2 WHERE order_id = $1 AND status = 'awaiting_confirmation'`, [orderId, at]);
}

/**
 * The order is cancelled: no attempt still open may become money the order takes. A WeChat Pay notice
 * that arrives anyway is refunded as surplus (complete.ts).
 */
export async function abandonOpen(tx: Queryable, orderId: string, at: Date): Promise<void> {
  await tx.query(`UPDATE payments SET status = 'rejected', updated_at = $2 WHERE order_id = $1 AND status IN ('requested', 'awaiting_confirmation')`, [orderId, at]);
}

/** The order expired unpaid: its WeChat Pay attempts are closed (an unpaid order has no transfer waiting). */
export async function abandonRequested(tx: Queryable, orderId: string, at: Date): Promise<void> {
  await tx.query(`UPDATE payments SET status = 'rejected', updated_at = $2 WHERE order_id = $1 AND status = 'requested'`, [orderId, at]);
}
