/**
 * The five rules of the posting policy (CONTRACT.md, `PostingPolicy`), each evaluated at one
 * instant against the posts that count. A broken rule also says how long it stays broken:
 * every instant in [t, until) breaks it too, which lets the search for the next allowed time
 * jump instead of stepping minute by minute.
 *
 * Boundaries: two posts exactly `minGapMinutes` apart are fine, as are two posts of one
 * product exactly `productRepeatDays` × 24 h apart; a rolling week is a half-open window
 * [s, s + 7 × 24 h), so posts exactly 7 × 24 h apart never share one. Quiet hours are the
 * half-open wall-clock interval [quietStart, quietEnd) (crossing midnight when start > end;
 * empty when start = end, which shop validation never allows).
 */
import type { PostingPolicy } from '../../../types/shop';
import { DAY_MS, MINUTE_MS, advanceWall, clockMinutes, nextLocalMidnight, wallClock } from './zone';

export type PostingRule = 'dailyMax' | 'weeklyMax' | 'minGap' | 'quietHours' | 'productRepeat';

/** When several rules are broken, the first of this order is reported (the contract's table order). */
export const RULE_ORDER: readonly PostingRule[] = ['dailyMax', 'weeklyMax', 'minGap', 'quietHours', 'productRepeat'];

export const WEEK_MS = 7 * DAY_MS;

/** A post that counts: status `scheduled` or `posted` (the caller filters). */
export interface CountedPost {
  at: Date;
  productId: string | null;
}

export interface BrokenRule {
  rule: PostingRule;
  /** every instant in [t, until) breaks this rule as well */
  until: number;
}

/** A policy and the posts that count, prepared for many evaluations of one candidate product. */
export interface RuleContext {
  policy: PostingPolicy;
  quietStart: number;
  quietEnd: number;
  /** every counted post, sorted */
  all: number[];
  /** counted posts of the candidate's product, sorted (empty when it has none) */
  sameProduct: number[];
}

export function prepareRules(policy: PostingPolicy, existing: readonly CountedPost[], productId: string | null): RuleContext {
  const all: number[] = [];
  const sameProduct: number[] = [];
  for (const post of existing) {
    const t = post.at.getTime();
    if (!Number.isFinite(t)) continue;
    all.push(t);
    if (productId !== null && post.productId === productId) sameProduct.push(t);
  }
  all.sort((a, b) => a - b);
  sameProduct.sort((a, b) => a - b);
  return {
    policy,
    quietStart: clockMinutes(policy.quietStart),
    quietEnd: clockMinutes(policy.quietEnd),
    all,
    sameProduct,
  };
}

/** index of the first element ≥ value */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** index of the first element > value */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function isQuietMinute(minuteOfDay: number, quietStart: number, quietEnd: number): boolean {
  if (quietStart === quietEnd) return false;
  if (quietStart < quietEnd) return minuteOfDay >= quietStart && minuteOfDay < quietEnd;
  return minuteOfDay >= quietStart || minuteOfDay < quietEnd;
}

/** Posts within `span` of t on either side (|p − t| < span): the latest one's p + span, or null. */
function nearbyUntil(sorted: readonly number[], t: number, span: number): number | null {
  const from = upperBound(sorted, t - span);
  const to = lowerBound(sorted, t + span);
  return to > from ? sorted[to - 1] + span : null;
}

function dailyMax(ctx: RuleContext, t: number): number | null {
  const tz = ctx.policy.timeZone;
  const day = wallClock(t, tz).dayIndex;
  // a local day lasts at most 25 h: only posts within two days can share its date
  const from = upperBound(ctx.all, t - 2 * DAY_MS);
  const to = lowerBound(ctx.all, t + 2 * DAY_MS);
  let count = 1; // the candidate
  for (let i = from; i < to; i += 1) {
    if (wallClock(ctx.all[i], tz).dayIndex === day) count += 1;
  }
  return count > ctx.policy.dailyMax ? nextLocalMidnight(t, tz) : null;
}

/**
 * Some window [s, s + 7 d) holding t holds more than weeklyMax posts iff some weeklyMax other
 * posts and t span less than 7 d. Such a group G keeps breaking the rule until min(G) + 7 d,
 * and the group of weeklyMax consecutive posts starting at min(G) breaks it too, so trying
 * every run of consecutive posts finds the longest-lasting violation.
 */
function weeklyMax(ctx: RuleContext, t: number): number | null {
  const size = ctx.policy.weeklyMax;
  const from = upperBound(ctx.all, t - WEEK_MS);
  const to = lowerBound(ctx.all, t + WEEK_MS);
  let until: number | null = null;
  for (let i = from; i + size - 1 < to; i += 1) {
    const first = ctx.all[i];
    const last = ctx.all[i + size - 1];
    if (Math.max(last, t) - Math.min(first, t) < WEEK_MS) {
      const end = first + WEEK_MS;
      if (until === null || end > until) until = end;
    }
  }
  return until;
}

function minGap(ctx: RuleContext, t: number): number | null {
  return nearbyUntil(ctx.all, t, ctx.policy.minGapMinutes * MINUTE_MS);
}

function quietHours(ctx: RuleContext, t: number): number | null {
  const tz = ctx.policy.timeZone;
  const { msOfDay } = wallClock(t, tz);
  if (!isQuietMinute(Math.floor(msOfDay / MINUTE_MS), ctx.quietStart, ctx.quietEnd)) return null;
  return advanceWall(t, tz, ctx.quietEnd * MINUTE_MS);
}

function productRepeat(ctx: RuleContext, t: number): number | null {
  return nearbyUntil(ctx.sameProduct, t, ctx.policy.productRepeatDays * DAY_MS);
}

const RULES: Record<PostingRule, (ctx: RuleContext, t: number) => number | null> = {
  dailyMax,
  weeklyMax,
  minGap,
  quietHours,
  productRepeat,
};

/** Every rule a post at instant t would break, in RULE_ORDER; empty when the post is allowed. */
export function evaluateRules(ctx: RuleContext, t: number): BrokenRule[] {
  const broken: BrokenRule[] = [];
  for (const rule of RULE_ORDER) {
    const until = RULES[rule](ctx, t);
    if (until !== null) broken.push({ rule, until });
  }
  return broken;
}
