import { POST_REMINDER_TEMPLATE, SHOP_UPDATE_TEMPLATE } from '../../../types/post';
import type { MessageOf } from '../../../types/messages';
import { spendConsent } from '../consents';
import { enqueue } from '../outbox';
import { iso } from '../time';
import type { TimerJob } from '../runtime/job';
import { countedPosts, type PostRow } from './rows';
import { checkPost } from '../../../types/rules/posting';
import { PRODUCT_STATE } from '../catalog/rows';
import { SHOP_LOCK, toShop, type ShopRow } from '../shops/rows';
import { DEFAULT_POLICY, type PostingPolicy } from '../../../types/shop';

const BATCH = 100;

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
        const due = await tx.query<PostRow & { owner_openid: string; shop_name: string; shop_policy: Partial<PostingPolicy> | null }>(
          `SELECT p.*, s.owner_openid, s.name AS shop_name, s.policy AS shop_policy FROM posts p JOIN shops s ON s.id = p.shop_id
           WHERE p.status = 'scheduled' AND p.paused_reason IS NULL AND p.reminder = 'pending' AND p.at <= $1
           ORDER BY p.at, p.id LIMIT ${BATCH} FOR UPDATE OF p SKIP LOCKED`,
          [now],
        );
        // Lock every consent this batch may spend, in one order: two overlapping timers spending the same
        // people's consents in different orders would otherwise deadlock.
        const followerIds = due.filter((p) => p.notify_followers).map((p) => p.shop_id);
        await tx.query(
          `SELECT 1 FROM subscription_consents
           WHERE (template = $1 AND openid = ANY($2)) OR (template = $3 AND openid IN (SELECT openid FROM follows WHERE shop_id = ANY($4) AND state = 'following'))
           ORDER BY openid, template FOR UPDATE`,
          [POST_REMINDER_TEMPLATE, due.map((p) => p.owner_openid), SHOP_UPDATE_TEMPLATE, followerIds],
        );
        for (const post of due) {
          const timeZone = post.shop_policy?.timeZone ?? DEFAULT_POLICY.timeZone;
          const sent = await spendConsent(tx, post.owner_openid, POST_REMINDER_TEMPLATE, now);
          if (sent) {
            const reminder: MessageOf<'post_reminder'> = { message: 'post_reminder', to: 'owner', postId: post.id, text: post.text, at: iso(post.at), timeZone };
            await enqueue(tx, { kind: 'subscribeMessage', toOpenId: post.owner_openid, payload: reminder, at: now });
          }
          await tx.query('UPDATE posts SET reminder = $2, reminded_at = $3 WHERE id = $1', [post.id, sent ? 'sent' : 'in_app', now]);
          if (post.notify_followers) {
            const followers = await tx.query<{ openid: string }>(`SELECT openid FROM follows WHERE shop_id = $1 AND state = 'following'`, [post.shop_id]);
            const update: MessageOf<'shop_update'> = {
              message: 'shop_update',
              to: 'follower',
              shopId: post.shop_id,
              shopName: post.shop_name,
              productId: post.product_id,
              text: post.text,
              at: iso(post.at),
              timeZone,
            };
            for (const f of followers) {
              if (!(await spendConsent(tx, f.openid, SHOP_UPDATE_TEMPLATE, now))) continue;
              await enqueue(tx, { kind: 'subscribeMessage', toOpenId: f.openid, payload: update, at: now });
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

/**
 * Puts planned posts about a sold-out or archived product on hold, and resumes them when the product
 * is back — under the shop's row lock and only if the policy still allows the post then (else it
 * stays paused with the reason 'policy', shown to the seller).
 */
export const syncPausedPosts: TimerJob = {
  name: 'syncPausedPosts',
  run: async ({ db }, now) => {
    const paused = await db.query(
      `UPDATE posts p SET paused_reason = CASE WHEN pr.status = 'archived' THEN 'archived' ELSE 'sold_out' END, updated_at = $1
       FROM ${PRODUCT_STATE} pr
       WHERE p.product_id = pr.id AND p.status = 'scheduled' AND p.at > $1
         AND (pr.status = 'archived' OR pr.stock = 0) AND p.paused_reason IS DISTINCT FROM (CASE WHEN pr.status = 'archived' THEN 'archived' ELSE 'sold_out' END)
       RETURNING p.id`,
      [now],
    );
    const candidates = await db.query<{ shop_id: string }>(
      `SELECT DISTINCT p.shop_id FROM posts p LEFT JOIN ${PRODUCT_STATE} pr ON pr.id = p.product_id
       WHERE p.status = 'scheduled' AND p.paused_reason IS NOT NULL AND p.at > $1 AND (pr.id IS NULL OR (pr.status = 'active' AND pr.stock > 0))`,
      [now],
    );
    let resumed = 0;
    for (const { shop_id } of candidates) {
      resumed += await db.transaction(async (tx) => {
        const [shop] = await tx.query<ShopRow>(`SELECT * FROM shops WHERE id = $1 ${SHOP_LOCK}`, [shop_id]);
        const posts = await tx.query<PostRow>(
          `SELECT p.* FROM posts p LEFT JOIN ${PRODUCT_STATE} pr ON pr.id = p.product_id
           WHERE p.shop_id = $1 AND p.status = 'scheduled' AND p.paused_reason IS NOT NULL AND p.at > $2 AND (pr.id IS NULL OR (pr.status = 'active' AND pr.stock > 0))
           ORDER BY p.at FOR UPDATE OF p`,
          [shop_id, now],
        );
        let n = 0;
        for (const post of posts) {
          const counted = await countedPosts(tx, shop_id, now, post.id);
          const check = checkPost(toShop(shop).policy, counted, { at: new Date(post.at), productId: post.product_id }, now);
          const reason = check.ok ? null : 'policy';
          if (reason === post.paused_reason) continue;
          await tx.query('UPDATE posts SET paused_reason = $2, updated_at = $3 WHERE id = $1', [post.id, reason, now]);
          if (reason === null) n += 1;
        }
        return n;
      });
    }
    return paused.length + resumed;
  },
};
