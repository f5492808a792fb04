import { DEFAULT_POLICY, DEFAULT_PRODUCT_CAP, shopOpenSchema } from '../../../types/shop';
import { domainText } from '../../../types/zh-CN/errors';
import { newId } from '../ids';
import { authedAction } from '../runtime/action';
import { conflict } from '../runtime/errors';
import { toShop, type ShopRow } from './rows';

/** One shop per identity; the unique owner column settles a race between two opens. */
export const open = authedAction(shopOpenSchema, async (ctx, input) => {
  const now = ctx.clock.now();
  const rows = await ctx.db.query<ShopRow>(
    `INSERT INTO shops (id, owner_openid, name, intro, avatar_url, product_cap, policy, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
     ON CONFLICT (owner_openid) DO NOTHING
     RETURNING *`,
    [newId('s'), ctx.caller.openId, input.name, input.intro ?? '', input.avatarUrl ?? null, DEFAULT_PRODUCT_CAP, JSON.stringify(DEFAULT_POLICY), now],
  );
  if (rows.length === 0) throw conflict(domainText.shopExists);
  ctx.log.info('shop opened', { shopId: rows[0].id });
  return toShop(rows[0]);
});
