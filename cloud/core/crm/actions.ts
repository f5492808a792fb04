import { crmDoneSchema, crmFollowupsSchema, crmGetSchema, crmListSchema, crmNoteSchema, crmTagSchema } from '../../../types/crm-schemas';
import type { FollowUp } from '../../../types/crm';
import { crmText } from '../../../types/zh-CN/crm';
import { domainText } from '../../../types/zh-CN/errors';
import type { Queryable } from '../../db/types';
import { authedAction, type FunctionDef } from '../runtime/action';
import { decodeOffset } from '../runtime/cursor';
import { forbidden, notFound } from '../runtime/errors';
import { findShopOfOwner, type ShopRow } from '../shops/rows';
import { iso } from '../time';
import { listCustomers, loadCustomer, syncCustomers } from './customers';

/** Only the shop's owner sees its customers; another seller's are not there at all. */
export async function ownShop(q: Queryable, openId: string): Promise<ShopRow & { follow_up_days: number }> {
  const shop = await findShopOfOwner(q, openId);
  if (!shop) throw forbidden(domainText.openShopFirst);
  return shop as ShopRow & { follow_up_days: number };
}

export const list = authedAction(crmListSchema, async (ctx, input) => {
  // Checked before anything is written: bad input changes nothing (the fuzz suite found this one).
  const offset = decodeOffset(input.cursor);
  const shop = await ownShop(ctx.db, ctx.caller.openId);
  await syncCustomers(ctx.db, shop.id, ctx.clock.now());
  return listCustomers(ctx.db, shop.id, { q: input.q, tag: input.tag, offset }, crmText.unknownName);
});

/** One customer of the caller's shop (a customer of another shop is not found). */
export const get = authedAction(crmGetSchema, async (ctx, { customerId }) => {
  const shop = await ownShop(ctx.db, ctx.caller.openId);
  const customer = await loadCustomer(ctx.db, shop.id, customerId, crmText.unknownName);
  if (!customer) throw notFound(crmText.customerNotFound);
  return customer;
});

async function updateCustomer(q: Queryable, shopId: string, customerId: string, column: 'note' | 'tags', value: unknown, now: Date) {
  const updated = await q.query(`UPDATE customers SET ${column} = $3, updated_at = $4 WHERE shop_id = $1 AND id = $2 RETURNING id`, [shopId, customerId, value, now]);
  if (updated.length === 0) throw notFound(crmText.customerNotFound);
  return (await loadCustomer(q, shopId, customerId, crmText.unknownName))!;
}

export const note = authedAction(crmNoteSchema, async (ctx, { customerId, note: text }) => {
  const shop = await ownShop(ctx.db, ctx.caller.openId);
  return updateCustomer(ctx.db, shop.id, customerId, 'note', text ?? '', ctx.clock.now());
});

export const tag = authedAction(crmTagSchema, async (ctx, { customerId, tags }) => {
  const shop = await ownShop(ctx.db, ctx.caller.openId);
  return updateCustomer(ctx.db, shop.id, customerId, 'tags', JSON.stringify([...new Set(tags)]), ctx.clock.now());
});

interface FollowUpRow {
  order_id: string;
  completed_at: Date;
  name: string | null;
  customer_id: string | null;
  titles: string[];
  status: 'done' | 'snoozed' | null;
  snoozed_until: Date | null;
}

const DAY = 86_400_000;

async function followUpRows(q: Queryable, shop: ShopRow & { follow_up_days: number }, now: Date, orderId?: string): Promise<FollowUp[]> {
  const rows = await q.query<FollowUpRow>(
    `SELECT o.id AS order_id, o.completed_at, o.address->>'name' AS name, c.id AS customer_id, f.status, f.snoozed_until,
       (SELECT json_agg(i.title ORDER BY i.line) FROM order_items i WHERE i.order_id = o.id) AS titles
     FROM orders o
     LEFT JOIN customers c ON c.shop_id = o.shop_id AND c.buyer_openid = o.buyer_openid
     LEFT JOIN follow_ups f ON f.order_id = o.id
     WHERE o.shop_id = $1 AND o.status = 'completed' AND o.completed_at <= $2 AND ($3::text IS NULL OR o.id = $3)
     ORDER BY o.completed_at, o.id`,
    [shop.id, new Date(now.getTime() - shop.follow_up_days * DAY), orderId ?? null],
  );
  return rows.map((r): FollowUp => {
    const name = r.name ?? crmText.unknownName;
    const snoozed = r.status === 'snoozed' && r.snoozed_until && new Date(r.snoozed_until) > now;
    return {
      id: r.order_id,
      customerId: r.customer_id ?? '',
      customerName: name,
      orderId: r.order_id,
      productTitles: r.titles ?? [],
      completedAt: iso(r.completed_at),
      dueAt: iso(snoozed ? r.snoozed_until! : new Date(new Date(r.completed_at).getTime() + shop.follow_up_days * DAY)),
      status: r.status === 'done' ? 'done' : snoozed ? 'snoozed' : 'due',
      text: crmText.followUp(name, r.titles ?? []),
    };
  });
}

/** Follow-ups that are due or snoozed (done ones drop off). They never message anyone by themselves. */
export const followups = authedAction(crmFollowupsSchema, async (ctx) => {
  const shop = await ownShop(ctx.db, ctx.caller.openId);
  const now = ctx.clock.now();
  await syncCustomers(ctx.db, shop.id, now);
  return (await followUpRows(ctx.db, shop, now)).filter((f) => f.status !== 'done');
});

export const done = authedAction(crmDoneSchema, async (ctx, { followUpId, snoozeDays }) => {
  const shop = await ownShop(ctx.db, ctx.caller.openId);
  const now = ctx.clock.now();
  const [due] = await followUpRows(ctx.db, shop, now, followUpId);
  if (!due) throw notFound(crmText.followUpNotFound);
  await ctx.db.query(
    `INSERT INTO follow_ups (order_id, shop_id, status, snoozed_until, updated_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (order_id) DO UPDATE SET status = $3, snoozed_until = $4, updated_at = $5`,
    [followUpId, shop.id, snoozeDays ? 'snoozed' : 'done', snoozeDays ? new Date(now.getTime() + snoozeDays * DAY) : null, now],
  );
  const [after] = await followUpRows(ctx.db, shop, now, followUpId);
  return after;
});

/** The `crm` cloud function's actions. */
export const crmFunction = { list, get, note, tag, followups, done } satisfies FunctionDef;
