import { refundsText } from '../../../types/zh-CN/refunds';
import { recordEvent } from '../orders/command';
import { refundFailed, refundSucceeded, type RefundRow } from './refunds';
import { lockOrder } from '../orders/rows';
import type { Deps } from '../runtime/context';
import { AppError, badInput, notFound } from '../runtime/errors';

/**
 * WeChat Pay's refund result notice, as the payCallback function (behind the platform guard) and the
 * sandbox's dev route hand it over. WeChat Pay sends it when a refund ends: SUCCESS (退款成功),
 * CHANGE (退款异常: e.g. the buyer's bank card is closed) or REFUNDCLOSE (退款关闭), and repeats it until
 * answered — "同样的通知可能会多次发送给商户系统。商户系统必须能够正确处理重复的通知"
 * (https://pay.weixin.qq.com/doc/v2/partner/4011989265, 退款结果通知; the fields are those of its
 * decrypted req_info: out_refund_no, refund_status, refund_fee, refund_id, success_time). CloudBase
 * decrypts the notice for the function named in cloudPay.refund's functionName and hands it over in
 * camelCase, as it does the payment notice
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/pay/CloudPay.refund.html).
 */
export interface RefundNotice {
  /** our refund id (out_refund_no) */
  outRefundNo: string;
  /** refund_status: SUCCESS, CHANGE or REFUNDCLOSE */
  refundStatus: string;
  /** refund_fee (or settlement_refund_fee, less any coupon), in fen; never more than ours when present */
  refundFen?: number;
  /** refund_id: WeChat Pay's own refund id */
  providerRef?: string;
  /** success_time, "2017-12-15 09:46:01" in China time (present on SUCCESS) */
  successTime?: string;
}

/** done: the money is back (recorded now); failed: WeChat could not return it (recorded now); ignored: already recorded. */
export type RefundOutcome = 'done' | 'failed' | 'ignored';

const FAILED = new Set(['CHANGE', 'REFUNDCLOSE']);

/** success_time is Beijing time without a zone; anything unreadable falls back to when we heard. */
function successAt(text: string | undefined, fallback: Date): Date {
  const m = text ? /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(text.trim()) : null;
  if (!m) return fallback;
  const at = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}+08:00`);
  return Number.isNaN(at.getTime()) ? fallback : at;
}

/**
 * Records a refund's result. Idempotent, under the order's row lock (taken first, as every order
 * change takes it): a repeated notice changes nothing, and a SUCCESS is final — a failure notice
 * after it (reordered delivery) is ignored, while a SUCCESS after a failure (the merchant re-sent it
 * from the merchant platform) still marks it done. The order's own status does not change here: the
 * state machine (types/rules/order-machine.ts) already moved it (cancelled, or refunded on approval).
 * Bad input — an unknown refund, a transfer's refund, an unknown status, a different amount — is an
 * error and changes nothing.
 */
export async function recordRefundNotice(deps: Deps, notice: RefundNotice): Promise<RefundOutcome> {
  const status = notice.refundStatus;
  if (status !== 'SUCCESS' && !FAILED.has(status)) throw badInput({ refundStatus: refundsText.unknownStatus(status) });
  return deps.db.transaction(async (tx) => {
    const [found] = await tx.query<{ order_id: string }>('SELECT order_id FROM refunds WHERE id = $1', [notice.outRefundNo]);
    if (!found) throw notFound(refundsText.refundNotFound);
    const order = await lockOrder(tx, found.order_id);
    if (!order) throw notFound(refundsText.refundNotFound);
    const [refund] = await tx.query<RefundRow>('SELECT * FROM refunds WHERE id = $1 FOR UPDATE', [notice.outRefundNo]);
    // A transfer goes back by the seller's hand; WeChat Pay cannot report on it.
    if (refund.method !== 'wechat') throw notFound(refundsText.refundNotFound);
    // refund_fee is what we asked for; settlement_refund_fee is less when the buyer paid partly with a
    // WeChat coupon. Either is fine; more than we asked for is not about this refund.
    if (notice.refundFen !== undefined && notice.refundFen > Number(refund.amount_fen)) throw new AppError('CONFLICT', refundsText.amountMismatch);
    if (refund.status === 'done') return 'ignored';
    if (refund.status === 'failed' && refund.provider_status === status) return 'ignored';

    const now = deps.clock.now();
    if (status === 'SUCCESS') {
      await refundSucceeded(tx, refund.id, status, notice.providerRef ?? null, successAt(notice.successTime, now), now);
      await recordEvent(tx, order.id, now, 'refundDone', 'system', order.status, order.status, null);
      return 'done';
    }
    await refundFailed(tx, refund.id, status, notice.providerRef ?? null, now);
    await recordEvent(tx, order.id, now, 'refundFailed', 'system', order.status, order.status, refundsText.failedNote(status));
    deps.log.error('refund failed at WeChat Pay', { refundId: refund.id, orderId: order.id, refundStatus: status });
    return 'failed';
  });
}
