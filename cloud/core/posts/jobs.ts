import { POST_REMINDER_TEMPLATE, SHOP_UPDATE_TEMPLATE } from '../../../types/post';
import type { Queryable } from '../../db/types';
import { enqueue } from '../outbox';
import type { TimerJob } from '../timer';
import type { PostRow } from './rows';

const BATCH = 100;

/** Uses one of the person's consents for the template; false when they have none left. */
async function useConsent(tx: Queryable, openId: string, template: string, at: Date): Promise<boolean> {
  const used = await tx.query(
    'UPDATE subscription_consents SET remaining = remaining - 1, updated_at = $3 WHERE openid = $1 AND template = $2 AND remaining > 0 RETURNING remaining',
    [openId, template, at],
  );
  return used.length > 0;
}

/**
 * At a post's time: claim it (FOR UPDATE SKIP LOCKED, so overlapping timers never take the same one),
 * and in the same transaction either queue the reminder — spending one of the seller's consents — or,
 * with none left, mark it 'in_app' so it shows in the app's "due now" list. Either way it is marked,
 * so it is never reminded twice. Followers of a shop update are told the same way, each with their own consent.
 */
export const remindDuePosts: TimerJob = {
  name: 'remindDuePosts',
  run: async ({ db }, now) => {
    let handled = 0;
    for (;;) {
      const n = await db.transaction(async (tx) => {
        const due = await tx.query<PostRow & { owner_openid: string; shop_name: string }>(
          `SELECT p.*, s.owner_openid, s.name AS shop_name FROM posts p JOIN shops s ON s.id = p.shop_id
           WHERE p.status = 'scheduled' AND p.reminder = 'pending' AND p.at <= $1
           ORDER BY p.at, p.id LIMIT ${BATCH} FOR UPDATE OF p SKIP LOCKED`,
          [now],
        );
        for (const post of due) {
          const sent = await useConsent(tx, post.owner_openid, POST_REMINDER_TEMPLATE, now);
          if (sent) {
            await enqueue(tx, {
              kind: 'subscribeMessage',
              toOpenId: post.owner_openid,
              payload: { template: POST_REMINDER_TEMPLATE, page: `seller/posts/index?postId=${post.id}`, postId: post.id, text: post.text.slice(0, 20), at: new Date(post.at).toISOString() },
              at: now,
            });
          }
          await tx.query('UPDATE posts SET reminder = $2, reminded_at = $3 WHERE id = $1', [post.id, sent ? 'sent' : 'in_app', now]);
          if (post.notify_followers) {
            const followers = await tx.query<{ openid: string }>(`SELECT openid FROM follows WHERE shop_id = $1 AND state = 'following'`, [post.shop_id]);
            for (const f of followers) {
              if (!(await useConsent(tx, f.openid, SHOP_UPDATE_TEMPLATE, now))) continue;
              await enqueue(tx, {
                kind: 'subscribeMessage',
                toOpenId: f.openid,
                payload: { template: SHOP_UPDATE_TEMPLATE, page: post.product_id ? `pages/product/index?productId=${post.product_id}` : `pages/shop/index?shopId=${post.shop_id}`, shopName: post.shop_name, text: post.text.slice(0, 20) },
                at: now,
              });
            }
          }
        }
        return due.length;
      });
      handled += n;
      if (n < BATCH) return handled;
    }
  },
};
