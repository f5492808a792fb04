import type { PauseReason, Post, PostStatus, ReminderState } from '../../../types/post';
import type { PostingPolicy } from '../../../types/shop';
import type { Queryable } from '../../db/types';
import { brokenRules, countedOf, type CountedPost, type PostState } from '../../../types/rules/posting';
import { iso } from '../time';

export interface PostRow {
  id: string;
  shop_id: string;
  at: Date;
  text: string;
  product_id: string | null;
  images: string[];
  status: PostStatus;
  notify_followers: boolean;
  paused_reason: PauseReason | null;
  reminder: ReminderState;
  reminded_at: Date | null;
  posted_at: Date | null;
  created_at: Date;
}

/** Posts old enough can no longer affect any rule (the longest reach is 14 days of product repeat). */
const REACH_MS = 15 * 86_400_000;

/** What the pure lifecycle (types/rules/posting/lifecycle.ts) needs of a row. */
export function stateOf(r: Pick<PostRow, 'id' | 'at' | 'product_id' | 'status' | 'paused_reason' | 'posted_at'>): PostState {
  return {
    id: r.id,
    at: new Date(r.at),
    productId: r.product_id,
    status: r.status,
    paused: r.paused_reason !== null,
    postedAt: r.posted_at ? new Date(r.posted_at) : null,
  };
}

/**
 * The posts that count for a check around `now`, each at the instant it counts at: planned and not
 * paused at its time, posted when it went out (countsAt). A posted post counts at or before its planned
 * time, so rows planned within the reach hold every post that can matter.
 */
export async function countedPosts(q: Queryable, shopId: string, now: Date, exceptId?: string): Promise<(CountedPost & { id: string })[]> {
  const rows = await q.query<Pick<PostRow, 'id' | 'at' | 'product_id' | 'status' | 'paused_reason' | 'posted_at'>>(
    `SELECT id, at, product_id, status, paused_reason, posted_at FROM posts
     WHERE shop_id = $1 AND status IN ('scheduled', 'posted') AND at >= $2 AND id <> $3`,
    [shopId, new Date(now.getTime() - REACH_MS), exceptId ?? ''],
  );
  return countedOf(rows.map(stateOf));
}

/**
 * A post as the seller sees it, with the rules it breaks under the current policy: tightening a
 * policy never cancels planned posts, but the seller is shown which ones no longer fit.
 */
export function toPost(r: PostRow, policy: PostingPolicy, counted: (CountedPost & { id: string })[]): Post {
  const others = counted.filter((c) => c.id !== r.id);
  const violations = r.status === 'scheduled' && !r.paused_reason ? brokenRules(policy, others, { at: new Date(r.at), productId: r.product_id }) : [];
  return {
    id: r.id,
    shopId: r.shop_id,
    at: iso(r.at),
    text: r.text,
    productId: r.product_id,
    images: r.images,
    status: r.status,
    notifyFollowers: r.notify_followers,
    paused: r.paused_reason,
    reminder: r.reminder,
    remindedAt: r.reminded_at ? iso(r.reminded_at) : null,
    postedAt: r.posted_at ? iso(r.posted_at) : null,
    createdAt: iso(r.created_at),
    violations,
  };
}
