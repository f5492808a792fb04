import { supplySettleSchema, type StatementLine } from '../../../types/supply';
import { supplyOrdersText } from '../../../types/zh-CN/supply-orders';
import { newId } from '../ids';
import { authedAction } from '../runtime/action';
import { notFound } from '../runtime/errors';
import { callerSupplier } from './access';
import { PAST_PAYMENT } from './orders';
import { statementLines } from './statement';

/**
 * The supplier records money a seller paid it: only for a shop that sold at least one paid order it fulfils (any
 * other shop is NOT_FOUND, as a made-up id, so a supplier learns nothing of shops it has no business with).
 * Settlements are only ever added; the answer is that seller's statement line with it.
 */
export const settle = authedAction(supplySettleSchema, async (ctx, { shopId, amountFen, note }): Promise<StatementLine> => {
  const supplier = await callerSupplier(ctx.db, ctx.caller.openId);
  return ctx.db.transaction(async (tx) => {
    const [sold] = await tx.query<{ id: string }>(`SELECT o.id FROM orders o WHERE o.supplier_id = $1 AND o.shop_id = $2 AND ${PAST_PAYMENT} LIMIT 1`, [supplier.id, shopId]);
    if (!sold) throw notFound(supplyOrdersText.sellerNotFound);
    await tx.query('INSERT INTO supplier_settlements (id, supplier_id, shop_id, amount_fen, note, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      newId('st'),
      supplier.id,
      shopId,
      amountFen,
      note ?? '',
      ctx.clock.now(),
    ]);
    const [line] = await statementLines(tx, [{ supplierId: supplier.id, shopId }]);
    return line;
  });
});
