/**
 * A planned post's life as the policy sees it: which posts count, and at which instant, and whether a
 * post may be marked posted now. Pure, like the rest of this module: the `post.*` actions and the
 * timer pass the rows they hold under the shop's row lock, and the property test drives the same
 * functions through random sequences of schedule / reschedule / cancel / markPosted / pause / resume.
 */
import type { PostingPolicy } from '../../shop';
import { searchNextAllowed } from './policy';
import { type CountedPost, type PostingRule, evaluateRules, prepareRules } from './rules';
import { MINUTE_MS } from './zone';

/**
 * How early a post may be marked posted: from 30 minutes before its time. The reminder comes at the
 * time and the seller posts right after it, so a later mark is the normal case; a little earlier covers
 * a seller who is at the phone anyway (or "发朋友圈 now", planned a minute ahead), while a post days
 * ahead cannot be marked — it would leave its planned slot free and count nowhere near when it went out.
 * Half an hour is less than any gap the policy allows (≥ 2 h), so an early mark can never reach past
 * the previous planned post.
 */
export const MARK_EARLY_MINUTES = 30;
export const MARK_EARLY_MS = MARK_EARLY_MINUTES * MINUTE_MS;

export type LifecycleStatus = 'scheduled' | 'posted' | 'cancelled';

/** What the policy needs of a post row. */
export interface PostState {
  id: string;
  /** the planned time */
  at: Date;
  productId: string | null;
  status: LifecycleStatus;
  /** on hold (product sold out or archived, or no longer fitting the policy on resuming) */
  paused: boolean;
  /** when the seller marked it posted */
  postedAt: Date | null;
}

/**
 * The instant a post counts at, or null when it does not count. A posted post counts at the time it
 * went out: the moment it was marked when that came before its planned time, else its planned time
 * (it was reminded then; the tap that records it may come later, and moving it later could only push
 * into the next planned post). A planned post counts at its time unless paused; cancelled never.
 */
export function countsAt(post: PostState): Date | null {
  if (post.status === 'posted') {
    const at = post.at.getTime();
    const posted = post.postedAt ? post.postedAt.getTime() : at;
    return new Date(Math.min(at, posted));
  }
  if (post.status === 'scheduled' && !post.paused) return post.at;
  return null;
}

/** The counted posts of a shop, each at the instant it counts at (without `exceptId`). */
export function countedOf(posts: readonly PostState[], exceptId?: string): (CountedPost & { id: string })[] {
  const counted: (CountedPost & { id: string })[] = [];
  for (const p of posts) {
    if (p.id === exceptId) continue;
    const at = countsAt(p);
    if (at) counted.push({ id: p.id, at, productId: p.productId });
  }
  return counted;
}

/** The first instant a post planned at `at` may be marked posted. */
export function markableFrom(at: Date): Date {
  return new Date(at.getTime() - MARK_EARLY_MS);
}

export type MarkCheck =
  /** mark it: `postedAt` is now, and it will count at `countsAt` */
  | { ok: true; postedAt: Date; countsAt: Date }
  /** CONFLICT: not a planned post, on hold, or not due yet (`markableFrom`) */
  | { ok: false; reason: 'notScheduled' | 'paused' }
  | { ok: false; reason: 'notDue'; markableFrom: Date }
  /** POSTING_LIMIT: counting it now would break `rule`; `nextAllowedAt` is when a mark would be accepted (null: never, as planned) */
  | { ok: false; reason: 'policy'; rule: PostingRule; nextAllowedAt: Date | null };

/**
 * Whether `post` may be marked posted at `now`, checked like a new post against the others that count
 * (`others`, without this one): marking moves the post to the instant it counts at, and no sequence of
 * marks, moves, pauses and resumes may leave a window over the policy. A post flagged after the policy
 * was tightened (or the zone changed) cannot be marked as it is: the seller moves or cancels it.
 */
export function checkMarkPosted(policy: PostingPolicy, post: PostState, others: readonly CountedPost[], now: Date): MarkCheck {
  if (post.status !== 'scheduled') return { ok: false, reason: 'notScheduled' };
  if (post.paused) return { ok: false, reason: 'paused' };
  const n = now.getTime();
  const at = post.at.getTime();
  const from = markableFrom(post.at);
  if (n < from.getTime()) return { ok: false, reason: 'notDue', markableFrom: from };
  const counts = Math.min(n, at);
  const ctx = prepareRules(policy, others, post.productId);
  const broken = evaluateRules(ctx, counts);
  if (broken.length === 0) return { ok: true, postedAt: now, countsAt: new Date(counts) };
  return { ok: false, reason: 'policy', rule: broken[0].rule, nextAllowedAt: nextMarkable(ctx, n, at) };
}

/**
 * When marking would be accepted: a mark before the planned time counts at its moment, so the first
 * allowed minute before `at`; from `at` on it counts at `at`, so `at` itself if that is allowed; else null.
 */
function nextMarkable(ctx: ReturnType<typeof prepareRules>, now: number, at: number): Date | null {
  if (now < at) {
    const next = searchNextAllowed(ctx, now, now);
    if (next !== null && next < at) return new Date(next);
    return evaluateRules(ctx, at).length === 0 ? new Date(at) : null;
  }
  return null;
}
