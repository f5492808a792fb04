import { z } from 'zod';
import { imageUrl, list, optionalText, requiredId, text } from './validation';
import { validationText } from './zh-CN/errors';
import { isTemplateName } from './messages-templates';

const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 time with its offset (the contract: times carry an offset). */
export function isoTime(label: string) {
  return text(label, 40)
    .superRefine((s, ctx) => {
      if (s && (!ISO_RE.test(s) || Number.isNaN(Date.parse(s)))) {
        ctx.addIssue({ code: 'custom', message: validationText.isoTime(label), params: { kind: 'invalid' } });
      }
    })
    .transform((s) => new Date(s));
}

export const postScheduleSchema = z.object({
  at: isoTime('发圈时间'),
  text: text('文案', 1000),
  productId: requiredId('商品').optional(),
  images: list('图片', imageUrl('图片'), 9).optional(),
  notifyFollowers: z.boolean({ error: validationText.invalid('通知关注的朋友') }).optional(),
});

export const postRescheduleSchema = z.object({ postId: requiredId('发圈计划'), at: isoTime('发圈时间') });
export const postIdSchema = z.object({ postId: requiredId('发圈计划') });
export const postListSchema = z.object({ from: isoTime('开始时间').optional(), to: isoTime('结束时间').optional() });
export const postPolicySchema = z.object({});

/** The app reports what the seller answered to requestSubscribeMessage: each acceptance allows one message. */
export const postConsentSchema = z.object({
  accepted: z.boolean({ error: validationText.invalid('订阅结果') }),
  // a template of the registry (types/messages-templates.ts): consents to anything else could never be spent
  template: optionalText('模板', 64).refine((t) => t === undefined || isTemplateName(t), { message: validationText.invalid('模板') }),
});

export const postShareCodeSchema = z.object({ productId: requiredId('商品').optional() });

