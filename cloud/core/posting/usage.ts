/** What the seller's quota meter and time picker show; both built on the same rules as checkPost. */
import type { PostingPolicy } from '../../../types/shop';
import { type WindowProblem, nextAllowedAt, validateWindow } from './policy';
import { type CountedPost, type PostingRule, WEEK_MS, evaluateRules, prepareRules } from './rules';
import { clockText, dayIndexOf, localInstant, wallClock } from './zone';

export interface PostingUsage {
  /** counted posts on today's calendar date in the policy's zone, including ones planned later today */
  today: number;
  /** counted posts in the rolling 7 × 24 h ending now: now − 7 d < at ≤ now */
  last7Days: number;
}

/** For `post.policy`: the usage as of `now` and the next time any post (no product) is allowed. */
export function postingUsage(
  policy: PostingPolicy,
  existing: readonly CountedPost[],
  now: Date,
): { usage: PostingUsage; nextAllowedAt: Date | null } {
  const n = now.getTime();
  const today = wallClock(n, policy.timeZone).dayIndex;
  let todayCount = 0;
  let last7Days = 0;
  for (const post of existing) {
    const t = post.at.getTime();
    if (!Number.isFinite(t)) continue;
    if (wallClock(t, policy.timeZone).dayIndex === today) todayCount += 1;
    if (t > n - WEEK_MS && t <= n) last7Days += 1;
  }
  return { usage: { today: todayCount, last7Days }, nextAllowedAt: nextAllowedAt(policy, existing, null, now, now) };
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
