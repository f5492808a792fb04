import { policyProblems, shopUpdateSchema } from '../../../types/shop';
import { domainText, fieldText } from '../../../types/zh-CN/errors';
import { checkTexts, recordImages, submitImages } from '../content';
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

/** A text the update changes (absent, blank, cleared or unchanged ones need no new check). */
function changed(next: string | null | undefined, current: string | null | undefined): string | undefined {
  return typeof next === 'string' && next !== current ? next : undefined;
}

/**
 * Texts others read (name, intro, the transfer note buyers see at checkout) pass WeChat's content check
 * before the transaction; new images (avatar, transfer QR) get their check recorded inside it.
 */
export const update = authedAction(shopUpdateSchema, async (ctx, input) => {
  const openId = ctx.caller.openId;
  // Read without a lock only to skip unchanged texts (a stored text was checked when it was stored);
  // ownership is decided under the lock below.
  const before = await findShopOfOwner(ctx.db, openId);
  await checkTexts(ctx, openId, [
    { field: 'name', label: fieldText.name, text: changed(input.name, before?.name), scene: 'profile' },
    { field: 'intro', label: fieldText.intro, text: changed(input.intro, before?.intro), scene: 'profile' },
    { field: 'payment.transferNote', label: fieldText['payment.transferNote'], text: changed(input.payment?.transferNote, before?.transfer_note), scene: 'profile' },
  ]);
  const now = ctx.clock.now();
  const { shop, images } = await ctx.db.transaction(async (tx) => {
    const row = await lockOwnShop(tx, openId, input.shopId);
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
        now,
        // null clears a setting; undefined keeps it
        pay.wechatSubMchId === undefined ? row.wechat_sub_mch_id : pay.wechatSubMchId,
        pay.transferNote === undefined ? row.transfer_note : (pay.transferNote ?? ''),
        pay.transferQrUrl === undefined ? row.transfer_qr_url : pay.transferQrUrl,
        input.followUpDays ?? null,
      ],
    );
    const recorded = await recordImages(tx, openId, [input.avatarUrl, pay.transferQrUrl], 'profile', now);
    return { shop: toShop(rows[0]), images: recorded };
  });
  await submitImages(ctx, [images]);
  return shop;
});
