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
 * Settlements are only ever added, so a double tap must not add one twice: the same idempotency key from the same
 * supplier answers the first settlement's statement line and records nothing (the unique key settles a race).
 * The answer is that seller's statement line with it.
 */
export const settle = authedAction(supplySettleSchema, async (ctx, { shopId, amountFen, note, idempotencyKey }): Promise<StatementLine> => {
  const supplier = await callerSupplier(ctx.db, ctx.caller.openId);
  return ctx.db.transaction(async (tx) => {
    const first = async () =>
      idempotencyKey
        ? (await tx.query<{ shop_id: string }>('SELECT shop_id FROM supplier_settlements WHERE supplier_id = $1 AND idempotency_key = $2', [supplier.id, idempotencyKey]))[0]
        : undefined;
    const answer = async (forShop: string) => (await statementLines(tx, [{ supplierId: supplier.id, shopId: forShop }]))[0];
    const earlier = await first();
    if (earlier) return answer(earlier.shop_id);
    const [sold] = await tx.query<{ id: string }>(`SELECT o.id FROM orders o WHERE o.supplier_id = $1 AND o.shop_id = $2 AND ${PAST_PAYMENT} LIMIT 1`, [supplier.id, shopId]);
    if (!sold) throw notFound(supplyOrdersText.sellerNotFound);
    const inserted = await tx.query(
      `INSERT INTO supplier_settlements (id, supplier_id, shop_id, amount_fen, note, created_at, idempotency_key) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (supplier_id, idempotency_key) DO NOTHING RETURNING id`,
      [newId('st'), supplier.id, shopId, amountFen, note ?? '', ctx.clock.now(), idempotencyKey ?? null],
    );
    // A racing request with the same key committed first: answer its settlement.
    if (inserted.length === 0) return answer((await first())!.shop_id);
    return answer(shopId);
  });
});
