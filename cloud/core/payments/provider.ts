import type { Database } from '../../db/types';
import { enqueue } from '../outbox';
import type { Deps } from '../runtime/context';
import type { PaymentProvider } from '../runtime/ports';
import { completePayment, type PaymentOutcome } from './complete';

/** The local stand-in for WeChat Pay, with its own record of which payments the "buyer" completed. */
export interface SandboxPayments extends PaymentProvider {
  readonly name: 'sandbox';
  /** The buyer paid (POST /api/dev/payments/<id>/succeed): WeChat's side now holds the payment as paid. */
  buyerPaid(paymentId: string, amountFen: number): void;
}

export function isSandbox(p: PaymentProvider): p is SandboxPayments {
  return p.name === 'sandbox' && typeof (p as Partial<SandboxPayments>).buyerPaid === 'function';
}

/**
 * Records what would have been sent to WeChat Pay and answers parameters that only the sandbox accepts.
 * Its record of what was requested and paid lives in this process, as WeChat's lives on WeChat's side:
 * queryOrder answers from it, never from our payments table, so the confirmation is a real second opinion.
 */
export function sandboxPayments(db: Database): SandboxPayments {
  const requested = new Map<string, { amountFen: number; subMchId: string }>();
  const paid = new Map<string, number>();
  return {
    name: 'sandbox',
    async requestPayment(req) {
      await enqueue(db, {
        kind: 'wxpay.unifiedOrder',
        toOpenId: req.payerOpenId,
        payload: { outTradeNo: req.paymentId, orderId: req.orderId, totalFee: req.amountFen, subMchId: req.subMchId, body: req.description },
        at: req.at,
      });
      requested.set(req.paymentId, { amountFen: req.amountFen, subMchId: req.subMchId });
      return {
        timeStamp: String(Math.floor(req.at.getTime() / 1000)),
        nonceStr: req.paymentId,
        package: `prepay_id=sandbox_${req.paymentId}`,
        signType: 'RSA',
        paySign: 'SANDBOX',
      };
    },
    buyerPaid(paymentId, amountFen) {
      paid.set(paymentId, amountFen);
    },
    async queryOrder({ paymentId }) {
      const amount = paid.get(paymentId);
      if (amount !== undefined) return { tradeState: 'SUCCESS', amountFen: amount, providerRef: `sandbox-${paymentId}` };
      return { tradeState: requested.has(paymentId) ? 'NOTPAY' : 'ORDERNOTEXIST', amountFen: null, providerRef: null };
    },
  };
}

/** A notice as it arrived: what it claims, to be confirmed with WeChat Pay before anything changes. */
export interface PaymentClaim {
  /** our payment id (WeChat Pay's outTradeNo) */
  paymentId: string;
  /** the amount the notice states (totalFee), if any: logged when it disagrees, never trusted */
  amountFen?: number;
}

/**
 * What became of a notice:
 * - paid / already_paid / refunded_late: completePayment's outcomes (WeChat confirmed it);
 * - pending: WeChat's record says not paid yet (NOTPAY, USERPAYING, ACCEPT) — worth asking again later;
 * - not_paid: WeChat's record says it will never be paid (CLOSED, PAYERROR, REVOKED, REFUND, ORDERNOTEXIST);
 * - amount_mismatch: WeChat holds it as paid for another amount than the payment we asked for — nothing is
 *   marked, and the error log asks a person to look;
 * - unknown_payment: no WeChat payment of ours has that id.
 */
export type NoticeOutcome = PaymentOutcome | 'pending' | 'not_paid' | 'amount_mismatch' | 'unknown_payment';

/** Trade states that may still turn into SUCCESS (https://pay.weixin.qq.com/doc/v2/merchant/4011935215). */
const STILL_OPEN = new Set(['NOTPAY', 'USERPAYING', 'ACCEPT']);

/**
 * A payment notice is accepted only when WeChat Pay's own record, asked with the merchant we requested the
 * payment under (never one the notice names), says SUCCESS for exactly the amount of our payment. Only then does
 * completePayment run, with the amount and transaction id from that record. Production's payCallback (after
 * its SOURCE check) and the sandbox's dev route both end here.
 */
export async function acceptPaymentNotice(deps: Deps, claim: PaymentClaim): Promise<NoticeOutcome> {
  const [payment] = await deps.db.query<{ method: string; status: string; amount_fen: number; sub_mch_id: string | null }>(
    // The merchant the payment was requested under (fixed on the payment), else the shop's: never one the notice names.
    `SELECT p.method, p.status, p.amount_fen, coalesce(p.sub_mch_id, s.wechat_sub_mch_id) AS sub_mch_id
     FROM payments p JOIN orders o ON o.id = p.order_id JOIN shops s ON s.id = o.shop_id WHERE p.id = $1`,
    [claim.paymentId],
  );
  if (!payment || payment.method !== 'wechat' || !payment.sub_mch_id) {
    deps.log.error('payment notice for no WeChat payment of ours', { paymentId: claim.paymentId });
    return 'unknown_payment';
  }
  // A repeated notice for a settled payment needs no second opinion: completePayment would change nothing.
  if (payment.status === 'paid' || payment.status === 'refunded') return 'already_paid';

  const expected = payment.amount_fen;
  const record = await deps.payments.queryOrder({ paymentId: claim.paymentId, subMchId: payment.sub_mch_id });
  if (record.tradeState !== 'SUCCESS') {
    deps.log.info('payment notice not confirmed by WeChat Pay', { paymentId: claim.paymentId, tradeState: record.tradeState });
    return STILL_OPEN.has(record.tradeState) ? 'pending' : 'not_paid';
  }
  if (record.amountFen !== expected) {
    deps.log.error('WeChat Pay holds a payment for another amount: not marked paid, needs a person', {
      paymentId: claim.paymentId,
      expectedFen: expected,
      paidFen: record.amountFen,
      noticeFen: claim.amountFen ?? null,
    });
    return 'amount_mismatch';
  }
  if (claim.amountFen !== undefined && claim.amountFen !== expected) {
    deps.log.error('payment notice states another amount than WeChat Pay’s record; the record wins', { paymentId: claim.paymentId, noticeFen: claim.amountFen, paidFen: expected });
  }
  return completePayment(deps, { paymentId: claim.paymentId, amountFen: expected, providerRef: record.providerRef ?? '' });
}
