import type { PaymentClaim } from '../../core/payments/provider';

/**
 * What cloudPay hands the function named in `functionName`: WeChat Pay's notice as a JS object, its field names
 * camelCased (returnCode, resultCode, outTradeNo, totalFee, transactionId, subMchId, …)
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/pay/paymentCallback.html and
 * the example on https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloudrun/src/development/pay/callback/index.html).
 * cloudPay.refund's `functionName` receives the refund result the same way (out_refund_no, refund_status,
 * settlement_refund_fee, refund_id, success_time; WeChat Pay v2's 退款结果通知 carries them in req_info).
 * Both spellings and a nested reqInfo are read: community reports show each, and nothing here is trusted
 * anyway — a payment is believed only after cloudPay.queryOrder confirms it.
 */
export type CloudPayNotice =
  | { kind: 'payment'; claim: PaymentClaim }
  | { kind: 'refund'; notice: { outRefundNo: string; refundStatus: string; refundFen?: number; providerRef?: string; successTime?: string } }
  /** a payment notice that does not say SUCCESS: nothing to do (WeChat only notifies successes) */
  | { kind: 'failed' }
  | null;

type Fields = Record<string, unknown>;

function isRecord(v: unknown): v is Fields {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(o: Fields, camel: string, snake: string): string | undefined {
  const v = o[camel] ?? o[snake];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined;
}

function fen(o: Fields, camel: string, snake: string): number | undefined {
  const v = o[camel] ?? o[snake];
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : Number.NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** The notice, or null for an event that is neither a payment nor a refund notice. */
export function parseCloudPayNotice(event: unknown): CloudPayNotice {
  if (!isRecord(event)) return null;
  const inner = isRecord(event.reqInfo) ? event.reqInfo : isRecord(event.req_info) ? event.req_info : null;
  const refund = inner ? { ...event, ...inner } : event;
  const outRefundNo = text(refund, 'outRefundNo', 'out_refund_no');
  const refundStatus = text(refund, 'refundStatus', 'refund_status');
  if (outRefundNo || refundStatus) {
    if (!outRefundNo || !refundStatus) return null;
    return {
      kind: 'refund',
      notice: {
        outRefundNo,
        refundStatus,
        // refund_fee is what we asked for; settlement_refund_fee is less by any coupon, so it is only the fallback.
        refundFen: fen(refund, 'refundFee', 'refund_fee') ?? fen(refund, 'settlementRefundFee', 'settlement_refund_fee'),
        providerRef: text(refund, 'refundId', 'refund_id'),
        successTime: text(refund, 'successTime', 'success_time'),
      },
    };
  }
  const outTradeNo = text(event, 'outTradeNo', 'out_trade_no');
  if (!outTradeNo) return null;
  if (text(event, 'returnCode', 'return_code') !== 'SUCCESS' || text(event, 'resultCode', 'result_code') !== 'SUCCESS') return { kind: 'failed' };
  return { kind: 'payment', claim: { paymentId: outTradeNo, amountFen: fen(event, 'totalFee', 'total_fee') } };
}
