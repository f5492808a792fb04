import { DROP_BOUNDS, dropOpenSchema, type DropOpenInput } from '../../../types/drop';
import { dropFieldText } from '../../../types/zh-CN/drop-fields';
import { dropText } from '../../../types/zh-CN/drops';
import type { Queryable } from '../../db/types';
import { PRODUCT_ACTIVE, PRODUCT_SELECT, type ProductRow } from '../catalog/rows';
import { checkTexts } from '../content';
import { newId } from '../ids';
import { authedAction } from '../runtime/action';
import { AppError, badInput } from '../runtime/errors';
import { callerShop } from './access';
import { DROP_SELECT, toDrop, type DropRow } from './rows';

const DAY_MS = 86_400_000;

/** The rules of a drop that need no database: each product once, a cutoff ahead within 14 days, a way to hand it over. */
function assertDropShape(input: DropOpenInput, now: Date): void {
  const ids = input.items.map((i) => i.productId);
  if (new Set(ids).size !== ids.length) throw badInput({ items: dropText.duplicateItem });
  const closes = input.closesAt.getTime();
  if (closes <= now.getTime()) throw badInput({ closesAt: dropText.closesAtPast });
  if (closes > now.getTime() + DROP_BOUNDS.maxDaysAhead * DAY_MS) throw badInput({ closesAt: dropText.closesAtTooFar });
  const { pickup, delivery, shipping } = input.fulfilment;
  if (pickup.length === 0 && !delivery && !shipping) throw badInput({ fulfilment: dropText.noFulfilment });
}

/**
 * Every item is a product of the shop on sale now (else NOT_FOUND naming the first that is not), and none is
 * carried: a carried product's supplier ships it by courier to the buyer, while a drop's goods are the seller's
 * own to hand over at a pickup point or by hand.
 */
async function assertDropProducts(q: Queryable, shopId: string, input: DropOpenInput): Promise<void> {
  const ids = input.items.map((i) => i.productId);
  const rows = await q.query<ProductRow>(`${PRODUCT_SELECT} WHERE p.id = ANY($1) AND p.shop_id = $2 AND ${PRODUCT_ACTIVE}`, [ids, shopId]);
  const found = new Map(rows.map((r) => [r.id, r]));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw new AppError('NOT_FOUND', dropText.productNotOnSale(missing), { productId: missing });
  const carried = rows.find((r) => r.supply_product_id !== null);
  if (carried) throw badInput({ items: dropText.carriedProduct(carried.title) });
}

/**
 * The shape and the products are checked first (no WeChat round trip for a drop that cannot be stored), then
 * the title, intro and pickup points pass content security (shown to everyone the card reaches), then the write,
 * with the products read again under the shop's lock (a product archived meanwhile is refused, not stored).
 */
export const open = authedAction(dropOpenSchema, async (ctx, input) => {
  const openId = ctx.caller.openId;
  const shop = await callerShop(ctx.db, openId);
  assertDropShape(input, ctx.clock.now());
  await assertDropProducts(ctx.db, shop.id, input);
  // scene 3 (论坛): a drop's page is read by everyone its card reaches, like a product page
  // (https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_msgseccheck.html)
  // the pickup points' name, address and time are on that page too, so they pass the same check
  await checkTexts(ctx, openId, [
    { field: 'title', label: dropFieldText.title, text: input.title, scene: 'forum' },
    { field: 'intro', label: dropFieldText.intro, text: input.intro, scene: 'forum' },
    ...input.fulfilment.pickup.flatMap((p, i) => [
      { field: `fulfilment.pickup.${i}.name`, label: dropFieldText.pickupName, text: p.name, scene: 'forum' as const },
      { field: `fulfilment.pickup.${i}.address`, label: dropFieldText.pickupAddress, text: p.address, scene: 'forum' as const },
      { field: `fulfilment.pickup.${i}.window`, label: dropFieldText.pickupWindow, text: p.window, scene: 'forum' as const },
    ]),
  ]);
  const row = await ctx.db.transaction(async (tx) => {
    const locked = await callerShop(tx, openId, true);
    const now = ctx.clock.now();
    assertDropShape(input, now);
    await assertDropProducts(tx, locked.id, input);
    const id = newId('dr');
    await tx.query(
      `INSERT INTO drops (id, shop_id, title, intro, closes_at, fulfilment, show_joiners, status, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8, $8)`,
      [id, locked.id, input.title, input.intro ?? '', input.closesAt, JSON.stringify(input.fulfilment), input.showJoiners ?? true, now],
    );
    for (const [position, item] of input.items.entries()) {
      await tx.query('INSERT INTO drop_items (drop_id, product_id, position, limit_per_buyer) VALUES ($1, $2, $3, $4)', [id, item.productId, position, item.limitPerBuyer]);
    }
    const [created] = await tx.query<DropRow>(`${DROP_SELECT} WHERE d.id = $1`, [id]);
    return created;
  });
  ctx.log.info('drop opened', { dropId: row.id, shopId: row.shop_id });
  return toDrop(ctx.db, row, openId, ctx.clock.now());
});
