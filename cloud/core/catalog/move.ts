import { catalogMoveSchema } from '../../../types/catalog';
import { domainText } from '../../../types/zh-CN/errors';
import { authedAction } from '../runtime/action';
import { conflict } from '../runtime/errors';
import { lockOwnedProduct } from './access';
import { listActiveProducts } from './rows';

/** Swaps a product with its neighbour on the shop page; returns the active products in their new order. */
export const move = authedAction(catalogMoveSchema, async (ctx, { productId, direction }) =>
  ctx.db.transaction(async (tx) => {
    const { shop, product } = await lockOwnedProduct(tx, ctx.caller.openId, productId);
    if (product.status !== 'active') throw conflict(domainText.onlyActiveMoves);
    const products = await listActiveProducts(tx, shop.id);
    const i = products.findIndex((p) => p.id === product.id);
    const j = direction === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= products.length) throw conflict(domainText.cannotMove);
    const order = products.map((p) => p.id);
    [order[i], order[j]] = [order[j], order[i]];
    // Renumber 1..n so that equal or gapped positions from older data can never make a swap a no-op.
    await tx.query(
      `UPDATE products SET position = o.ord FROM unnest($1::text[]) WITH ORDINALITY AS o(id, ord) WHERE products.id = o.id`,
      [order],
    );
    return listActiveProducts(tx, shop.id, true);
  }),
);
