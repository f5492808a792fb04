import type { Deps } from '../runtime/context';

/**
 * WeChat Pay's refund result notice, as the payCallback function (behind the platform guard) and the
 * sandbox's dev route hand it over. Field names follow cloudPay's refund notice (camelCase):
 * outRefundNo is our refund id; refundStatus is SUCCESS | CHANGE | REFUNDCLOSE.
 */
export interface RefundNotice {
  /** our refund id (WeChat Pay's out_refund_no) */
  outRefundNo: string;
  /** SUCCESS, CHANGE (failed: the money could not go back that way) or REFUNDCLOSE (closed) */
  refundStatus: string;
  /** the refunded amount WeChat reports (settlement_refund_fee / refund_fee), in fen */
  refundFen?: number;
  /** WeChat Pay's refund id (refund_id) */
  providerRef?: string;
  /** success_time, e.g. "2017-12-15 09:46:01" (China time) */
  successTime?: string;
}

/** done: recorded now; ignored: already recorded (a repeated notice); failed: WeChat could not return the money. */
export type RefundOutcome = 'done' | 'failed' | 'ignored';

/** Records a refund result. Idempotent: WeChat repeats notices until answered. (Stub: implemented next.) */
export async function recordRefundNotice(deps: Deps, notice: RefundNotice): Promise<RefundOutcome> {
  void deps;
  void notice;
  return Promise.resolve('ignored');
}
