import { shopGetSchema } from '../../../types/shop';
import { domainText } from '../../../types/zh-CN/errors';
import { PRODUCT_ACTIVE, PRODUCT_SELECT, toProduct, type ProductRow } from '../catalog/rows';
import { shopViewAs, type ImageStatus } from '../content';
import { publicAction } from '../runtime/action';
import { notFound } from '../runtime/errors';
import { toShop, type ShopRow } from './rows';

/**
 * The shop, its products on sale (in page order) and the content-security status of every image either shows,
 * in one statement: this is the read behind every shop link a friend opens, so it costs one round trip to the
 * database instead of four (shop, products, product images, shop images). Rows travel as jsonb; toShop and
 * toProduct read them as they read plain rows (timestamps as strings, which iso() accepts).
 */
const SHOP_VIEW = `WITH s AS (SELECT * FROM shops WHERE id = $1),
  pr AS (${PRODUCT_SELECT} WHERE p.shop_id = $1 AND ${PRODUCT_ACTIVE})
SELECT to_jsonb(s) AS shop,
  (SELECT coalesce(jsonb_agg(to_jsonb(pr) ORDER BY pr.position, pr.created_at, pr.id), '[]'::jsonb) FROM pr) AS products,
  (SELECT coalesce(jsonb_object_agg(ic.url, ic.status), '{}'::jsonb) FROM image_checks ic
    WHERE ic.url IN (SELECT s.avatar_url UNION ALL SELECT s.transfer_qr_url UNION ALL SELECT jsonb_array_elements_text(pr.images || pr.proof_images) FROM pr)) AS statuses
FROM s`;

/** Public: what a friend sees from a shop link, with no identity needed (Moments single-page mode). */
export const get = publicAction(shopGetSchema, async (ctx, { shopId }) => {
  const [row] = await ctx.db.query<{ shop: ShopRow; products: ProductRow[]; statuses: Record<string, ImageStatus> }>(SHOP_VIEW, [shopId]);
  if (!row) throw notFound(domainText.shopNotFound);
  const view = { shop: toShop(row.shop), products: row.products.map((p) => toProduct(p)) };
  // Images WeChat rejected, or has not judged yet, are shown to the owner only.
  return shopViewAs(view, new Map(Object.entries(row.statuses)), ctx.caller.openId === row.shop.owner_openid);
});
