import { z } from 'zod';
import { imageUrl, isoTime, list, optionalText, requiredId, text } from './validation';
import { validationText } from './zh-CN/errors';
import { isTemplateName } from './messages-templates';

/** The strict ISO time schema lives with the other builders; re-exported for older imports. */
export { isoTime };

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

