import { shopMineSchema } from '../../../types/shop';
import { domainText } from '../../../types/zh-CN/errors';
import { authedAction } from '../runtime/action';
import { notFound } from '../runtime/errors';
import { findShopOfOwner, toShop } from './rows';

export const mine = authedAction(shopMineSchema, async (ctx) => {
  const row = await findShopOfOwner(ctx.db, ctx.caller.openId);
  if (!row) throw notFound(domainText.noShopYet);
  return toShop(row);
});
