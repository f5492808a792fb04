import { z } from 'zod';
import { requiredId } from '../../../types/validation';
import { validationText, domainText, fieldText } from '../../../types/zh-CN/errors';
import { imageStatuses, visibleTo } from '../content';
import { authedAction } from '../runtime/action';
import { forbidden, notFound } from '../runtime/errors';
import { findShop, findShopOfOwner } from './rows';

const followSchema = z.object({
  shopId: requiredId(fieldText.shopId),
  state: z.enum(['following', 'muted', 'none'], { error: validationText.invalid(fieldText['follow.state']) }),
});

/**
 * A friend opts in to a shop's updates, mutes it, or leaves it ('none'). Opting in is never
 * rewarded and never required: the shop works the same for everyone.
 */
export const follow = authedAction(followSchema, async (ctx, { shopId, state }) => {
  const shop = await findShop(ctx.db, shopId);
  if (!shop) throw notFound(domainText.shopNotFound);
  if (state === 'none') {
    await ctx.db.query('DELETE FROM follows WHERE shop_id = $1 AND openid = $2', [shopId, ctx.caller.openId]);
  } else {
    await ctx.db.query(
      `INSERT INTO follows (shop_id, openid, state, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (shop_id, openid) DO UPDATE SET state = $3, updated_at = $4`,
      [shopId, ctx.caller.openId, state, ctx.clock.now()],
    );
  }
  return { shopId, state };
});

/** The seller sees how many friends follow and how many muted — never who. */
export const followers = authedAction(z.object({}), async (ctx) => {
  const shop = await findShopOfOwner(ctx.db, ctx.caller.openId);
  if (!shop) throw forbidden(domainText.openShopFirst);
  const rows = await ctx.db.query<{ state: string; n: number }>('SELECT state, count(*)::int AS n FROM follows WHERE shop_id = $1 GROUP BY state', [shop.id]);
  const count = (s: string) => rows.find((r) => r.state === s)?.n ?? 0;
  return { following: count('following'), muted: count('muted') };
});

/** The caller's own choice for a shop ('none' when they never chose), so the shop page can show it. */
export const followState = authedAction(z.object({ shopId: requiredId(fieldText.shopId) }), async (ctx, { shopId }) => {
  const shop = await findShop(ctx.db, shopId);
  if (!shop) throw notFound(domainText.shopNotFound);
  const rows = await ctx.db.query<{ state: 'following' | 'muted' }>('SELECT state FROM follows WHERE shop_id = $1 AND openid = $2', [shopId, ctx.caller.openId]);
  // No row when the caller never chose; `.at(0)` says so in the type, which keeps 'none' in the contract.
  return { shopId, state: rows.at(0)?.state ?? ('none' as const) };
});

/**
 * The shops the caller chose to follow or muted, most recently chosen first: the way back to them
 * from the launch page, without a link. Muted shops are listed too (marked), so a friend can find
 * and unmute one; shops the caller never chose are not, since no one is enrolled by visiting.
 */
export const following = authedAction(z.object({}), async (ctx) => {
  const rows = await ctx.db.query<{ id: string; name: string; avatar_url: string | null; owner_openid: string; state: 'following' | 'muted' }>(
    `SELECT s.id, s.name, s.avatar_url, s.owner_openid, f.state FROM follows f JOIN shops s ON s.id = f.shop_id
     WHERE f.openid = $1 ORDER BY f.updated_at DESC, s.id`,
    [ctx.caller.openId],
  );
  // An avatar WeChat rejected, or has not judged yet, is not shown to followers (content security).
  const statuses = await imageStatuses(ctx.db, rows.map((r) => r.avatar_url));
  const avatar = (r: (typeof rows)[number]) => (r.avatar_url && visibleTo(statuses, r.owner_openid === ctx.caller.openId)(r.avatar_url) ? r.avatar_url : null);
  return { shops: rows.map((r) => ({ id: r.id, name: r.name, avatarUrl: avatar(r), state: r.state })) };
});
