import * as cloud from 'wx-server-sdk';
import type { MessageSender } from '../core/delivery';

/**
 * Production delivery of the outbox. Template ids come from WX_TEMPLATES (JSON: our template name →
 * the id registered in the mini program console); the message data is shortened to WeChat's limits.
 */
export function cloudSender(): MessageSender {
  const templates = JSON.parse(process.env.WX_TEMPLATES ?? '{}') as Record<string, string>;
  const envId = process.env.TCB_ENV ?? process.env.SCF_NAMESPACE ?? '';
  return {
    name: 'wechat',
    async send(m) {
      const p = m.payload as Record<string, unknown>;
      if (m.kind === 'subscribeMessage') {
        const name = String(p.template ?? p.notice ?? '');
        const templateId = templates[name] ?? templates[String(p.notice ?? '')];
        if (!templateId || !m.toOpenId) throw new Error(`no template configured for ${name}`);
        const data: Record<string, { value: string }> = {};
        for (const [k, v] of Object.entries(p)) if (typeof v === 'string' || typeof v === 'number') data[k] = { value: String(v).slice(0, 20) };
        const res = await cloud.openapi.subscribeMessage.send({ touser: m.toOpenId, templateId, page: typeof p.page === 'string' ? p.page : undefined, data });
        if (res.errCode) throw new Error(`subscribeMessage.send: ${res.errCode} ${res.errMsg ?? ''}`);
        return;
      }
      if (m.kind === 'wxpay.refund') {
        const res = await cloud.cloudPay.refund({
          outTradeNo: String(p.outTradeNo),
          outRefundNo: String(p.outRefundNo),
          totalFee: Number(p.totalFee),
          refundFee: Number(p.refundFee),
          envId,
          functionName: 'payCallback',
        });
        if (res.returnCode !== 'SUCCESS' || res.resultCode !== 'SUCCESS') throw new Error(`cloudPay.refund: ${res.errCodeDes ?? res.returnCode}`);
        return;
      }
      // wxpay.unifiedOrder is a record of a call already made; shipping info upload is not wired yet.
      if (m.kind === 'wxpay.unifiedOrder') return;
      throw new Error(`no sender for ${m.kind}`);
    },
  };
}
