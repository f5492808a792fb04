import { productIdSchema } from '../../../types/catalog';
import { domainText } from '../../../types/zh-CN/errors';
import { supplyText } from '../../../types/zh-CN/supply';
import { authedAction } from '../runtime/action';
import { conflict } from '../runtime/errors';
import { assertRoomForOneMore, lockOwnedProduct, nextPosition } from './access';
import { ownerProduct } from './rows';

/**
 * Puts an archived product back on sale, at the end of the list, if the cap allows. A carried product whose
 * supplier archived the supply product cannot come back: there is nothing left to ship.
 */
export const restore = authedAction(productIdSchema, async (ctx, { productId }) =>
  ctx.db.transaction(async (tx) => {
    const { shop, product } = await lockOwnedProduct(tx, ctx.caller.openId, productId);
    if (product.supply_status === 'archived') throw conflict(supplyText.carriedSupplyArchived);
    if (product.status === 'active') throw conflict(domainText.notArchived);
    await assertRoomForOneMore(tx, shop);
    await tx.query(`UPDATE products SET status = 'active', position = $2, updated_at = $3 WHERE id = $1`, [
      product.id,
      await nextPosition(tx, shop.id),
      ctx.clock.now(),
    ]);
    return ownerProduct(tx, product.id);
  }),
);
