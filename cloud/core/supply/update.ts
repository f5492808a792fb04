import { supplyUpdateSchema } from '../../../types/supply';
import { checkTexts, recordImages, submitImages } from '../content';
import { authedAction } from '../runtime/action';
import { assertSupplyBand, lockOwnedSupplyProduct } from './access';
import { SUPPLY_LABELS } from './labels';
import { SUPPLY_SELECT, toSupplyProduct, type SupplyProductRow } from './rows';

/**
 * Any create field. A changed title or story passes WeChat's content check before the transaction (an
 * unchanged one was checked when it was stored); the band is checked on the merged prices under the lock.
 */
export const update = authedAction(supplyUpdateSchema, async (ctx, input) => {
  const openId = ctx.caller.openId;
  // Read without a lock only to skip unchanged texts; ownership is decided under the lock below.
  const [before] = await ctx.db.query<Pick<SupplyProductRow, 'title' | 'story'>>('SELECT title, story FROM supply_products WHERE id = $1', [input.supplyProductId]);
  await checkTexts(ctx, openId, [
    { field: 'title', label: SUPPLY_LABELS.title, text: input.title !== before?.title ? input.title : undefined, scene: 'forum' },
    { field: 'story', label: SUPPLY_LABELS.story, text: input.story !== before?.story ? input.story : undefined, scene: 'forum' },
  ]);
  const { row, images } = await ctx.db.transaction(async (tx) => {
    const current = await lockOwnedSupplyProduct(tx, openId, input.supplyProductId);
    const band = {
      supplyPriceFen: input.supplyPriceFen ?? current.supply_price_fen,
      minPriceFen: input.minPriceFen ?? current.min_price_fen,
      maxPriceFen: input.maxPriceFen ?? current.max_price_fen,
    };
    assertSupplyBand(band);
    const now = ctx.clock.now();
    await tx.query(
      `UPDATE supply_products SET title = $2, story = $3, images = $4, proof_images = $5, supply_price_fen = $6, min_price_fen = $7,
              max_price_fen = $8, stock = $9, ship_within_hours = $10, updated_at = $11
       WHERE id = $1`,
      [
        current.id,
        input.title ?? current.title,
        input.story ?? current.story,
        JSON.stringify(input.images ?? current.images),
        JSON.stringify(input.proofImages ?? current.proof_images),
        band.supplyPriceFen,
        band.minPriceFen,
        band.maxPriceFen,
        input.stock ?? current.stock,
        input.shipWithinHours ?? current.ship_within_hours,
        now,
      ],
    );
    const [row] = await tx.query<SupplyProductRow>(`${SUPPLY_SELECT} WHERE p.id = $1`, [current.id]);
    return { row, images: await recordImages(tx, openId, [...(input.images ?? []), ...(input.proofImages ?? [])], 'forum', now) };
  });
  await submitImages(ctx, [images]);
  return toSupplyProduct(ctx.db, row, openId);
});
