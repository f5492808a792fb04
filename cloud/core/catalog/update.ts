import { catalogUpdateSchema } from '../../../types/catalog';
import { authedAction } from '../runtime/action';
import { lockOwnedProduct } from './access';
import { toProduct, type ProductRow } from './rows';

export const update = authedAction(catalogUpdateSchema, async (ctx, input) =>
  ctx.db.transaction(async (tx) => {
    const { product } = await lockOwnedProduct(tx, ctx.caller.openId, input.productId);
    const [row] = await tx.query<ProductRow>(
      `UPDATE products SET title = $2, price_fen = $3, stock = $4, story = $5, images = $6, proof_images = $7, updated_at = $8
       WHERE id = $1 RETURNING *`,
      [
        product.id,
        input.title ?? product.title,
        input.priceFen ?? product.price_fen,
        input.stock ?? product.stock,
        input.story ?? product.story,
        JSON.stringify(input.images ?? product.images),
        JSON.stringify(input.proofImages ?? product.proof_images),
        ctx.clock.now(),
      ],
    );
    return toProduct(row);
  }),
);
