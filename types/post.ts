import { z } from 'zod';
import { imageUrl, list, optionalText, requiredId, text } from './validation';
import { validationText } from './zh-CN/errors';
import type { PostingPolicy } from './shop';

export type PostStatus = 'scheduled' | 'posted' | 'cancelled';
export type ReminderState = 'pending' | 'sent' | 'in_app';
/** Why a scheduled post is on hold: its product sold out or was archived, or it no longer fits the policy on resuming. */
export type PauseReason = 'sold_out' | 'archived' | 'policy';
export type PostingRuleName = 'dailyMax' | 'weeklyMax' | 'minGap' | 'quietHours' | 'productRepeat';

/** The subscription message template of post reminders (the real id is configured in production). */
export const POST_REMINDER_TEMPLATE = 'post_reminder';
/** The template friends consent to when they follow a shop's updates. */
export const SHOP_UPDATE_TEMPLATE = 'shop_update';

export interface Post {
  id: string;
  shopId: string;
  at: string;
  text: string;
  productId: string | null;
  images: string[];
  status: PostStatus;
  /** at its time, friends who follow the shop are told too (the same policy applies: it is a post) */
  notifyFollowers: boolean;
  /** null while active; a paused post neither counts against the policy nor reminds anyone */
  paused: PauseReason | null;
  reminder: ReminderState;
  remindedAt: string | null;
  postedAt: string | null;
  createdAt: string;
  /** rules this post breaks under the shop's current policy (after the seller tightened it); empty normally */
  violations: PostingRuleName[];
}

export interface PostingUsageView {
  today: number;
  last7Days: number;
}

export interface PostPolicyView {
  policy: PostingPolicy;
  usage: PostingUsageView;
  /** the earliest time from now a new post (without a product) would be accepted */
  nextAllowedAt: string | null;
}

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
  template: optionalText('模板', 64),
});

export const postShareCodeSchema = z.object({ productId: requiredId('商品').optional() });

export type PostScheduleParams = z.input<typeof postScheduleSchema>;
