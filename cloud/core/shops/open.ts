import { DEFAULT_POLICY, DEFAULT_PRODUCT_CAP, shopOpenSchema } from '../../../types/shop';
import { domainText, fieldText } from '../../../types/zh-CN/errors';
import { checkTexts, recordImages, submitImages } from '../content';
import { newId } from '../ids';
import { authedAction } from '../runtime/action';
import { conflict } from '../runtime/errors';
import { toShop, type ShopRow } from './rows';

/**
 * One shop per identity; the unique owner column settles a race between two opens. The name and intro
 * pass WeChat's content check before anything is written; the avatar's check is recorded with the shop.
 */
export const open = authedAction(shopOpenSchema, async (ctx, input) => {
  const openId = ctx.caller.openId;
  await checkTexts(ctx, openId, [
    { field: 'name', label: fieldText.name, text: input.name, scene: 'profile' },
    { field: 'intro', label: fieldText.intro, text: input.intro, scene: 'profile' },
  ]);
  const now = ctx.clock.now();
  const { row, images } = await ctx.db.transaction(async (tx) => {
    const rows = await tx.query<ShopRow>(
      `INSERT INTO shops (id, owner_openid, name, intro, avatar_url, product_cap, policy, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
       ON CONFLICT (owner_openid) DO NOTHING
       RETURNING *`,
      [newId('s'), openId, input.name, input.intro ?? '', input.avatarUrl ?? null, DEFAULT_PRODUCT_CAP, JSON.stringify(DEFAULT_POLICY), now],
    );
    if (rows.length === 0) throw conflict(domainText.shopExists);
    return { row: rows[0], images: await recordImages(tx, openId, [input.avatarUrl], 'profile', now) };
  });
  await submitImages(ctx, [images]);
  ctx.log.info('shop opened', { shopId: row.id });
  return toShop(row);
});
