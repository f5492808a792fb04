import type { Queryable } from '../../db/types';
import { catalogCarrySchema } from '../../../types/supply';
import { domainText } from '../../../types/zh-CN/errors';
import { supplyText } from '../../../types/zh-CN/supply';
import { supplyFieldText } from '../../../types/zh-CN/validation';
import { checkTexts } from '../content';
import { newId } from '../ids';
import { authedAction } from '../runtime/action';
import { badInput, conflict, forbidden, notFound } from '../runtime/errors';
import { findShopOfOwner } from '../shops/rows';
import { SUPPLY_SELECT, type SupplyProductRow } from '../supply/rows';
import { assertRoomForOneMore, lockCallerShop, nextPosition } from './access';
import { ownerProduct } from './rows';

const isUniqueViolation = (e: unknown) => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === '23505';

/**
 * The supply product a seller may carry at `priceFen`: active (an archived or unknown one is NOT_FOUND, as
 * the browse list never shows it), another identity's (a producer selling its own goods lists them with
 * catalog.create: there is nobody to ship on behalf of), and the price inside the supplier's band.
 */
async function carriable(q: Queryable, openId: string, supplyProductId: string, priceFen: number, lock: boolean): Promise<SupplyProductRow> {
  const [supply] = await q.query<SupplyProductRow>(`${SUPPLY_SELECT} WHERE p.id = $1${lock ? ' FOR SHARE OF p' : ''}`, [supplyProductId]);
  if (!supply || supply.status !== 'active') throw notFound(supplyText.supplyProductNotFound);
  if (supply.supplier_openid === openId) throw forbidden(supplyText.carryOwnSupply);
  if (priceFen < supply.min_price_fen || priceFen > supply.max_price_fen) {
    throw badInput({ priceFen: supplyText.priceOutsideBand(supply.min_price_fen, supply.max_price_fen) });
  }
  return supply;
}

/**
 * Carries a supplier's product in the caller's shop (found by openid, never by an id the client sends):
 * a product row with the seller's price and words pointing at the supply row, whose title, images, proof
 * and stock stay the supplier's. Only a supply product can be carried, and nothing turns a product into
 * one, so there is exactly one layer between producer and buyer. Nothing is paid to carry.
 */
export const carry = authedAction(catalogCarrySchema, async (ctx, input) => {
  const openId = ctx.caller.openId;
  // Refusals that need no WeChat round trip come first; all are decided again under the locks below.
  if (!(await findShopOfOwner(ctx.db, openId))) throw forbidden(domainText.openShopFirst);
  await carriable(ctx.db, openId, input.supplyProductId, input.priceFen, false);
  await checkTexts(ctx, openId, [{ field: 'story', label: supplyFieldText.sellerStory, text: input.story, scene: 'forum' }]);
  try {
    return await ctx.db.transaction(async (tx) => {
      const shop = await lockCallerShop(tx, openId);
      // FOR SHARE: the supplier's archive waits until this carry committed (and then hides it with the rest).
      const supply = await carriable(tx, openId, input.supplyProductId, input.priceFen, true);
      const [carried] = await tx.query('SELECT 1 FROM products WHERE shop_id = $1 AND supply_product_id = $2', [shop.id, supply.id]);
      if (carried) throw conflict(supplyText.alreadyCarried);
      await assertRoomForOneMore(tx, shop);
      const id = newId('p');
      // title is NOT NULL on every product row; readers take the supplier's (PRODUCT_SELECT), so it is only a label.
      // Stock stays 0 here: a carried product's stock is the supply row's, shared by every carrying shop.
      await tx.query(
        `INSERT INTO products (id, shop_id, title, price_fen, stock, story, images, proof_images, status, position, supply_product_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 0, $5, '[]', '[]', 'active', $6, $7, $8, $8)`,
        [id, shop.id, supply.title, input.priceFen, input.story ?? '', await nextPosition(tx, shop.id), supply.id, ctx.clock.now()],
      );
      return ownerProduct(tx, id);
    });
  } catch (e) {
    // products_carry_once settles two carries of one supply product that raced past the check
    if (isUniqueViolation(e)) throw conflict(supplyText.alreadyCarried);
    throw e;
  }
});
