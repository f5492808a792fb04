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
 *
 * Whose clock: quiet hours and calendar days protect the friends who read the feed, and they read it
 * where they live, not where the seller says the shop is. A 熟人 shop's friends are the seller's WeChat
 * contacts, overwhelmingly in China, which keeps one clock (Beijing time, UTC+8, Asia/Shanghai). So both
 * rules hold in the shop's zone AND in Beijing time: a seller abroad keeps the hours that are day in
 * both places, and a seller in Shanghai who names Los Angeles gains no night hour (issue 12: a 03:00 post
 * planned as "11:00 in Los Angeles"). The other rules count elapsed time and do not depend on a zone.
 */
import type { PostingPolicy } from '../../shop';
import { DAY_MS, MINUTE_MS, advanceWall, clockMinutes, nextLocalMidnight, wallClock } from './zone';

export type PostingRule = 'dailyMax' | 'weeklyMax' | 'minGap' | 'quietHours' | 'productRepeat';

/** When several rules are broken, the first of this order is reported (the contract's table order). */
export const RULE_ORDER: readonly PostingRule[] = ['dailyMax', 'weeklyMax', 'minGap', 'quietHours', 'productRepeat'];

export const WEEK_MS = 7 * DAY_MS;

/** Beijing time: where the friends reading a 熟人 shop's Moments live (see above). */
export const READERS_ZONE = 'Asia/Shanghai';

/** The zones whose clocks quiet hours and calendar days hold in: the shop's, and Beijing time. */
export function ruleZones(policy: PostingPolicy): readonly string[] {
  return policy.timeZone === READERS_ZONE ? [READERS_ZONE] : [policy.timeZone, READERS_ZONE];
}

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
  /** the zones quiet hours and calendar days hold in */
  zones: readonly string[];
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
    zones: ruleZones(policy),
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

/** A calendar day in any of the rule zones holding more than dailyMax posts: broken until the latest such day ends. */
function dailyMax(ctx: RuleContext, t: number): number | null {
  let until: number | null = null;
  for (const tz of ctx.zones) {
    const day = wallClock(t, tz).dayIndex;
    // a local day lasts at most 25 h: only posts within two days can share its date
    const from = upperBound(ctx.all, t - 2 * DAY_MS);
    const to = lowerBound(ctx.all, t + 2 * DAY_MS);
    let count = 1; // the candidate
    for (let i = from; i < to; i += 1) {
      if (wallClock(ctx.all[i], tz).dayIndex === day) count += 1;
    }
    if (count > ctx.policy.dailyMax) until = Math.max(until ?? 0, nextLocalMidnight(t, tz));
  }
  return until;
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

/** Quiet in any of the rule zones: broken until it is no longer quiet in the zone where it lasts longest. */
function quietHours(ctx: RuleContext, t: number): number | null {
  let until: number | null = null;
  for (const tz of ctx.zones) {
    const { msOfDay } = wallClock(t, tz);
    if (!isQuietMinute(Math.floor(msOfDay / MINUTE_MS), ctx.quietStart, ctx.quietEnd)) continue;
    until = Math.max(until ?? 0, advanceWall(t, tz, ctx.quietEnd * MINUTE_MS));
  }
  return until;
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
