import { POST_REMINDER_TEMPLATE, type Post, type PostPolicyView } from '../../../types/post';
import { postIdSchema, postListSchema, postPolicySchema, postRescheduleSchema, postScheduleSchema, postConsentSchema, postShareCodeSchema } from '../../../types/post-schemas';
import { domainText, fieldText } from '../../../types/zh-CN/errors';
import { addConsents } from '../consents';
import type { Queryable } from '../../db/types';
import { lockCallerShop } from '../catalog/access';
import { checkTexts, recordImages, submitImages } from '../content';
import { newId } from '../ids';
import { checkMarkPosted, postingUsage, type MarkCheck } from '../../../types/rules/posting';
import type { PostingPolicy } from '../../../types/shop';
import { postingText } from '../../../types/zh-CN/posting';
import { authedAction } from '../runtime/action';
import { AppError, conflict, forbidden, notFound } from '../runtime/errors';
import { findShopOfOwner, toShop, type ShopRow } from '../shops/rows';
import { assertPostAllowed, localTime } from './limit';
import { countedPosts, stateOf, toPost, type PostRow } from './rows';

const policyOf = (shop: ShopRow) => toShop(shop).policy;

async function ownPost(tx: Queryable, shop: ShopRow, postId: string): Promise<PostRow> {
  const [row] = await tx.query<PostRow>('SELECT * FROM posts WHERE id = $1 FOR UPDATE', [postId]);
  // Another shop's plans are not visible at all.
  if (!row || row.shop_id !== shop.id) throw notFound(domainText.postNotFound);
  return row;
}

async function view(tx: Queryable, shop: ShopRow, row: PostRow, now: Date): Promise<Post> {
  return toPost(row, policyOf(shop), await countedPosts(tx, shop.id, now));
}

/**
 * Every post check holds the shop's row lock for its whole transaction: however many requests
 * race, each one sees the posts the others committed, so the policy is never exceeded.
 */
export const schedule = authedAction(postScheduleSchema, async (ctx, input) => {
  const openId = ctx.caller.openId;
  // The post's words go to friends' Moments (and to followers' notices): WeChat's check comes first.
  await checkTexts(ctx, openId, [{ field: 'text', label: fieldText['post.text'], text: input.text, scene: 'social' }]);
  const { post, images } = await ctx.db.transaction(async (tx) => {
    const shop = await lockCallerShop(tx, openId);
    const now = ctx.clock.now();
    if (input.productId) {
      const [p] = await tx.query('SELECT 1 FROM products WHERE id = $1 AND shop_id = $2', [input.productId, shop.id]);
      if (!p) throw new AppError('NOT_FOUND', domainText.productNotFound, { productId: input.productId });
    }
    const counted = await countedPosts(tx, shop.id, now);
    assertPostAllowed(policyOf(shop), counted, { at: input.at, productId: input.productId ?? null }, now);
    const [row] = await tx.query<PostRow>(
      `INSERT INTO posts (id, shop_id, at, text, product_id, images, status, notify_followers, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'scheduled', $7, $8, $8) RETURNING *`,
      [newId('m'), shop.id, input.at, input.text, input.productId ?? null, JSON.stringify(input.images ?? []), input.notifyFollowers ?? false, now],
    );
    return { post: await view(tx, shop, row, now), images: await recordImages(tx, openId, input.images ?? [], 'social', now) };
  });
  await submitImages(ctx, [images]);
  return post;
});

export const reschedule = authedAction(postRescheduleSchema, async (ctx, { postId, at }) =>
  ctx.db.transaction(async (tx) => {
    const shop = await lockCallerShop(tx, ctx.caller.openId);
    const row = await ownPost(tx, shop, postId);
    if (row.status !== 'scheduled') throw conflict(domainText.postNotScheduled);
    const now = ctx.clock.now();
    assertPostAllowed(policyOf(shop), await countedPosts(tx, shop.id, now, row.id), { at, productId: row.product_id }, now);
    const [moved] = await tx.query<PostRow>(
      `UPDATE posts SET at = $2, reminder = 'pending', reminded_at = NULL, paused_reason = NULL, updated_at = $3 WHERE id = $1 RETURNING *`,
      [row.id, at, now],
    );
    return view(tx, shop, moved, now);
  }),
);

/** Frees the post's slot: cancelled posts do not count. */
export const cancel = authedAction(postIdSchema, async (ctx, { postId }) =>
  ctx.db.transaction(async (tx) => {
    const shop = await lockCallerShop(tx, ctx.caller.openId);
    const row = await ownPost(tx, shop, postId);
    if (row.status !== 'scheduled') throw conflict(domainText.postNotScheduled);
    const now = ctx.clock.now();
    const [done] = await tx.query<PostRow>(`UPDATE posts SET status = 'cancelled', cancelled_at = $2, updated_at = $2 WHERE id = $1 RETURNING *`, [row.id, now]);
    return view(tx, shop, done, now);
  }),
);

/**
 * The seller posted it (by hand, in WeChat): it now counts when it went out. Only a due post can be
 * marked — from MARK_EARLY_MINUTES before its time —, never a paused one, and the mark is checked
 * against the policy under the shop's lock like a new post, so no sequence of marks, moves, pauses and
 * resumes can leave a window over the policy (issue 12).
 */
export const markPosted = authedAction(postIdSchema, async (ctx, { postId }) =>
  ctx.db.transaction(async (tx) => {
    const shop = await lockCallerShop(tx, ctx.caller.openId);
    const row = await ownPost(tx, shop, postId);
    const now = ctx.clock.now();
    const policy = policyOf(shop);
    const check = checkMarkPosted(policy, stateOf(row), await countedPosts(tx, shop.id, now, row.id), now);
    if (!check.ok) throw markRefusal(check, row, policy);
    const [done] = await tx.query<PostRow>(
      `UPDATE posts SET status = 'posted', posted_at = $2, paused_reason = NULL, updated_at = $2 WHERE id = $1 RETURNING *`,
      [row.id, check.postedAt],
    );
    return view(tx, shop, done, now);
  }),
);

/** The contract's error for a refused mark: CONFLICT for the post's state or time, POSTING_LIMIT for a broken rule. */
function markRefusal(check: Exclude<MarkCheck, { ok: true }>, row: PostRow, policy: PostingPolicy): AppError {
  switch (check.reason) {
    case 'notScheduled':
      return conflict(domainText.postNotScheduled);
    case 'paused': {
      const paused = row.paused_reason ?? 'policy';
      return new AppError('CONFLICT', postingText.mark.paused[paused], { paused });
    }
    case 'notDue':
      return new AppError('CONFLICT', postingText.mark.notDue(localTime(new Date(row.at), policy.timeZone), localTime(check.markableFrom, policy.timeZone)), {
        markableFrom: check.markableFrom.toISOString(),
      });
    case 'policy': {
      const next = check.nextAllowedAt;
      const message = postingText.rule[check.rule](policy) + (next ? postingText.mark.from(localTime(next, policy.timeZone)) : postingText.mark.never);
      return new AppError('POSTING_LIMIT', message, { rule: check.rule, nextAllowedAt: next ? next.toISOString() : null });
    }
  }
}

const DAY = 86_400_000;

/** Posts between `from` and `to` (default: the last week and the next 60 days), in time order. */
export const list = authedAction(postListSchema, async (ctx, { from, to }) => {
  const shop = await findShopOfOwner(ctx.db, ctx.caller.openId);
  if (!shop) throw forbidden(domainText.openShopFirst);
  const now = ctx.clock.now();
  const rows = await ctx.db.query<PostRow>('SELECT * FROM posts WHERE shop_id = $1 AND at >= $2 AND at <= $3 ORDER BY at, id', [
    shop.id,
    from ?? new Date(now.getTime() - 7 * DAY),
    to ?? new Date(now.getTime() + 60 * DAY),
  ]);
  const counted = await countedPosts(ctx.db, shop.id, now);
  return rows.map((r) => toPost(r, policyOf(shop), counted));
});

export const policy = authedAction(postPolicySchema, async (ctx): Promise<PostPolicyView> => {
  const shop = await findShopOfOwner(ctx.db, ctx.caller.openId);
  if (!shop) throw forbidden(domainText.openShopFirst);
  const now = ctx.clock.now();
  const p = policyOf(shop);
  const { usage, nextAllowedAt } = postingUsage(p, await countedPosts(ctx.db, shop.id, now), now);
  return { policy: p, usage, nextAllowedAt: nextAllowedAt ? nextAllowedAt.toISOString() : null };
});

/**
 * What the seller answered to Taro.requestSubscribeMessage, asked inside the tap that schedules a
 * post. WeChat allows one message per acceptance, so each acceptance adds exactly one.
 */
export const consent = authedAction(postConsentSchema, async (ctx, { accepted, template }) => {
  const name = template ?? POST_REMINDER_TEMPLATE;
  const remaining = await addConsents(ctx.db, ctx.caller.openId, [{ template: name, accepted }], ctx.clock.now());
  return { template: name, remaining: remaining[name] ?? 0 };
});

/** The code printed on a post's poster: a mini program code in WeChat, a QR of the web link locally. */
export const shareCode = authedAction(postShareCodeSchema, async (ctx, { productId }) => {
  const shop = await findShopOfOwner(ctx.db, ctx.caller.openId);
  if (!shop) throw forbidden(domainText.openShopFirst);
  if (productId) {
    const [p] = await ctx.db.query('SELECT 1 FROM products WHERE id = $1 AND shop_id = $2', [productId, shop.id]);
    if (!p) throw new AppError('NOT_FOUND', domainText.productNotFound, { productId });
  }
  return ctx.codes.make({ shopId: shop.id, productId: productId ?? null });
});

/** One of the seller's own posts (the share page opens it by id, however old). */
export const get = authedAction(postIdSchema, async (ctx, { postId }) => {
  const shop = await findShopOfOwner(ctx.db, ctx.caller.openId);
  if (!shop) throw forbidden(domainText.openShopFirst);
  const [row] = await ctx.db.query<PostRow>('SELECT * FROM posts WHERE id = $1 AND shop_id = $2', [postId, shop.id]);
  if (!row) throw notFound(domainText.postNotFound);
  return view(ctx.db, shop, row, ctx.clock.now());
});
