import { DEFAULT_POLICY, type PostingPolicy } from '../../../types/shop';
import { orderNoteText } from '../../../types/zh-CN/orders';
import { templateOf, type Message, type MessageInputs, type OrderFacts, type OrderMessage } from '../../../types/messages';
import type { TemplateName } from '../../../types/messages-templates';
import type { Queryable } from '../../db/types';
import { lockConsents, spendConsent } from '../consents';
import { enqueue } from '../outbox';
import { iso } from '../time';
import type { OrderRow } from './rows';

/** What a caller says about a notice: its kind and the facts only the caller knows (the carrier, the reason…). */
type DetailsOf<M> = M extends OrderMessage ? Omit<M, keyof OrderFacts | 'to'> : never;
export type OrderNoticeDetails = DetailsOf<OrderMessage>;
export type OrderNotice = OrderNoticeDetails['message'];
type RecipientOf<D extends OrderNoticeDetails> = MessageInputs[D['message']]['to'];

interface PreparedNotice {
  toOpenId: string;
  template: TemplateName;
  message: Message;
}

const THING_MAX = 20;

/** "核桃", "核桃 ×2", "核桃 等3件": the count survives a long title (thing keeps 20 characters). */
export function productSummary(title: string, lines: number, pieces: number): string {
  const suffix = orderNoteText.itemsSuffix(lines, pieces);
  const room = THING_MAX - suffix.length;
  const name = title.length > room ? `${title.slice(0, room - 1)}…` : title;
  return `${name}${suffix}`;
}

/** The order's facts every message carries, and who receives it, read in the caller's transaction. */
async function prepare<D extends OrderNoticeDetails>(tx: Queryable, order: OrderRow, details: D, to: RecipientOf<D>, at: Date): Promise<PreparedNotice> {
  const [facts] = await tx.query<{ name: string; owner_openid: string; policy: Partial<PostingPolicy> | null; first_title: string | null; lines: number; pieces: number }>(
    `SELECT s.name, s.owner_openid, s.policy,
            (SELECT title FROM order_items WHERE order_id = $1 ORDER BY line LIMIT 1) AS first_title,
            (SELECT count(*)::int FROM order_items WHERE order_id = $1) AS lines,
            (SELECT coalesce(sum(qty), 0)::int FROM order_items WHERE order_id = $1) AS pieces
     FROM shops s WHERE s.id = $2`,
    [order.id, order.shop_id],
  );
  const message = {
    ...details,
    to,
    orderId: order.id,
    shopName: facts.name,
    productSummary: productSummary(facts.first_title ?? '', facts.lines, facts.pieces),
    totalFen: order.total_fen,
    createdAt: iso(order.created_at),
    at: iso(at),
    timeZone: facts.policy?.timeZone ?? DEFAULT_POLICY.timeZone,
  } as Message;
  const toOpenId = to === 'owner' ? facts.owner_openid : order.buyer_openid;
  return { toOpenId, template: templateOf(message), message };
}

/**
 * Without a consent left nothing is queued: WeChat would refuse the message (43101), and the app
 * shows the order's status anyway. With one, the consent is spent and the message queued together.
 */
async function deliver(tx: Queryable, notice: PreparedNotice, at: Date): Promise<boolean> {
  if (!(await spendConsent(tx, notice.toOpenId, notice.template, at))) return false;
  await enqueue(tx, { kind: 'subscribeMessage', toOpenId: notice.toOpenId, payload: notice.message, at });
  return true;
}

/**
 * A subscription message about an order to one side, in the same transaction as the change: it spends
 * one of the recipient's consents for the message's template (one consent = one message) and writes
 * the message to the outbox (the sandbox shows it; production's sender delivers it). Answers whether
 * a message was queued.
 */
export async function notify<D extends OrderNoticeDetails>(tx: Queryable, order: OrderRow, details: D, to: RecipientOf<D>, at: Date): Promise<boolean> {
  return deliver(tx, await prepare(tx, order, details, to, at), at);
}

/**
 * For a timer batch that tells many people at once: collect the notices while handling the orders,
 * then `flush` at the end of the transaction, which locks every consent it will spend in one order
 * first (see lockConsents) and only then spends them.
 */
export function noticeBatch(tx: Queryable, at: Date) {
  const pending: PreparedNotice[] = [];
  return {
    async add<D extends OrderNoticeDetails>(order: OrderRow, details: D, to: RecipientOf<D>): Promise<void> {
      pending.push(await prepare(tx, order, details, to, at));
    },
    async flush(): Promise<number> {
      await lockConsents(tx, pending.map((n) => ({ openId: n.toOpenId, template: n.template })));
      let queued = 0;
      for (const n of pending.splice(0)) if (await deliver(tx, n, at)) queued += 1;
      return queued;
    },
  };
}
