import { supplyProductIdSchema } from '../../../types/supply';
import { supplyText } from '../../../types/zh-CN/supply';
import { authedAction } from '../runtime/action';
import { conflict } from '../runtime/errors';
import { lockOwnedSupplyProduct } from './access';
import { SUPPLY_SELECT, toSupplyProduct, type SupplyProductRow } from './rows';

/** Takes a supply product off the browse list. Never deletes: carried products and orders will point at it. */
export const archive = authedAction(supplyProductIdSchema, async (ctx, { supplyProductId }) => {
  const row = await ctx.db.transaction(async (tx) => {
    const current = await lockOwnedSupplyProduct(tx, ctx.caller.openId, supplyProductId);
    if (current.status === 'archived') throw conflict(supplyText.alreadyArchived);
    await tx.query(`UPDATE supply_products SET status = 'archived', updated_at = $2 WHERE id = $1`, [current.id, ctx.clock.now()]);
    const [row] = await tx.query<SupplyProductRow>(`${SUPPLY_SELECT} WHERE p.id = $1`, [current.id]);
    return row;
  });
  return toSupplyProduct(ctx.db, row, ctx.caller.openId);
});
