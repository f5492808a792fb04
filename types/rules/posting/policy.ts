/**
 * Whether a post may be planned at a time, and if not, the next time it may.
 *
 * Modelled on cal.com's `checkBookingLimits`: the calendar is read in the seller's time zone,
 * posts are counted, and the answer is a coded result. Pure: no clock, no database; the caller
 * passes `now` and the posts that count (status scheduled or posted, without the post being
 * moved when rescheduling).
 */
import type { PostingPolicy } from '../../shop';
import { type CountedPost, type PostingRule, type RuleContext, evaluateRules, prepareRules } from './rules';
import { DAY_MS, MINUTE_MS, ceilMinute } from './zone';

/** `at` must lie in the future and at most this many days (× 24 h) ahead. */
export const HORIZON_DAYS = 60;
export const HORIZON_MS = HORIZON_DAYS * DAY_MS;

/**
 * Problems with the requested time itself, before any rule: the backend answers `BAD_INPUT`
 * for these (field `at`), never `POSTING_LIMIT`.
 * - `tooSoon`: `at` ≤ now (or not a valid time);
 * - `tooFar`: `at` > now + 60 × 24 h.
 */
export type WindowProblem = 'tooSoon' | 'tooFar';

export interface Candidate {
  at: Date;
  productId: string | null;
}

export type PostCheck =
  | { ok: true }
  /** POSTING_LIMIT: `rule` and `nextAllowedAt` as in the contract */
  | { ok: false; rule: PostingRule; nextAllowedAt: Date | null }
  /** BAD_INPUT on `at` */
  | { ok: false; rule: WindowProblem; nextAllowedAt: null };

export function validateWindow(at: Date, now: Date): WindowProblem | null {
  const t = at.getTime();
  const n = now.getTime();
  if (!(t > n)) return 'tooSoon';
  if (t - n > HORIZON_MS) return 'tooFar';
  return null;
}

/** True for the five rule names a `POSTING_LIMIT` error may carry. */
export function isPostingRule(rule: PostingRule | WindowProblem): rule is PostingRule {
  return rule !== 'tooSoon' && rule !== 'tooFar';
}

/**
 * The earliest whole minute m with m ≥ from, m > now and m ≤ now + 60 d at which a post is
 * allowed, or null. Each broken rule says until when it stays broken; jumping to the latest
 * of those (rounded up to a whole minute) can never pass an allowed minute, and every jump
 * moves at least one minute, so the loop ends at exactly the earliest allowed minute.
 */
export function searchNextAllowed(ctx: RuleContext, from: number, now: number): number | null {
  const horizon = now + HORIZON_MS;
  let t = ceilMinute(Math.max(from, now + 1));
  while (t <= horizon) {
    const broken = evaluateRules(ctx, t);
    if (broken.length === 0) return t;
    let jump = t + MINUTE_MS;
    for (const b of broken) jump = Math.max(jump, ceilMinute(b.until));
    t = jump;
  }
  return null;
}

/**
 * Every rule a post at `candidate.at` would break, in RULE_ORDER (empty: allowed). Ignores
 * the time window; meant for flagging planned posts after the owner tightens the policy
 * (pass the other counted posts as `existing`).
 */
export function brokenRules(policy: PostingPolicy, existing: readonly CountedPost[], candidate: Candidate): PostingRule[] {
  const ctx = prepareRules(policy, existing, candidate.productId);
  return evaluateRules(ctx, candidate.at.getTime()).map((b) => b.rule);
}

/**
 * Checks a new or moved post. Order: the time window first (`tooSoon`, `tooFar`), then the
 * rules in RULE_ORDER — dailyMax, weeklyMax, minGap, quietHours, productRepeat — and the first
 * broken one is reported. `nextAllowedAt` is the earliest whole minute at or after `at`
 * (and within 60 days of now) at which the same post would be accepted, or null.
 */
export function checkPost(policy: PostingPolicy, existing: readonly CountedPost[], candidate: Candidate, now: Date): PostCheck {
  const problem = validateWindow(candidate.at, now);
  if (problem) return { ok: false, rule: problem, nextAllowedAt: null };
  const ctx = prepareRules(policy, existing, candidate.productId);
  const t = candidate.at.getTime();
  const broken = evaluateRules(ctx, t);
  if (broken.length === 0) return { ok: true };
  const next = searchNextAllowed(ctx, t, now.getTime());
  return { ok: false, rule: broken[0].rule, nextAllowedAt: next === null ? null : new Date(next) };
}

/**
 * The earliest whole minute at or after `from` (and after `now`, within 60 days of it) at
 * which a post of `productId` (null: no product) would be accepted, or null.
 */
export function nextAllowedAt(
  policy: PostingPolicy,
  existing: readonly CountedPost[],
  productId: string | null,
  from: Date,
  now: Date,
): Date | null {
  const next = searchNextAllowed(prepareRules(policy, existing, productId), from.getTime(), now.getTime());
  return next === null ? null : new Date(next);
}
