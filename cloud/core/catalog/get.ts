import { productIdSchema } from '../../../types/catalog';
import type { Review } from '../../../types/product';
import { domainText } from '../../../types/zh-CN/errors';
import { publicAction } from '../runtime/action';
import { notFound } from '../runtime/errors';
import { visibleProduct } from '../content';
import { findShop } from '../shops/rows';
import { iso } from '../time';
import { maskName } from '../orders/rows';
import { findProductRow, toProduct } from './rows';

/**
 * Public, archived products too (issue 12): honest reviews must outlive the product, and links to it
 * sit in friends' chats and Moments. An archived product says so (`status`), cannot be ordered
 * (order.create refuses it) and is not listed on the shop page (shop.get lists active ones only).
 */
export const get = publicAction(productIdSchema, async (ctx, { productId }) => {
  const row = await findProductRow(ctx.db, productId);
  if (!row) throw notFound(domainText.productNotFound);
  // The name comes from the order's receiver (the only name a buyer gives us) and leaves here masked.
  // A review that names its product shows on that product only; one that does not (older ones, clients that
  // do not send it) shows on every product of its order, and says so when the order had several.
  const reviews = await ctx.db.query<{
    id: string;
    order_id: string;
    rating: number;
    text: string;
    reply: string | null;
    created_at: Date;
    buyer_name: string;
    purchased_at: Date;
    product_id: string | null;
    order_products: number;
  }>(
    `SELECT r.id, r.order_id, r.rating, r.text, r.reply, r.created_at, o.address->>'name' AS buyer_name, o.created_at AS purchased_at,
            r.product_id, (SELECT count(DISTINCT i.product_id)::int FROM order_items i WHERE i.order_id = r.order_id) AS order_products
       FROM reviews r JOIN orders o ON o.id = r.order_id
     -- Two index lookups joined by UNION ALL (a review either names its product or not, so none is found twice):
     -- the OR form read every review on a platform-sized database (bench/platform.ts, EXPLAIN).
     WHERE r.id IN (SELECT id FROM reviews WHERE product_id = $1
                    UNION ALL
                    SELECT r2.id FROM order_items i JOIN reviews r2 ON r2.order_id = i.order_id AND r2.product_id IS NULL WHERE i.product_id = $1)
     ORDER BY r.created_at DESC, r.id`,
    [productId],
  );
  const shop = await findShop(ctx.db, row.shop_id);
  // Images WeChat rejected, or has not judged yet, are shown to the owner only (a carried product's: to no one, see visibleProducts).
  const owner = Boolean(ctx.caller.openId) && shop?.owner_openid === ctx.caller.openId;
  const product = await visibleProduct(ctx.db, toProduct(row, owner), owner);
  return {
    ...product,
    reviews: reviews.map(
      (r): Review => ({
        id: r.id,
        orderId: r.order_id,
        rating: r.rating,
        text: r.text,
        reply: r.reply,
        createdAt: iso(r.created_at),
        reviewerName: maskName(r.buyer_name ?? ''),
        purchasedAt: iso(r.purchased_at),
        productId: r.product_id,
        wholeOrder: r.product_id === null && r.order_products > 1,
      }),
    ),
  };
});
