import { orderReplySchema, orderReviewSchema } from '../../../types/order-schemas';
import { domainText, fieldText } from '../../../types/zh-CN/errors';
import { orderNoteText } from '../../../types/zh-CN/orders';
import { reviewText } from '../../../types/zh-CN/reviews';
import { checkTexts } from '../content';
import { newId } from '../ids';
import { authedAction } from '../runtime/action';
import { badInput, conflict } from '../runtime/errors';
import { runOrderCommand } from './command';

/**
 * Once per completed order, by its buyer. There is no action that deletes or edits a review. On an order of
 * several products the buyer may say which one it is about (`productId`, one of the order's own lines); the
 * review then shows on that product's page only. Still once per order, not per product: the seller answers
 * one review per order, and `Order.review` stays the one review outside clients already read.
 */
export const review = authedAction(orderReviewSchema, async (ctx, { orderId, rating, text, productId }) => {
  // Everyone who opens the product reads the review: WeChat's check comes before the transaction.
  await checkTexts(ctx, ctx.caller.openId, [{ field: 'text', label: fieldText['review.text'], text, scene: 'comment' }]);
  return runOrderCommand(ctx, orderId, 'review', async (tx, row, _role, _to, now) => {
    if (productId !== undefined) {
      const [line] = await tx.query('SELECT 1 FROM order_items WHERE order_id = $1 AND product_id = $2 LIMIT 1', [row.id, productId]);
      if (!line) throw badInput({ productId: reviewText.notInOrder });
    }
    const inserted = await tx.query(
      `INSERT INTO reviews (id, order_id, shop_id, buyer_openid, rating, text, product_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (order_id) DO NOTHING RETURNING id`,
      [newId('r'), row.id, row.shop_id, row.buyer_openid, rating, text, productId ?? null, now],
    );
    if (inserted.length === 0) throw conflict(domainText.alreadyReviewed);
    return { note: orderNoteText.rated(rating) };
  });
});

/** The seller may answer a review once; the buyer's words stay as they are. */
export const replyReview = authedAction(orderReplySchema, async (ctx, { orderId, reply }) => {
  await checkTexts(ctx, ctx.caller.openId, [{ field: 'reply', label: fieldText['review.reply'], text: reply, scene: 'comment' }]);
  return runOrderCommand(ctx, orderId, 'replyReview', async (tx, row, _role, _to, now) => {
    const [existing] = await tx.query<{ reply: string | null }>('SELECT reply FROM reviews WHERE order_id = $1 FOR UPDATE', [row.id]);
    if (!existing) throw conflict(domainText.noReviewYet);
    if (existing.reply !== null) throw conflict(reviewText.alreadyReplied);
    await tx.query('UPDATE reviews SET reply = $2, replied_at = $3 WHERE order_id = $1', [row.id, reply, now]);
  });
});
