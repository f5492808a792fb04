import { randomBytes } from 'node:crypto';
import type { PaymentMethod, Refund, RefundReason } from '../../../types/order';
import type { Queryable } from '../../db/types';
import { newId } from '../ids';
import { enqueue } from '../outbox';
import { iso } from '../time';
import type { OrderRow } from '../orders/order-row';

/**
 * The refund ledger: the refunds table's only writer, and what the order still holds of what it was paid.
 * Every function runs inside its caller's transaction, under the order's row lock the caller took.
 */
export type { RefundReason };
/** failed: WeChat answered CHANGE or REFUNDCLOSE; the money is still owed (see migration 010). */
export type RefundRowStatus = 'pending' | 'done' | 'failed';

export interface RefundRow {
  id: string;
  order_id: string;
  payment_id: string;
  amount_fen: number;
  method: PaymentMethod;
  reason: RefundReason;
  status: RefundRowStatus;
  provider_status: string | null;
  provider_ref: string | null;
  note: string | null;
  created_at: Date;
  updated_at: Date;
  done_at: Date | null;
}

/** What WeChat Pay's refund is queued with; the production sender passes it to cloudPay.refund as is. */
export interface RefundPayload {
  outTradeNo: string;
  /** our refund id: WeChat's idempotency key, so a retried send is never a second refund */
  outRefundNo: string;
  totalFee: number;
  refundFee: number;
  /** the merchant the payment went to (stored on the payment when it was requested) */
  subMchId: string;
  /** String(32); fixed at queueing so that the record shows exactly what is sent */
  nonceStr: string;
}

interface Refundable {
  id: string;
  method: PaymentMethod;
  amount_fen: number;
  sub_mch_id: string | null;
  /** what is left of the payment to give back: its amount less every refund of it (done, pending or failed) */
  left_fen: number;
}

/**
 * The order's received payments with what is left of each to refund. Callers hold the order's row
 * lock (every refund and every payment completion takes it first), so two refunds of one payment
 * can never both see it unrefunded.
 */
async function refundable(tx: Queryable, orderId: string): Promise<Refundable[]> {
  return tx.query<Refundable>(
    `SELECT p.id, p.method, p.amount_fen, p.sub_mch_id, (p.amount_fen - coalesce(sum(r.amount_fen), 0))::bigint AS left_fen
       FROM payments p LEFT JOIN refunds r ON r.payment_id = p.id
      WHERE p.order_id = $1 AND p.status = 'paid'
      GROUP BY p.id
     HAVING p.amount_fen - coalesce(sum(r.amount_fen), 0) > 0
      ORDER BY (p.method = 'wechat') DESC, p.paid_at, p.id`,
    [orderId],
  );
}

/** What the order still holds of what it received: the most an after-sale can ask back. */
export async function refundableFen(tx: Queryable, orderId: string): Promise<number> {
  return (await refundable(tx, orderId)).reduce((sum, p) => sum + Number(p.left_fen), 0);
}

async function insertRefund(tx: Queryable, order: OrderRow, p: Refundable, amountFen: number, reason: RefundReason, at: Date): Promise<RefundRow> {
  const [row] = await tx.query<RefundRow>(
    `INSERT INTO refunds (id, order_id, payment_id, amount_fen, method, reason, status, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $7) RETURNING *`,
    [newId('rf', 20), order.id, p.id, amountFen, p.method, reason, at],
  );
  if (p.method === 'wechat') {
    // A payment requested before migration 010 has no merchant of its own: the shop's is the best we know.
    let subMchId = p.sub_mch_id;
    if (!subMchId) {
      const [shop] = await tx.query<{ wechat_sub_mch_id: string | null }>('SELECT wechat_sub_mch_id FROM shops WHERE id = $1', [order.shop_id]);
      subMchId = shop?.wechat_sub_mch_id ?? '';
    }
    const payload: RefundPayload = {
      outTradeNo: p.id,
      outRefundNo: row.id,
      totalFee: p.amount_fen,
      refundFee: amountFen,
      subMchId,
      nonceStr: randomBytes(16).toString('hex'),
    };
    await enqueue(tx, { kind: 'wxpay.refund', toOpenId: order.buyer_openid, payload, at });
  }
  // A transfer is returned by the seller's own transfer back: the refund stays pending until then.
  return row;
}

/**
 * Gives back one payment: all that is left of it (a surplus payment), or `amountFen` of it.
 * Returns null when nothing of it is left to give back (already refunded, or never received).
 */
export async function refundPayment(tx: Queryable, order: OrderRow, paymentId: string, reason: RefundReason, at: Date, amountFen?: number): Promise<RefundRow | null> {
  const p = (await refundable(tx, order.id)).find((x) => x.id === paymentId);
  if (!p) return null;
  return insertRefund(tx, order, p, Math.min(amountFen ?? p.left_fen, p.left_fen), reason, at);
}

/**
 * Gives back money the order received and has not given back: all of it (a cancel, an approved
 * after-sale), or up to `amountFen` (a partial refund). Each payment gets its own refund — WeChat
 * refunds are per payment — WeChat Pay first, since those go back by themselves.
 * WeChat Pay takes a payment back in several parts, each with its own out_refund_no, their sum at most
 * the payment, at most 50 parts (https://developers.weixin.qq.com/minigame/dev/wxcloud/reference-sdk-api/open/pay/CloudPay.refund.html).
 */
export async function refundReceived(tx: Queryable, order: OrderRow, reason: RefundReason, at: Date, amountFen?: number): Promise<RefundRow[]> {
  let want = amountFen ?? Number.POSITIVE_INFINITY;
  const made: RefundRow[] = [];
  for (const p of await refundable(tx, order.id)) {
    if (want <= 0) break;
    const fen = Math.min(p.left_fen, want);
    made.push(await insertRefund(tx, order, p, fen, reason, at));
    want -= fen;
  }
  return made;
}

/**
 * The seller sent the order's transfer refunds back by hand: every pending one is done now, with their note.
 * Returns the amounts given back (none: nothing was pending).
 */
export async function settleTransferRefunds(tx: Queryable, orderId: string, note: string | null, at: Date): Promise<number[]> {
  const sent = await tx.query<{ amount_fen: string }>(
    `UPDATE refunds SET status = 'done', note = $2, sent_at = $3, done_at = $3, updated_at = $3
      WHERE order_id = $1 AND method = 'transfer' AND status = 'pending' RETURNING amount_fen`,
    [orderId, note, at],
  );
  return sent.map((r) => Number(r.amount_fen));
}

/** WeChat Pay says the refund is back with the buyer (refund_status SUCCESS), at `doneAt`. */
export async function refundSucceeded(tx: Queryable, refundId: string, providerStatus: string, providerRef: string | null, doneAt: Date, at: Date): Promise<void> {
  await tx.query(
    `UPDATE refunds SET status = 'done', provider_status = $2, provider_ref = coalesce($3, provider_ref), done_at = $4, updated_at = $5 WHERE id = $1`,
    [refundId, providerStatus, providerRef, doneAt, at],
  );
}

/** WeChat Pay could not give the refund back (CHANGE, REFUNDCLOSE): the money is still owed. */
export async function refundFailed(tx: Queryable, refundId: string, providerStatus: string, providerRef: string | null, at: Date): Promise<void> {
  await tx.query(`UPDATE refunds SET status = 'failed', provider_status = $2, provider_ref = coalesce($3, provider_ref), updated_at = $4 WHERE id = $1`, [
    refundId,
    providerStatus,
    providerRef,
    at,
  ]);
}

/** The order's refunds as its buyer and seller see them, oldest first. */
export function toRefund(r: RefundRow): Refund {
  return {
    id: r.id,
    amountFen: Number(r.amount_fen),
    method: r.method,
    // The contract knows pending and done; a failed WeChat refund is still money on its way back.
    status: r.status === 'done' ? 'done' : 'pending',
    reason: r.reason,
    problem: r.status === 'failed',
    at: iso(r.created_at),
    doneAt: r.done_at ? iso(r.done_at) : null,
  };
}

export async function refundsOf(q: Queryable, orderIds: string[]): Promise<Map<string, Refund[]>> {
  const rows = await q.query<RefundRow>('SELECT * FROM refunds WHERE order_id = ANY($1) ORDER BY order_id, seq', [orderIds]);
  const by = new Map<string, Refund[]>();
  for (const r of rows) by.set(r.order_id, [...(by.get(r.order_id) ?? []), toRefund(r)]);
  return by;
}

/**
 * The payment an order keeps: received and not given back in any part (at most one — a second one is
 * refunded as surplus). The one to report shipping for, and what a seller was paid.
 */
export async function keptPayment(q: Queryable, orderId: string): Promise<{ id: string; method: PaymentMethod; amount_fen: number } | undefined> {
  const [p] = await q.query<{ id: string; method: PaymentMethod; amount_fen: number }>(
    `SELECT p.id, p.method, p.amount_fen FROM payments p
      WHERE p.order_id = $1 AND p.status = 'paid' AND NOT EXISTS (SELECT 1 FROM refunds r WHERE r.payment_id = p.id)
      ORDER BY p.paid_at, p.id LIMIT 1`,
    [orderId],
  );
  return p;
}

/** What the order received and has not given back for good: pending refunds still count as owed. */
export async function owedFen(q: Queryable, orderId: string): Promise<{ paidFen: number; doneFen: number; pendingFen: number }> {
  const [row] = await q.query<{ paid: string; done: string; pending: string }>(
    `SELECT (SELECT coalesce(sum(amount_fen), 0) FROM payments WHERE order_id = $1 AND status = 'paid')::bigint AS paid,
            (SELECT coalesce(sum(amount_fen), 0) FROM refunds WHERE order_id = $1 AND status = 'done')::bigint AS done,
            (SELECT coalesce(sum(amount_fen), 0) FROM refunds WHERE order_id = $1 AND status <> 'done')::bigint AS pending`,
    [orderId],
  );
  return { paidFen: Number(row.paid), doneFen: Number(row.done), pendingFen: Number(row.pending) };
}
