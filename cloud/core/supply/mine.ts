import { supplyMineSchema, type MySupply } from '../../../types/supply';
import { authedAction } from '../runtime/action';
import { decodeKeyset, encodeKeyset } from '../runtime/cursor';
import { findSupplierOfOwner, SUPPLY_SELECT, toSupplier, toSupplyProducts, type SupplyProductRow } from './rows';

const PAGE = 20;

/**
 * The caller's own supplier, found by their openid, and its products in every status (archived ones too: the
 * supplier must see what it took off sale), newest first, keyset-paged like `supply.list` (a supplier has no cap).
 * No supplier is an answer, not an error: it is the console's first screen for someone who is about to open one.
 */
export const mine = authedAction(supplyMineSchema, async (ctx, { cursor }): Promise<MySupply> => {
  const after = decodeKeyset(cursor);
  const supplier = await findSupplierOfOwner(ctx.db, ctx.caller.openId);
  if (!supplier) return { supplier: null, products: [], nextCursor: null };
  const params: unknown[] = [supplier.id];
  let where = 'p.supplier_id = $1';
  if (after) {
    params.push(after.at, after.id);
    where += ` AND (p.created_at, p.id) < ($2, $3)`;
  }
  const rows = await ctx.db.query<SupplyProductRow>(`${SUPPLY_SELECT} WHERE ${where} ORDER BY p.created_at DESC, p.id DESC LIMIT ${PAGE + 1}`, params);
  const page = rows.slice(0, PAGE);
  const last = page[page.length - 1];
  return {
    supplier: toSupplier(supplier),
    products: await toSupplyProducts(ctx.db, page, ctx.caller.openId),
    nextCursor: rows.length > PAGE ? encodeKeyset(new Date(last.created_at), last.id) : null,
  };
});
