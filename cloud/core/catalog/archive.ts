import { productIdSchema } from '../../../types/catalog';
import { domainText } from '../../../types/zh-CN/errors';
import { authedAction } from '../runtime/action';
import { conflict } from '../runtime/errors';
import { lockOwnedProduct } from './access';
import { ownerProduct } from './rows';

/** Takes a product off the shop page. Never deletes: orders keep pointing at it. */
export const archive = authedAction(productIdSchema, async (ctx, { productId }) =>
  ctx.db.transaction(async (tx) => {
    const { product } = await lockOwnedProduct(tx, ctx.caller.openId, productId);
    if (product.status === 'archived') throw conflict(domainText.alreadyArchived);
    await tx.query(`UPDATE products SET status = 'archived', updated_at = $2 WHERE id = $1`, [product.id, ctx.clock.now()]);
    return ownerProduct(tx, product.id);
  }),
);
