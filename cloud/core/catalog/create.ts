import { catalogCreateSchema } from '../../../types/catalog';
import { newId } from '../ids';
import { authedAction } from '../runtime/action';
import { assertRoomForOneMore, lockCallerShop, nextPosition } from './access';
import { toProduct, type ProductRow } from './rows';

export const create = authedAction(catalogCreateSchema, async (ctx, input) =>
  ctx.db.transaction(async (tx) => {
    const shop = await lockCallerShop(tx, ctx.caller.openId);
    await assertRoomForOneMore(tx, shop);
    const now = ctx.clock.now();
    const [row] = await tx.query<ProductRow>(
      `INSERT INTO products (id, shop_id, title, price_fen, stock, story, images, proof_images, status, position, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'active', $9, $10, $10) RETURNING *`,
      [
        newId('p'),
        shop.id,
        input.title,
        input.priceFen,
        input.stock,
        input.story,
        JSON.stringify(input.images ?? []),
        JSON.stringify(input.proofImages ?? []),
        await nextPosition(tx, shop.id),
        now,
      ],
    );
    return toProduct(row);
  }),
);
