import { catalogListMineSchema } from '../../../types/catalog';
import { authedAction } from '../runtime/action';
import { findShopOfOwner } from '../shops/rows';
import { domainText } from '../../../types/zh-CN/errors';
import { forbidden } from '../runtime/errors';
import { listActiveProducts, ownerProducts, PRODUCT_ACTIVE, PRODUCT_SELECT, type ProductRow } from './rows';

/** The seller's catalog: what is on sale (in shop order), what is archived (newest first), and the cap. */
export const listMine = authedAction(catalogListMineSchema, async (ctx) => {
  const shop = await findShopOfOwner(ctx.db, ctx.caller.openId);
  if (!shop) throw forbidden(domainText.openShopFirst);
  const archived = await ctx.db.query<ProductRow>(
    `${PRODUCT_SELECT} WHERE p.shop_id = $1 AND NOT ${PRODUCT_ACTIVE} ORDER BY greatest(p.updated_at, sp.updated_at) DESC, p.id`,
    [shop.id],
  );
  return { active: await listActiveProducts(ctx.db, shop.id, true), archived: await ownerProducts(ctx.db, archived), productCap: shop.product_cap };
});
