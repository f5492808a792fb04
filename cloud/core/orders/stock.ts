import type { Queryable } from '../../db/types';

/** Where a line's stock lives: the shop's own product row, or the supply row every carrying shop shares (issue 16). */
export interface StockRow {
  table: 'supply_products' | 'products';
  id: string;
  qty: number;
  /** the product the buyer asked for, named in OUT_OF_STOCK */
  productId: string;
}

const byId = (a: StockRow, b: StockRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A line to take stock for: the product the buyer asked for, and the supply row a carried product's stock lives in. */
export interface StockLine {
  productId: string;
  qty: number;
  /** null for the shop's own product; a product's supply row never changes, so a read before the lock will do */
  supplyProductId: string | null;
}

/** The rows to take from, summed per row, in the one order every transaction locks them: supply rows, then products, each by id. */
export function stockRows(lines: ReadonlyArray<StockLine>): StockRow[] {
  const rows = new Map<string, StockRow>();
  for (const { productId, qty, supplyProductId } of lines) {
    const key = supplyProductId ? `s:${supplyProductId}` : `p:${productId}`;
    const row = rows.get(key);
    if (row) row.qty += qty;
    else rows.set(key, supplyProductId ? { table: 'supply_products', id: supplyProductId, qty, productId } : { table: 'products', id: productId, qty, productId });
  }
  const all = [...rows.values()];
  return [...all.filter((r) => r.table === 'supply_products').sort(byId), ...all.filter((r) => r.table === 'products').sort(byId)];
}

/** Pieces to give back to the row they were taken from: the supply row when the line was a carried product's. */
export interface Pieces {
  productId: string;
  supplyProductId: string | null;
  qty: number;
}

/**
 * Gives pieces back, summed per row and written in the one global order order.create locks in (supply rows,
 * then products, each by id) — however many orders they come from. Releasing order by order instead locks
 * one order's supply row before another's, and a create locking the same two rows the other way round deadlocks.
 */
export async function giveBack(tx: Queryable, pieces: ReadonlyArray<Pieces>): Promise<void> {
  const rows = new Map<string, StockRow>();
  for (const l of pieces) {
    if (l.qty <= 0) continue;
    const key = l.supplyProductId ? `s:${l.supplyProductId}` : `p:${l.productId}`;
    const row = rows.get(key);
    if (row) row.qty += l.qty;
    else rows.set(key, { table: l.supplyProductId ? 'supply_products' : 'products', id: l.supplyProductId ?? l.productId, qty: l.qty, productId: l.productId });
  }
  const all = [...rows.values()];
  for (const row of [...all.filter((r) => r.table === 'supply_products').sort(byId), ...all.filter((r) => r.table === 'products').sort(byId)]) {
    if (row.table === 'supply_products') await tx.query('UPDATE supply_products SET stock = LEAST(99999, stock + $2) WHERE id = $1', [row.id, row.qty]);
    else await tx.query('UPDATE products SET stock = LEAST(9999, stock + $2) WHERE id = $1', [row.id, row.qty]);
  }
}

/** The pieces of these orders that are still out (bought and not come back), each with the row they came from. */
export async function piecesOut(tx: Queryable, orderIds: ReadonlyArray<string>): Promise<Pieces[]> {
  // The line's own supply_product_id when order.create fixed it, else the product's (which never changes).
  const lines = await tx.query<{ product_id: string; supply_product_id: string | null; qty: number }>(
    `SELECT i.product_id, coalesce(i.supply_product_id, p.supply_product_id) AS supply_product_id, i.qty - i.returned_qty AS qty
       FROM order_items i JOIN products p ON p.id = i.product_id WHERE i.order_id = ANY($1)`,
    [orderIds],
  );
  return lines.map((l) => ({ productId: l.product_id, supplyProductId: l.supply_product_id, qty: Number(l.qty) }));
}

/**
 * Gives every piece of these orders back (cancel, expiry, a full refund before shipping), to the rows they were
 * taken from. Several orders in one transaction must be released in ONE call (see giveBack).
 */
export async function releaseStock(tx: Queryable, orderIds: string | ReadonlyArray<string>): Promise<void> {
  const ids = typeof orderIds === 'string' ? [orderIds] : orderIds;
  if (ids.length === 0) return;
  await giveBack(tx, await piecesOut(tx, ids));
}
