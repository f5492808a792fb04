/** What the seller's quota meter and time picker show; both built on the same rules as checkPost. */
import type { PostingPolicy } from '../../shop';
import { type Candidate, type WindowProblem, checkPost, nextAllowedAt, validateWindow } from './policy';
import { type CountedPost, type PostingRule, evaluateRules, prepareRules } from './rules';
import { clockText, dayIndexOf, localInstant, wallClock } from './zone';

export interface PostingUsage {
  /** counted posts on today's calendar date in the policy's zone, including ones planned later today */
  today: number;
  /**
   * counted posts on the 7 calendar dates ending today (today and the 6 before) in the policy's zone, including
   * ones planned later today. The same kind of post in the same kind of window as `today`, so today ≤ last7Days
   * always holds: before, this was the rolling 7 × 24 h ending now, which left out what was planned for later
   * today, and a seller saw "今天 2/2" beside "近 7 天 0/6" (issue 14).
   */
  last7Days: number;
}

/** One block of 7 calendar dates in the policy's zone and the counted posts on them. */
export interface UsageWeek {
  /** 0: the 7 dates ending today; 1: the 7 before those… */
  weeksAgo: number;
  /** first and last local date of the block, as day indices (days since 1970-01-01) */
  firstDay: number;
  lastDay: number;
  count: number;
}

/**
 * Counted posts per block of 7 calendar dates in the policy's zone, the newest block ending today (later today
 * included). Block 0 is `usage.last7Days`; the feed-health chart draws the blocks, so its newest bar and the
 * quota meter always show one number.
 */
export function usageWeeks(policy: PostingPolicy, existing: readonly CountedPost[], now: Date, weeks: number): UsageWeek[] {
  const today = wallClock(now.getTime(), policy.timeZone).dayIndex;
  const blocks: UsageWeek[] = Array.from({ length: Math.max(0, weeks) }, (_, i) => ({
    weeksAgo: i,
    firstDay: today - 7 * i - 6,
    lastDay: today - 7 * i,
    count: 0,
  }));
  for (const post of existing) {
    const t = post.at.getTime();
    if (!Number.isFinite(t)) continue;
    const i = Math.floor((today - wallClock(t, policy.timeZone).dayIndex) / 7);
    if (i >= 0 && i < blocks.length) blocks[i].count += 1;
  }
  return blocks;
}

/** For `post.policy`: the usage as of `now` and the next time any post (no product) is allowed. */
export function postingUsage(
  policy: PostingPolicy,
  existing: readonly CountedPost[],
  now: Date,
): { usage: PostingUsage; nextAllowedAt: Date | null } {
  const today = wallClock(now.getTime(), policy.timeZone).dayIndex;
  let todayCount = 0;
  for (const post of existing) {
    const t = post.at.getTime();
    if (Number.isFinite(t) && wallClock(t, policy.timeZone).dayIndex === today) todayCount += 1;
  }
  const [week] = usageWeeks(policy, existing, now, 1);
  return { usage: { today: todayCount, last7Days: week.count }, nextAllowedAt: nextAllowedAt(policy, existing, null, now, now) };
}

/**
 * Why a post may not go at `at`, and the next time it may: the same verdict `post.schedule` answers
 * (checkPost), so a greyed slot tells the seller exactly what the backend would. For a time already past
 * (`tooSoon`) the next time is counted from now. Null when the post is allowed there.
 */
export function explainTime(
  policy: PostingPolicy,
  existing: readonly CountedPost[],
  candidate: Candidate,
  now: Date,
): { rule: PostingRule | WindowProblem; nextAllowedAt: Date | null } | null {
  const check = checkPost(policy, existing, candidate, now);
  if (check.ok) return null;
  if (check.rule === 'tooSoon') return { rule: check.rule, nextAllowedAt: nextAllowedAt(policy, existing, candidate.productId, now, now) };
  return { rule: check.rule, nextAllowedAt: check.nextAllowedAt };
}

export interface Slot {
  /** local wall-clock time, "HH:MM" */
  time: string;
  /** the instant; null when this local time does not exist that day (skipped by a DST jump) */
  at: Date | null;
  allowed: boolean;
  /** why not: the first broken rule, a window problem, or null (allowed, or nonexistent time) */
  rule: PostingRule | WindowProblem | null;
}

/**
 * The time picker's slots for one local date ("YYYY-MM-DD" in the policy's zone), every
 * `stepMinutes` from 00:00. A local time that occurs twice (autumn) is offered once, at its
 * first occurrence. Returns [] for an invalid date or step.
 */
export function daySlots(
  policy: PostingPolicy,
  existing: readonly CountedPost[],
  day: { date: string; productId: string | null; stepMinutes?: number },
  now: Date,
): Slot[] {
  const step = day.stepMinutes ?? 30;
  const dayIndex = dayIndexOf(day.date);
  if (dayIndex === null || !Number.isInteger(step) || step < 1 || step > 1440) return [];
  const ctx = prepareRules(policy, existing, day.productId);
  const slots: Slot[] = [];
  for (let minute = 0; minute < 1440; minute += step) {
    const time = clockText(minute);
    const at = localInstant(dayIndex, minute, policy.timeZone);
    if (at === null) {
      slots.push({ time, at: null, allowed: false, rule: null });
      continue;
    }
    const problem = validateWindow(new Date(at), now);
    const rule = problem ?? evaluateRules(ctx, at)[0]?.rule ?? null;
    slots.push({ time, at: new Date(at), allowed: rule === null, rule });
  }
  return slots;
}
