import { randomBytes } from 'node:crypto';
import * as cloud from 'wx-server-sdk';
import { buildSubscribeRequest, MINIPROGRAM_STATES, type MiniprogramState } from '../../types/messages';
import { parseTemplateIds, type TemplateIds } from '../../types/messages-templates';
import { PermanentSendError } from '../core/delivery';
import type { MessageSender } from '../core/runtime/ports';
import { SHIPPING_UPLOAD_KIND } from '../core/shipping/request';
import { uploadShipping } from './shipping';
import type { RefundPayload } from '../core/payments/refunds';

/** Errcodes of subscribeMessage.send that no retry can change (bad id, no consent, bad value, bad page, bad openid). */
const FINAL_SUBSCRIBE_ERRORS = new Set([40003, 40037, 43101, 47003, 41030]);

export interface SenderConfig {
  templateIds: TemplateIds;
  /** WX_TEMPLATES entries that were not used (unknown names, empty ids, bad JSON) */
  problems: string[];
  miniprogramState: MiniprogramState;
  envId: string;
}

/**
 * The sender's settings, from the cloud function's environment:
 * - WX_TEMPLATES: JSON, template name → the template id registered in the WeChat admin, e.g.
 *   {"order_status":"…","order_shipped":"…"} (names: types/messages-templates.ts);
 * - WX_MINIPROGRAM_STATE: which version a message opens — formal (default), trial or developer;
 * - TCB_ENV / SCF_NAMESPACE: the cloud environment (cloudPay's envId).
 */
export function senderConfig(env: Record<string, string | undefined> = process.env): SenderConfig {
  const { ids, problems } = parseTemplateIds(env.WX_TEMPLATES);
  const state = env.WX_MINIPROGRAM_STATE?.trim() || 'formal';
  if (!(MINIPROGRAM_STATES as readonly string[]).includes(state)) problems.push(`WX_MINIPROGRAM_STATE must be formal, trial or developer, not ${state}`);
  return {
    templateIds: ids,
    problems,
    miniprogramState: (MINIPROGRAM_STATES as readonly string[]).includes(state) ? (state as MiniprogramState) : 'formal',
    envId: env.TCB_ENV ?? env.SCF_NAMESPACE ?? '',
  };
}

/** wx-server-sdk rejects a failed open API call with errCode/errMsg on the error. */
function errCodeOf(err: unknown): number | null {
  const code = typeof err === 'object' && err !== null ? (err as { errCode?: unknown }).errCode : undefined;
  return typeof code === 'number' ? code : null;
}


/**
 * Production delivery of the outbox.
 * - subscribeMessage: the call is built from the registry (types/messages.ts): the template's own
 *   keywords, each value formatted to its type's rule, the registry's page, WX_MINIPROGRAM_STATE.
 *   A template with no id in WX_TEMPLATES is not guessed at: the send fails for good and the outbox
 *   keeps the message with the error (`last_error`), so a missing setting shows instead of vanishing.
 *   (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html)
 * - wxpay.refund: cloudPay.refund with every documented required field, subMchId and nonceStr included
 *   (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/pay/CloudPay.refund.html).
 */
export function cloudSender(config: SenderConfig = senderConfig()): MessageSender {
  return {
    name: 'wechat',
    async send(m) {
      if (m.kind === 'subscribeMessage') {
        const req = buildSubscribeRequest(m.toOpenId, m.payload, config);
        if (!req.ok) throw new PermanentSendError([req.error, ...config.problems].join('; '));
        let res: { errCode?: number; errMsg?: string };
        try {
          res = await cloud.openapi.subscribeMessage.send(req.params);
        } catch (err) {
          const code = errCodeOf(err);
          const text = `subscribeMessage.send (${req.template}): ${err instanceof Error ? err.message : String(err)}`;
          throw code !== null && FINAL_SUBSCRIBE_ERRORS.has(code) ? new PermanentSendError(text) : new Error(text);
        }
        if (res.errCode) {
          const text = `subscribeMessage.send (${req.template}): ${res.errCode} ${res.errMsg ?? ''}`;
          throw FINAL_SUBSCRIBE_ERRORS.has(res.errCode) ? new PermanentSendError(text) : new Error(text);
        }
        return;
      }
      if (m.kind === 'wxpay.refund') {
        const p = m.payload as RefundPayload;
        const res = await cloud.cloudPay.refund({
          outTradeNo: p.outTradeNo,
          outRefundNo: p.outRefundNo,
          totalFee: p.totalFee,
          refundFee: p.refundFee,
          subMchId: p.subMchId,
          // Queued with the refund (cloud/core/payments/refunds.ts); messages queued before that carry none.
          nonceStr: p.nonceStr || randomBytes(16).toString('hex'),
          envId: config.envId,
          functionName: 'payCallback',
        });
        if (res.returnCode !== 'SUCCESS' || res.resultCode !== 'SUCCESS') throw new Error(`cloudPay.refund: ${res.errCodeDes ?? res.returnMsg ?? res.returnCode}`);
        return;
      }
      // 发货信息录入: cloud/functions/shipping.ts (asks WeChat first, so a retry never spends the one re-shipment).
      if (m.kind === SHIPPING_UPLOAD_KIND) return uploadShipping(m.payload);
      // wxpay.unifiedOrder is a record of a call already made.
      if (m.kind === 'wxpay.unifiedOrder') return;
      throw new Error(`no sender for ${m.kind}`);
    },
  };
}
