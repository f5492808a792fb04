import { type OrderPage, type OrderStatus } from '../../../types/order';
import { orderIdSchema, orderListSchema } from '../../../types/order-schemas';
import { domainText } from '../../../types/zh-CN/errors';
import type { Queryable } from '../../db/types';
import { authedAction } from '../runtime/action';
import { decodeKeyset, encodeKeyset } from '../runtime/cursor';
import { forbidden, notFound } from '../runtime/errors';
import { findShopOfOwner } from '../shops/rows';
import { rolesOf } from './command';
import { hydrateOrders, loadOrder, type OrderRow } from './rows';

const PAGE = 20;

/**
 * The caller's order; one they are neither buyer nor seller of is not there for them (NOT_FOUND, as a made-up id).
 * Its supplier reads it in its own queue (supply.orders), which leaves out what the friend paid and who they are.
 */
export const get = authedAction(orderIdSchema, async (ctx, { orderId }) => {
  const [row] = await ctx.db.query<OrderRow>('SELECT * FROM orders WHERE id = $1', [orderId]);
  const roles = row ? await rolesOf(ctx.db, row, ctx.caller.openId) : [];
  if (!row || !roles.some((r) => r === 'buyer' || r === 'owner')) throw notFound(domainText.orderNotFound);
  return loadOrder(ctx.db, orderId, ctx.caller.openId);
});

/** Newest first, keyset-paged so a page never repeats or skips an order that arrived meanwhile. */
async function listBy(q: Queryable, column: 'buyer_openid' | 'shop_id', value: string, status: OrderStatus | undefined, cursor: string | undefined, viewer: string): Promise<OrderPage> {
  const after = decodeKeyset(cursor);
  const params: unknown[] = [value];
  let where = `${column} = $1`;
  if (status) {
    params.push(status);
    where += ` AND status = $${params.length}`;
  }
  if (after) {
    params.push(after.at, after.id);
    where += ` AND (created_at, id) < ($${params.length - 1}, $${params.length})`;
  }
  const rows = await q.query<OrderRow>(`SELECT * FROM orders WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT ${PAGE + 1}`, params);
  const page = rows.slice(0, PAGE);
  const counts = await q.query<{ status: OrderStatus; n: number }>(`SELECT status, count(*)::int AS n FROM orders WHERE ${column} = $1 GROUP BY status`, [value]);
  return {
    orders: await hydrateOrders(q, page, viewer),
    nextCursor: rows.length > PAGE ? encodeKeyset(new Date(page[page.length - 1].created_at), page[page.length - 1].id) : null,
    counts: Object.fromEntries(counts.map((c) => [c.status, c.n])),
  };
}

export const listMine = authedAction(orderListSchema, async (ctx, { status, cursor }) =>
  listBy(ctx.db, 'buyer_openid', ctx.caller.openId, status, cursor, ctx.caller.openId),
);

export const listShop = authedAction(orderListSchema, async (ctx, { status, cursor }) => {
  const shop = await findShopOfOwner(ctx.db, ctx.caller.openId);
  if (!shop) throw forbidden(domainText.openShopFirst);
  return listBy(ctx.db, 'shop_id', shop.id, status, cursor, ctx.caller.openId);
});
