import { catalogUpdateSchema } from '../../../types/catalog';
import { checkTexts, recordImages, submitImages } from '../content';
import { authedAction } from '../runtime/action';
import { lockOwnedProduct } from './access';
import { PRODUCT_LABELS } from './labels';
import { toProduct, type ProductRow } from './rows';

/**
 * A changed title or story passes WeChat's content check before the transaction (an unchanged one was
 * checked when it was stored); new images get their check recorded in it.
 */
export const update = authedAction(catalogUpdateSchema, async (ctx, input) => {
  const openId = ctx.caller.openId;
  // Read without a lock only to skip unchanged texts; ownership is decided under the lock below.
  const [before] = await ctx.db.query<ProductRow>('SELECT title, story FROM products WHERE id = $1', [input.productId]);
  await checkTexts(ctx, openId, [
    { field: 'title', label: PRODUCT_LABELS.title, text: input.title !== before?.title ? input.title : undefined, scene: 'forum' },
    { field: 'story', label: PRODUCT_LABELS.story, text: input.story !== before?.story ? input.story : undefined, scene: 'forum' },
  ]);
  const { product, images } = await ctx.db.transaction(async (tx) => {
    const { product: current } = await lockOwnedProduct(tx, openId, input.productId);
    const now = ctx.clock.now();
    const [row] = await tx.query<ProductRow>(
      `UPDATE products SET title = $2, price_fen = $3, stock = $4, story = $5, images = $6, proof_images = $7, updated_at = $8
       WHERE id = $1 RETURNING *`,
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
    return { product: toProduct(row), images: await recordImages(tx, openId, [...(input.images ?? []), ...(input.proofImages ?? [])], 'forum', now) };
  });
  await submitImages(ctx, [images]);
  return product;
});
