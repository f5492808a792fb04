import { productIdSchema } from '../../../types/catalog';
import { domainText } from '../../../types/zh-CN/errors';
import { authedAction } from '../runtime/action';
import { conflict } from '../runtime/errors';
import { assertRoomForOneMore, lockOwnedProduct, nextPosition } from './access';
import { toProduct, type ProductRow } from './rows';

/** Puts an archived product back on sale, at the end of the list, if the cap allows. */
export const restore = authedAction(productIdSchema, async (ctx, { productId }) =>
  ctx.db.transaction(async (tx) => {
    const { shop, product } = await lockOwnedProduct(tx, ctx.caller.openId, productId);
    if (product.status === 'active') throw conflict(domainText.notArchived);
    await assertRoomForOneMore(tx, shop);
    const [row] = await tx.query<ProductRow>(
      `UPDATE products SET status = 'active', position = $2, updated_at = $3 WHERE id = $1 RETURNING *`,
      [product.id, await nextPosition(tx, shop.id), ctx.clock.now()],
    );
    return toProduct(row);
  }),
);
