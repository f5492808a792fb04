import { policyProblems, shopUpdateSchema } from '../../../types/shop';
import { domainText } from '../../../types/zh-CN/errors';
import type { Queryable } from '../../db/types';
import { authedAction } from '../runtime/action';
import { badInput, forbidden, notFound } from '../runtime/errors';
import { findShop, findShopOfOwner, toShop, type ShopRow } from './rows';

/**
 * The caller's own shop, locked for the rest of the transaction. A shopId in the event is only
 * checked against it — ownership always comes from the identity, never from the event.
 */
async function lockOwnShop(tx: Queryable, openId: string, shopId: string | undefined): Promise<ShopRow> {
  const own = await findShopOfOwner(tx, openId, true);
  if (shopId !== undefined && own?.id !== shopId) {
    const other = await findShop(tx, shopId);
    if (other) throw forbidden(domainText.notShopOwner);
    throw notFound(domainText.shopNotFound);
  }
  if (!own) throw notFound(domainText.noShopYet);
  return own;
}

export const update = authedAction(shopUpdateSchema, async (ctx, input) =>
  ctx.db.transaction(async (tx) => {
    const row = await lockOwnShop(tx, ctx.caller.openId, input.shopId);
    const current = toShop(row);
    const policy = { ...current.policy, ...input.policy };
    const problems = policyProblems(policy);
    if (Object.keys(problems).length > 0) throw badInput(problems);

    const pay: Partial<NonNullable<typeof input.payment>> = input.payment ?? {};
    const rows = await tx.query<ShopRow>(
      `UPDATE shops SET name = $2, intro = $3, avatar_url = $4, policy = $5, updated_at = $6,
         wechat_sub_mch_id = $7, transfer_note = $8, transfer_qr_url = $9, follow_up_days = coalesce($10, follow_up_days)
       WHERE id = $1 RETURNING *`,
      [
        row.id,
        input.name ?? current.name,
        input.intro === null ? '' : (input.intro ?? current.intro),
        input.avatarUrl === null ? null : (input.avatarUrl ?? current.avatarUrl),
        JSON.stringify(policy),
        ctx.clock.now(),
        // null clears a setting; undefined keeps it
        pay.wechatSubMchId === undefined ? row.wechat_sub_mch_id : pay.wechatSubMchId,
        pay.transferNote === undefined ? row.transfer_note : (pay.transferNote ?? ''),
        pay.transferQrUrl === undefined ? row.transfer_qr_url : pay.transferQrUrl,
        input.followUpDays ?? null,
      ],
    );
    return toShop(rows[0]);
  }),
);
