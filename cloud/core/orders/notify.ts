import { DEFAULT_POLICY, type PostingPolicy } from '../../../types/shop';
import { DEFAULT_SHIP_WITHIN_HOURS } from '../../../types/supply';
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

export interface PreparedNotice {
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

/** What productSummary is made of: the first line's title, the number of lines and of pieces of order $1. */
const ITEMS = `(SELECT title FROM order_items WHERE order_id = $1 ORDER BY line LIMIT 1) AS first_title,
            (SELECT count(*)::int FROM order_items WHERE order_id = $1) AS lines,
            (SELECT coalesce(sum(qty), 0)::int FROM order_items WHERE order_id = $1) AS pieces`;

/** What every order message says of the shop and the lines, and who owns the shop. */
export interface OrderNoticeFacts {
  name: string;
  owner_openid: string;
  policy: Partial<PostingPolicy> | null;
  first_title: string | null;
  lines: number;
  pieces: number;
}

/** The notice itself, from facts read by the caller (order.create has them all without a query). */
export function orderNotice<D extends OrderNoticeDetails>(
  facts: OrderNoticeFacts,
  order: Pick<OrderRow, 'id' | 'total_fen' | 'created_at' | 'buyer_openid'>,
  details: D,
  to: RecipientOf<D>,
  at: Date,
): PreparedNotice {
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

/** The order's facts every message carries, and who receives it, read in the caller's transaction. */
async function prepare<D extends OrderNoticeDetails>(tx: Queryable, order: OrderRow, details: D, to: RecipientOf<D>, at: Date): Promise<PreparedNotice> {
  const [facts] = await tx.query<OrderNoticeFacts>(
    `SELECT s.name, s.owner_openid, s.policy, ${ITEMS}
     FROM shops s WHERE s.id = $2`,
    [order.id, order.shop_id],
  );
  return orderNotice(facts, order, details, to, at);
}

/**
 * The 待发货提醒 to the supplier who ships the order (issue 16), or null for a shop's own order. It names the
 * selling shop, the pieces and the ship-by time (paid now + the strictest line's shipWithinHours, as the
 * supplier's queue computes it) — never the buyer, nor what the friend paid: that stays between buyer and seller
 * (CONTRACT.md Additions `supply`). It goes to the supplier's owner, whose console is where the address is.
 */
async function prepareForSupplier(tx: Queryable, order: OrderRow, at: Date): Promise<PreparedNotice | null> {
  if (!order.supplier_id) return null;
  const [facts] = await tx.query<{ owner_openid: string; shop_name: string; first_title: string | null; lines: number; pieces: number; within: number | null }>(
    `SELECT su.owner_openid, s.name AS shop_name, ${ITEMS},
            (SELECT min(sp.ship_within_hours)::int FROM order_items i JOIN supply_products sp ON sp.id = i.supply_product_id WHERE i.order_id = $1) AS within
     FROM suppliers su, shops s WHERE su.id = $2 AND s.id = $3`,
    [order.id, order.supplier_id, order.shop_id],
  );
  if (!facts) return null;
  const shipBy = new Date(at.getTime() + (facts.within ?? DEFAULT_SHIP_WITHIN_HOURS) * 3_600_000);
  const message: Message = {
    message: 'supply.order_paid',
    to: 'supplier',
    orderId: order.id,
    shopName: facts.shop_name,
    productSummary: productSummary(facts.first_title ?? '', facts.lines, facts.pieces),
    shipBy: iso(shipBy),
    at: iso(at),
    // a supplier keeps no time zone of its own: the contract's default, the one its console's times are read in
    timeZone: DEFAULT_POLICY.timeZone,
  };
  return { toOpenId: facts.owner_openid, template: templateOf(message), message };
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
 *
 * `order.paid` about an order now paid — WeChat Pay's callback (completePayment) or the seller confirming a
 * transfer (confirmPaid), the only two ways an order becomes paid — also tells the order's supplier, if any,
 * that it has a parcel to ship: the moment the order enters its queue (supply.orders shows paid orders only).
 * The buyer's "I transferred" is `order.paid` too but leaves the order unpaid, so the supplier hears nothing yet.
 */
export async function notify<D extends OrderNoticeDetails>(tx: Queryable, order: OrderRow, details: D, to: RecipientOf<D>, at: Date): Promise<boolean> {
  const notice = await prepare(tx, order, details, to, at);
  const forSupplier = details.message === 'order.paid' && order.status === 'paid' ? await prepareForSupplier(tx, order, at) : null;
  if (!forSupplier) return deliver(tx, notice, at);
  // Two people's consents in one transaction: locked in one order first, as a timer batch does, so two
  // payments whose seller and supplier are each other's never wait on each other crosswise.
  await lockConsents(tx, [notice, forSupplier].map((n) => ({ openId: n.toOpenId, template: n.template })));
  const queued = await deliver(tx, notice, at);
  await deliver(tx, forSupplier, at);
  return queued;
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
