import { supplyProductIdSchema } from '../../../types/supply';
import { supplyText } from '../../../types/zh-CN/supply';
import { publicAction } from '../runtime/action';
import { notFound } from '../runtime/errors';
import { findSupplyProduct, toSupplyProduct } from './rows';

/** Public, archived ones too: a seller carrying it must be able to see that it was archived (`status`). */
export const get = publicAction(supplyProductIdSchema, async (ctx, { supplyProductId }) => {
  const row = await findSupplyProduct(ctx.db, supplyProductId);
  if (!row) throw notFound(supplyText.supplyProductNotFound);
  return toSupplyProduct(ctx.db, row, ctx.caller.openId);
});
