import { catalogListMineSchema } from '../../../types/catalog';
import { authedAction } from '../runtime/action';
import { findShopOfOwner } from '../shops/rows';
import { domainText } from '../../../types/zh-CN/errors';
import { forbidden } from '../runtime/errors';
import { listActiveProducts, toProduct, type ProductRow } from './rows';

/** The seller's catalog: what is on sale (in shop order), what is archived (newest first), and the cap. */
export const listMine = authedAction(catalogListMineSchema, async (ctx) => {
  const shop = await findShopOfOwner(ctx.db, ctx.caller.openId);
  if (!shop) throw forbidden(domainText.openShopFirst);
  const archived = await ctx.db.query<ProductRow>(
    `SELECT * FROM products WHERE shop_id = $1 AND status = 'archived' ORDER BY updated_at DESC, id`,
    [shop.id],
  );
  return { active: await listActiveProducts(ctx.db, shop.id), archived: archived.map(toProduct), productCap: shop.product_cap };
});
