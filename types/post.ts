// Types and constants only (no zod), so the app's main package may import them.
// The schemas live in ./post-schemas.ts.
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
  /** when the seller marked it posted; it counts from then, or from `at` if marked later (types/rules/posting/lifecycle.ts) */
  postedAt: string | null;
  createdAt: string;
  /**
   * rules this planned post breaks under the shop's current policy (after the seller tightened it or changed
   * its time zone); empty normally. Such a post cannot be marked posted as planned: move or cancel it.
   */
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

/** What `post.schedule` takes (validated by postScheduleSchema in ./post-schemas.ts). */
export interface PostScheduleParams {
  /** ISO 8601 with offset */
  at: string;
  text: string;
  productId?: string;
  images?: string[];
  notifyFollowers?: boolean;
}
