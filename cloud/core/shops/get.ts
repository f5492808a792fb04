import { shopGetSchema } from '../../../types/shop';
import { domainText } from '../../../types/zh-CN/errors';
import { listActiveProducts } from '../catalog/rows';
import { visibleShopView } from '../content';
import { publicAction } from '../runtime/action';
import { notFound } from '../runtime/errors';
import { findShop, toShop } from './rows';

/** Public: what a friend sees from a shop link, with no identity needed (Moments single-page mode). */
export const get = publicAction(shopGetSchema, async (ctx, { shopId }) => {
  const row = await findShop(ctx.db, shopId);
  if (!row) throw notFound(domainText.shopNotFound);
  const view = { shop: toShop(row), products: await listActiveProducts(ctx.db, shopId) };
  // Images WeChat rejected, or has not judged yet, are shown to the owner only.
  return visibleShopView(ctx.db, view, ctx.caller.openId === row.owner_openid);
});
