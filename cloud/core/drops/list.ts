import { dropListSchema, dropListShopSchema } from '../../../types/drop';
import { domainText } from '../../../types/zh-CN/errors';
import { authedAction, publicAction } from '../runtime/action';
import { notFound } from '../runtime/errors';
import { findShop } from '../shops/rows';
import { callerShop } from './access';
import { DROP_SELECT, toDrops, type DropRow } from './rows';

/** Closed drops the seller's list keeps: a drop a week is a year of them; older ones live on in the orders. */
const CLOSED_SHOWN = 50;

/** The drops a shop's page shows: open ones whose cutoff is still ahead, the soonest to close first. Public. */
export const listShop = publicAction(dropListShopSchema, async (ctx, { shopId }) => {
  if (!(await findShop(ctx.db, shopId))) throw notFound(domainText.shopNotFound);
  const now = ctx.clock.now();
  const rows = await ctx.db.query<DropRow>(`${DROP_SELECT} WHERE d.shop_id = $1 AND d.status = 'open' AND d.closes_at > $2 ORDER BY d.closes_at, d.id`, [shopId, now]);
  return { drops: await toDrops(ctx.db, rows, ctx.caller.openId, now) };
});

/** The seller's own drops: open ones first, then the latest closed ones, each newest first. */
export const list = authedAction(dropListSchema, async (ctx) => {
  const shop = await callerShop(ctx.db, ctx.caller.openId);
  const now = ctx.clock.now();
  const open = await ctx.db.query<DropRow>(
    `${DROP_SELECT} WHERE d.shop_id = $1 AND d.status = 'open' AND d.closes_at > $2 ORDER BY d.created_at DESC, d.id DESC`,
    [shop.id, now],
  );
  const closed = await ctx.db.query<DropRow>(
    `${DROP_SELECT} WHERE d.shop_id = $1 AND NOT (d.status = 'open' AND d.closes_at > $2) ORDER BY d.created_at DESC, d.id DESC LIMIT ${CLOSED_SHOWN}`,
    [shop.id, now],
  );
  return { drops: await toDrops(ctx.db, [...open, ...closed], ctx.caller.openId, now) };
});
