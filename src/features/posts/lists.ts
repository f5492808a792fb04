import type { Post, PostingRuleName } from '../../../types/post';
import type { PostingPolicy } from '../../../types/shop';
import type { CountedPost } from '../../../types/rules/posting/rules';
import { usageWeeks } from '../../../types/rules/posting/usage';
import { checkMarkPosted, countedOf, type MarkCheck, type PostState } from '../../../types/rules/posting/lifecycle';
import { postingText } from '../../../types/zh-CN/posting';
import { postsUi } from '../../../types/zh-CN/posts-ui';
import { formatPrice } from '../../utils/price';
import { dayIndexAt, formatLocal, mondayOf } from './time';

/**
 * "Due now": still planned (not paused) and its time has come — by the app's clock, or because the
 * timer already handled it (reminder 'sent' or 'in_app': the backend's clock says it is due).
 */
export function isDueNow(post: Post, now: number): boolean {
  if (post.status !== 'scheduled' || post.paused) return false;
  return Date.parse(post.at) <= now || post.reminder !== 'pending';
}

export interface PostGroups {
  due: Post[];
  upcoming: Post[];
  posted: Post[];
  cancelled: Post[];
}

/** The scheduler's four lists: due (oldest first), upcoming (soonest first), posted and cancelled (latest first). */
export function groupPosts(posts: readonly Post[], now: number): PostGroups {
  const byAt = [...posts].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const groups: PostGroups = { due: [], upcoming: [], posted: [], cancelled: [] };
  for (const post of byAt) {
    if (post.status === 'posted') groups.posted.unshift(post);
    else if (post.status === 'cancelled') groups.cancelled.unshift(post);
    else if (isDueNow(post, now)) groups.due.push(post);
    else groups.upcoming.push(post);
  }
  return groups;
}

/** A post as the backend's pure posting lifecycle reads it. */
export function postStateOf(p: Post): PostState {
  return { id: p.id, at: new Date(p.at), productId: p.productId, status: p.status, paused: p.paused !== null, postedAt: p.postedAt ? new Date(p.postedAt) : null };
}

/**
 * The posts the policy counts (as the backend's countedPosts), each when it counts: scheduled and not
 * paused at its time, posted when it went out.
 */
export function countedFrom(posts: readonly Post[], exceptId?: string): CountedPost[] {
  return countedOf(posts.map(postStateOf), exceptId).map(({ at, productId }) => ({ at, productId }));
}

/**
 * Whether "我已发出" would be accepted now, by the backend's own rule (post.markPosted): due (from 30
 * minutes before its time), not paused, and within the policy counted with `posts` (the listed ones).
 */
export function markCheck(post: Post, posts: readonly Post[], policy: PostingPolicy, now: number): MarkCheck {
  return checkMarkPosted(policy, postStateOf(post), countedFrom(posts, post.id), new Date(now));
}

/** Why a planned post cannot be marked posted yet, for the seller (null when it can, or when it is not planned). */
export function markHint(check: MarkCheck, policy: PostingPolicy): string | null {
  if (check.ok) return null;
  const tz = policy.timeZone;
  switch (check.reason) {
    case 'notScheduled':
      return null;
    case 'notDue':
      return postingText.mark.from(formatLocal(check.markableFrom.getTime(), tz));
    case 'paused':
      return postsUi.markPaused;
    case 'policy':
      return postingText.rule[check.rule](policy) + (check.nextAllowedAt ? postingText.mark.from(formatLocal(check.nextAllowedAt.getTime(), tz)) : postingText.mark.never);
  }
}

export interface WeekDay {
  dayIndex: number;
  posts: Post[];
}

/** Seven columns from `monday`, each with that local day's posts in time order. */
export function weekColumns(posts: readonly Post[], monday: number, timeZone: string): WeekDay[] {
  const days: WeekDay[] = Array.from({ length: 7 }, (_, i) => ({ dayIndex: monday + i, posts: [] }));
  const sorted = [...posts].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const post of sorted) {
    const i = dayIndexAt(Date.parse(post.at), timeZone) - monday;
    if (i >= 0 && i < 7) days[i].posts.push(post);
  }
  return days;
}

export interface HealthWeek {
  /** 0 = the 7 calendar days ending today (the quota meter's 近 7 天), 1 = the 7 before… */
  weeksAgo: number;
  firstDay: number;
  lastDay: number;
  count: number;
  over: boolean;
}

/**
 * Posts that count (posted, or planned and not paused; not cancelled) per block of 7 calendar days in the shop's
 * zone, the newest ending today with what is planned later today: the backend's usage (usageWeeks), so the
 * newest bar is the quota meter's 近 7 天 and includes its 今天.
 */
export function feedHealth(posts: readonly Post[], now: number, policy: PostingPolicy): HealthWeek[] {
  return usageWeeks(policy, countedFrom(posts), new Date(now), 4).map((w) => ({ ...w, over: w.count > policy.weeklyMax }));
}

/** The composer's first draft from a product: title, price, story. */
export function draftFromProduct(product: { title: string; priceFen: number; story: string }): string {
  return postsUi.draft(product.title, formatPrice(product.priceFen), product.story).slice(0, 1000);
}

/** "每天条数、最短间隔" */
export function violationText(rules: readonly PostingRuleName[]): string {
  return postsUi.violations(postsUi.ruleNames(rules, postingText.ruleName));
}

/** "4 小时" for the policy line. */
export function gapText(policy: PostingPolicy): string {
  return postsUi.duration(policy.minGapMinutes);
}

/** The Monday of the week holding `now` in the zone, and its range as instants. */
export function currentMonday(now: number, timeZone: string): number {
  return mondayOf(dayIndexAt(now, timeZone));
}

/** Whether the next allowed time is noticeably later than now (more than the minute "post now" needs). */
export function postingClosedNow(nextAllowedAt: string, now: number): boolean {
  return Date.parse(nextAllowedAt) > now + 60_000;
}
