import { domainText } from '../../../types/zh-CN/errors';
import type { Queryable } from '../../db/types';
import { AppError } from '../runtime/errors';

/** Where a line's stock lives: the shop's own product row, or the supply row every carrying shop shares (issue 16). */
interface StockRow {
  table: 'supply_products' | 'products';
  id: string;
  qty: number;
  /** the product the buyer asked for, named in OUT_OF_STOCK */
  productId: string;
}

const byId = (a: StockRow, b: StockRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The rows to take from or give back to, in the one order every transaction locks them: supply rows, then products, each by id. */
async function stockRows(tx: Queryable, lines: ReadonlyArray<{ productId: string; qty: number }>): Promise<StockRow[]> {
  const ids = [...new Set(lines.map((l) => l.productId))];
  const carried = await tx.query<{ id: string; supply_product_id: string }>(
    'SELECT id, supply_product_id FROM products WHERE id = ANY($1) AND supply_product_id IS NOT NULL',
    [ids],
  );
  const supplyOf = new Map(carried.map((r) => [r.id, r.supply_product_id]));
  const rows = new Map<string, StockRow>();
  for (const { productId, qty } of lines) {
    const supplyId = supplyOf.get(productId);
    const key = supplyId ? `s:${supplyId}` : `p:${productId}`;
    const row = rows.get(key);
    if (row) row.qty += qty;
    else rows.set(key, supplyId ? { table: 'supply_products', id: supplyId, qty, productId } : { table: 'products', id: productId, qty, productId });
  }
  const all = [...rows.values()];
  return [...all.filter((r) => r.table === 'supply_products').sort(byId), ...all.filter((r) => r.table === 'products').sort(byId)];
}

/**
 * Takes stock for each line in one statement per row, which only succeeds while enough is left: the row
 * lock the UPDATE takes is what keeps racing orders from selling more than there is. A carried product's
 * stock is its supplier's, so orders in every shop that carries it take from that one row (and only while
 * the supplier has it on offer). Rows are taken in one fixed order so two orders never deadlock.
 */
export async function reserveStock(tx: Queryable, lines: { productId: string; qty: number }[]): Promise<void> {
  for (const row of await stockRows(tx, lines)) {
    const taken =
      row.table === 'supply_products'
        ? await tx.query(`UPDATE supply_products SET stock = stock - $2 WHERE id = $1 AND stock >= $2 AND status = 'active' RETURNING stock`, [row.id, row.qty])
        : await tx.query('UPDATE products SET stock = stock - $2 WHERE id = $1 AND stock >= $2 RETURNING stock', [row.id, row.qty]);
    if (taken.length === 0) {
      const [left] =
        row.table === 'supply_products'
          ? await tx.query<{ stock: number; title: string }>(
              `SELECT CASE WHEN status = 'active' THEN stock ELSE 0 END AS stock, title FROM supply_products WHERE id = $1`,
              [row.id],
            )
          : await tx.query<{ stock: number; title: string }>('SELECT stock, title FROM products WHERE id = $1', [row.id]);
      const available = left?.stock ?? 0;
      throw new AppError('OUT_OF_STOCK', domainText.outOfStock(left?.title ?? '', available), { productId: row.productId, available });
    }
  }
}

/** Pieces to give back to the row they were taken from: the supply row when the line was a carried product's. */
export interface Pieces {
  productId: string;
  supplyProductId: string | null;
  qty: number;
}

/**
 * Gives pieces back, summed per row and written in the one global order reserveStock locks in (supply rows,
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
