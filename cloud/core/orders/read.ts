import { type OrderPage, type OrderStatus } from '../../../types/order';
import { orderIdSchema, orderListSchema } from '../../../types/order-schemas';
import { domainText } from '../../../types/zh-CN/errors';
import type { Queryable } from '../../db/types';
import { authedAction } from '../runtime/action';
import { AppError, badInput, forbidden, notFound } from '../runtime/errors';
import { findShopOfOwner } from '../shops/rows';
import { roleOf } from './command';
import { hydrateOrders, loadOrder, type OrderRow } from './rows';

const PAGE = 20;

export const get = authedAction(orderIdSchema, async (ctx, { orderId }) => {
  const [row] = await ctx.db.query<OrderRow>('SELECT * FROM orders WHERE id = $1', [orderId]);
  if (!row) throw notFound(domainText.orderNotFound);
  if (!(await roleOf(ctx.db, row, ctx.caller.openId))) throw new AppError('FORBIDDEN', domainText.notYourOrder);
  return loadOrder(ctx.db, orderId, ctx.caller.openId);
});

function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at);
  if (!id || Number.isNaN(date.getTime())) throw badInput({ cursor: '分页位置无效' });
  return { at: date, id };
}

const encodeCursor = (row: OrderRow) => Buffer.from(`${new Date(row.created_at).toISOString()}|${row.id}`, 'utf8').toString('base64url');

/** Newest first, keyset-paged so a page never repeats or skips an order that arrived meanwhile. */
async function listBy(q: Queryable, column: 'buyer_openid' | 'shop_id', value: string, status: OrderStatus | undefined, cursor: string | undefined, viewer: string): Promise<OrderPage> {
  const after = decodeCursor(cursor);
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
    nextCursor: rows.length > PAGE ? encodeCursor(page[page.length - 1]) : null,
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
