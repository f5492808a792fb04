import { z } from 'zod';
import { imageUrl, isoTime, list, optionalText, requiredId, text } from './validation';
import { validationText } from './zh-CN/errors';
import { postFieldText } from './zh-CN/validation';
import { isTemplateName } from './messages-templates';

/** The strict ISO time schema lives with the other builders; re-exported for older imports. */
export { isoTime };

export const postScheduleSchema = z.object({
  at: isoTime(postFieldText.at),
  text: text(postFieldText.text, 1000),
  productId: requiredId(postFieldText.product).optional(),
  images: list(postFieldText.images, imageUrl(postFieldText.images), 9).optional(),
  notifyFollowers: z.boolean({ error: validationText.invalid(postFieldText.notifyFollowers) }).optional(),
});

export const postRescheduleSchema = z.object({ postId: requiredId(postFieldText.post), at: isoTime(postFieldText.at) });
export const postIdSchema = z.object({ postId: requiredId(postFieldText.post) });
export const postListSchema = z.object({ from: isoTime(postFieldText.from).optional(), to: isoTime(postFieldText.to).optional() });
export const postPolicySchema = z.object({});

/** The app reports what the seller answered to requestSubscribeMessage: each acceptance allows one message. */
export const postConsentSchema = z.object({
  accepted: z.boolean({ error: validationText.invalid(postFieldText.consent) }),
  // a template of the registry (types/messages-templates.ts): consents to anything else could never be spent
  template: optionalText(postFieldText.template, 64).refine((t) => t === undefined || isTemplateName(t), { message: validationText.invalid(postFieldText.template) }),
});

export const postShareCodeSchema = z.object({ productId: requiredId(postFieldText.product).optional() });

