import { orderReplySchema, orderReviewSchema } from '../../../types/order-schemas';
import { domainText } from '../../../types/zh-CN/errors';
import { checkTexts } from '../content';
import { newId } from '../ids';
import { authedAction } from '../runtime/action';
import { conflict } from '../runtime/errors';
import { runOrderCommand } from './command';

/** Once per completed order, by its buyer. There is no action that deletes or edits a review. */
export const review = authedAction(orderReviewSchema, async (ctx, { orderId, rating, text }) => {
  // Everyone who opens the product reads the review: WeChat's check comes before the transaction.
  await checkTexts(ctx, ctx.caller.openId, [{ field: 'text', label: '评价', text, scene: 'comment' }]);
  return runOrderCommand(ctx, orderId, 'review', async (tx, row, _role, _to, now) => {
    const inserted = await tx.query(
      `INSERT INTO reviews (id, order_id, shop_id, buyer_openid, rating, text, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (order_id) DO NOTHING RETURNING id`,
      [newId('r'), row.id, row.shop_id, row.buyer_openid, rating, text, now],
    );
    if (inserted.length === 0) throw conflict(domainText.alreadyReviewed);
    return { note: `${rating} 星` };
  });
});

/** The seller may answer a review once; the buyer's words stay as they are. */
export const replyReview = authedAction(orderReplySchema, async (ctx, { orderId, reply }) => {
  await checkTexts(ctx, ctx.caller.openId, [{ field: 'reply', label: '回复', text: reply, scene: 'comment' }]);
  return runOrderCommand(ctx, orderId, 'replyReview', async (tx, row, _role, _to, now) => {
    const [existing] = await tx.query<{ reply: string | null }>('SELECT reply FROM reviews WHERE order_id = $1 FOR UPDATE', [row.id]);
    if (!existing) throw conflict(domainText.noReviewYet);
    if (existing.reply !== null) throw conflict('已经回复过这条评价了。');
    await tx.query('UPDATE reviews SET reply = $2, replied_at = $3 WHERE order_id = $1', [row.id, reply, now]);
  });
});
