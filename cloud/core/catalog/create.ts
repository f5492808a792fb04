import { catalogCreateSchema } from '../../../types/catalog';
import { checkTexts, recordImages, submitImages } from '../content';
import { newId } from '../ids';
import { authedAction } from '../runtime/action';
import { assertRoomForOneMore, lockCallerShop, nextPosition } from './access';
import { PRODUCT_LABELS } from './labels';
import { ownerProduct } from './rows';

/** Title and story pass WeChat's content check before the transaction; the images' checks are recorded in it. */
export const create = authedAction(catalogCreateSchema, async (ctx, input) => {
  const openId = ctx.caller.openId;
  await checkTexts(ctx, openId, [
    { field: 'title', label: PRODUCT_LABELS.title, text: input.title, scene: 'forum' },
    { field: 'story', label: PRODUCT_LABELS.story, text: input.story, scene: 'forum' },
  ]);
  const { product, images } = await ctx.db.transaction(async (tx) => {
    const shop = await lockCallerShop(tx, openId);
    await assertRoomForOneMore(tx, shop);
    const now = ctx.clock.now();
    const id = newId('p');
    await tx.query(
      `INSERT INTO products (id, shop_id, title, price_fen, stock, story, images, proof_images, status, position, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'active', $9, $10, $10)`,
      [
        id,
        shop.id,
        input.title,
        input.priceFen,
        input.stock,
        input.story,
        JSON.stringify(input.images ?? []),
        JSON.stringify(input.proofImages ?? []),
        await nextPosition(tx, shop.id),
        now,
      ],
    );
    return { product: await ownerProduct(tx, id), images: await recordImages(tx, openId, [...(input.images ?? []), ...(input.proofImages ?? [])], 'forum', now) };
  });
  await submitImages(ctx, [images]);
  return product;
});
