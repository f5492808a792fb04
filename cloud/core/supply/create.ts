import { DEFAULT_SHIP_WITHIN_HOURS, supplyCreateSchema } from '../../../types/supply';
import { checkTexts, recordImages, submitImages } from '../content';
import { newId } from '../ids';
import { authedAction } from '../runtime/action';
import { assertSupplyBand, callerSupplier } from './access';
import { SUPPLY_LABELS } from './labels';
import { SUPPLY_SELECT, toSupplyProduct, type SupplyProductRow } from './rows';

/** The band is checked first (no WeChat round trip for a form that cannot be stored), then the texts, then the write. */
export const create = authedAction(supplyCreateSchema, async (ctx, input) => {
  const openId = ctx.caller.openId;
  assertSupplyBand(input);
  await callerSupplier(ctx.db, openId);
  await checkTexts(ctx, openId, [
    { field: 'title', label: SUPPLY_LABELS.title, text: input.title, scene: 'forum' },
    { field: 'story', label: SUPPLY_LABELS.story, text: input.story, scene: 'forum' },
  ]);
  const { row, images } = await ctx.db.transaction(async (tx) => {
    const supplier = await callerSupplier(tx, openId);
    const now = ctx.clock.now();
    const id = newId('sp');
    await tx.query(
      `INSERT INTO supply_products (id, supplier_id, title, story, images, proof_images, supply_price_fen, min_price_fen, max_price_fen,
                                    stock, ship_within_hours, status, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'active', $12, $12)`,
      [
        id,
        supplier.id,
        input.title,
        input.story,
        JSON.stringify(input.images ?? []),
        JSON.stringify(input.proofImages ?? []),
        input.supplyPriceFen,
        input.minPriceFen,
        input.maxPriceFen,
        input.stock,
        input.shipWithinHours ?? DEFAULT_SHIP_WITHIN_HOURS,
        now,
      ],
    );
    const [row] = await tx.query<SupplyProductRow>(`${SUPPLY_SELECT} WHERE p.id = $1`, [id]);
    return { row, images: await recordImages(tx, openId, [...(input.images ?? []), ...(input.proofImages ?? [])], 'forum', now) };
  });
  await submitImages(ctx, [images]);
  return toSupplyProduct(ctx.db, row, openId);
});
