import { catalogUpdateSchema, type CatalogUpdateInput } from '../../../types/catalog';
import { supplyText } from '../../../types/zh-CN/supply';
import { checkTexts, recordImages, submitImages } from '../content';
import { authedAction } from '../runtime/action';
import { badInput } from '../runtime/errors';
import { findShopOfOwner } from '../shops/rows';
import { lockOwnedProduct } from './access';
import { PRODUCT_LABELS } from './labels';
import { findProductRow, ownerProduct, type ProductRow } from './rows';

/** What a carried product takes from its supplier: the seller may send none of it (CONTRACT.md Additions, `supply`). */
const SUPPLIERS_FIELDS = ['title', 'stock', 'images', 'proofImages'] as const satisfies ReadonlyArray<keyof CatalogUpdateInput>;

/** BAD_INPUT naming each of the supplier's fields a carried product's update sends, and a price outside the band. */
function carriedProblems(input: CatalogUpdateInput, current: ProductRow): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of SUPPLIERS_FIELDS) if (input[field] !== undefined) problems[field] = supplyText.suppliersField;
  const min = current.min_price_fen ?? 0;
  const max = current.max_price_fen ?? 0;
  if (input.priceFen !== undefined && (input.priceFen < min || input.priceFen > max)) problems.priceFen = supplyText.priceOutsideBand(min, max);
  return problems;
}

/**
 * A changed title or story passes WeChat's content check before the transaction (an unchanged one was
 * checked when it was stored); new images get their check recorded in it. A carried product changes only
 * its price (inside the supplier's band) and the seller's story; the rest is the supplier's.
 */
export const update = authedAction(catalogUpdateSchema, async (ctx, input) => {
  const openId = ctx.caller.openId;
  // Read without a lock only to skip unchanged texts and refuse a carried product's bad fields before
  // asking WeChat; ownership and the rules are decided again under the lock below.
  const before = await findProductRow(ctx.db, input.productId);
  // Only the owner hears what is wrong with their fields; anyone else hears whose product it is, under the lock.
  const callerOwnsBefore = before ? (await findShopOfOwner(ctx.db, openId))?.id === before.shop_id : false;
  if (before?.supply_product_id && callerOwnsBefore) {
    const problems = carriedProblems(input, before);
    if (Object.keys(problems).length > 0) throw badInput(problems);
  }
  await checkTexts(ctx, openId, [
    { field: 'title', label: PRODUCT_LABELS.title, text: input.title !== before?.title ? input.title : undefined, scene: 'forum' },
    { field: 'story', label: PRODUCT_LABELS.story, text: input.story !== before?.story ? input.story : undefined, scene: 'forum' },
  ]);
  const { product, images } = await ctx.db.transaction(async (tx) => {
    const { product: current } = await lockOwnedProduct(tx, openId, input.productId);
    const now = ctx.clock.now();
    if (current.supply_product_id) {
      const problems = carriedProblems(input, current);
      if (Object.keys(problems).length > 0) throw badInput(problems);
      await tx.query('UPDATE products SET price_fen = $2, story = $3, updated_at = $4 WHERE id = $1', [
        current.id,
        input.priceFen ?? current.price_fen,
        input.story ?? current.story,
        now,
      ]);
      return { product: await ownerProduct(tx, current.id), images: null };
    }
    await tx.query(
      `UPDATE products SET title = $2, price_fen = $3, stock = $4, story = $5, images = $6, proof_images = $7, updated_at = $8 WHERE id = $1`,
      [
        current.id,
        input.title ?? current.title,
        input.priceFen ?? current.price_fen,
        input.stock ?? current.stock,
        input.story ?? current.story,
        JSON.stringify(input.images ?? current.images),
        JSON.stringify(input.proofImages ?? current.proof_images),
        now,
      ],
    );
    return {
      product: await ownerProduct(tx, current.id),
      images: await recordImages(tx, openId, [...(input.images ?? []), ...(input.proofImages ?? [])], 'forum', now),
    };
  });
  if (images) await submitImages(ctx, [images]);
  return product;
});
