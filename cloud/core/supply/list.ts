import { supplyListSchema, type SupplyProductPage } from '../../../types/supply';
import { publicAction } from '../runtime/action';
import { decodeKeyset, encodeKeyset } from '../runtime/cursor';
import { SUPPLY_SELECT, toSupplyProducts, type SupplyProductRow } from './rows';

const PAGE = 20;

/**
 * What a seller browses to carry: active supply products of every supplier, newest first, keyset-paged so a
 * page never repeats or skips one listed meanwhile. `q` matches the title.
 */
export const list = publicAction(supplyListSchema, async (ctx, { q, cursor }): Promise<SupplyProductPage> => {
  const after = decodeKeyset(cursor);
  const params: unknown[] = [];
  let where = `p.status = 'active'`;
  if (q) {
    params.push(`%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    where += ` AND p.title ILIKE $${params.length}`;
  }
  if (after) {
    params.push(after.at, after.id);
    where += ` AND (p.created_at, p.id) < ($${params.length - 1}, $${params.length})`;
  }
  const rows = await ctx.db.query<SupplyProductRow>(`${SUPPLY_SELECT} WHERE ${where} ORDER BY p.created_at DESC, p.id DESC LIMIT ${PAGE + 1}`, params);
  const page = rows.slice(0, PAGE);
  const last = page[page.length - 1];
  return {
    products: await toSupplyProducts(ctx.db, page, ctx.caller.openId),
    nextCursor: rows.length > PAGE ? encodeKeyset(new Date(last.created_at), last.id) : null,
  };
});
