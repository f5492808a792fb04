import { acceptPaymentNotice, type NoticeOutcome } from '../../core/payments/provider';
import { recordRefundNotice } from '../../core/payments/refund-result';
import type { Deps } from '../../core/runtime/context';
import { isAppError } from '../../core/runtime/errors';
import { createLogger } from '../../core/runtime/logger';
import { cloudDeps, type Wiring } from '../entry';
import { cloudPayments } from '../cloudpay';
import { startedBy } from '../platform';
import { parseCloudPayNotice } from './notice';

/**
 * What WeChat expects back: errcode 0 ends the notice; anything else makes it notify again, for up to two days
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/pay/paymentCallback.html).
 */
export interface CallbackAnswer {
  errcode: number;
  errmsg: string;
}

const OK: CallbackAnswer = { errcode: 0, errmsg: 'OK' };
const AGAIN = (why: string): CallbackAnswer => ({ errcode: 1, errmsg: why });

/** Only "not paid yet" is worth hearing again; every other outcome is final (and the odd ones are logged). */
function answerFor(outcome: NoticeOutcome): CallbackAnswer {
  return outcome === 'pending' ? AGAIN('not paid yet') : { errcode: 0, errmsg: outcome };
}

/** Payment notices are believed only after cloudPay.queryOrder. */
const wiring: Wiring = { payments: cloudPayments };

/**
 * The function cloudPay.unifiedOrder's and cloudPay.refund's `functionName` name (cloud/functions/cloudpay.ts,
 * sender.ts). Anyone's mini program can call it by name with an event that looks like a notice, and order.get
 * shows a buyer their payment id and amount, so:
 * 1. only a run CloudBase started for WeChat Pay (SOURCE `wx_paycallback`) is read at all;
 * 2. a payment notice changes nothing until WeChat Pay's own record (cloudPay.queryOrder, with the shop's
 *    merchant) says SUCCESS for exactly our amount; completePayment is idempotent, so repeats are harmless;
 * 3. a refund result notice is recorded by recordRefundNotice (idempotent too).
 */
export function createPayCallbackMain(openDeps: (service: string) => Promise<Deps> = (s) => cloudDeps(s, wiring)) {
  return async function main(event: unknown): Promise<CallbackAnswer> {
    const log = createLogger({ service: 'payCallback' });
    if (!startedBy('wx_paycallback', log)) return { errcode: -1, errmsg: 'forbidden' };
    const notice = parseCloudPayNotice(event);
    if (!notice || notice.kind === 'failed') {
      log.info('cloudPay notice ignored', { kind: notice?.kind ?? 'unknown' });
      return { errcode: 0, errmsg: 'ignored' };
    }
    let deps: Deps;
    try {
      deps = await openDeps('payCallback');
    } catch (err) {
      log.error('cannot open database', { error: String(err) });
      return AGAIN('database unavailable');
    }
    try {
      if (notice.kind === 'refund') {
        const outcome = await recordRefundNotice(deps, notice.notice);
        deps.log.info('refund notice', { outRefundNo: notice.notice.outRefundNo, refundStatus: notice.notice.refundStatus, outcome });
        return OK;
      }
      const outcome = await acceptPaymentNotice(deps, notice.claim);
      deps.log.info('payment notice', { paymentId: notice.claim.paymentId, outcome });
      return answerFor(outcome);
    } catch (err) {
      // A notice we can never act on (an unknown refund, a status we do not know): hearing it again would not help.
      if (isAppError(err)) {
        deps.log.error('cloudPay notice refused', { code: err.code, error: err.message });
        return { errcode: 0, errmsg: err.code };
      }
      // WeChat Pay could not be asked, or the database failed: nothing was committed, so hearing it again is safe.
      deps.log.error('cloudPay notice failed', { error: err instanceof Error ? err.message : String(err) });
      return AGAIN('try again');
    }
  };
}

export const main = createPayCallbackMain();
