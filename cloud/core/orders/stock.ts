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

/** A line to take stock for: the product the buyer asked for, and the supply row a carried product's stock lives in. */
export interface StockLine {
  productId: string;
  qty: number;
  /** null for the shop's own product; a product's supply row never changes, so a read before the lock will do */
  supplyProductId: string | null;
}

/** A carried line's supply row as it stands under the lock: the price and band the order line must honour. */
export interface LockedSupply {
  id: string;
  supply_price_fen: number;
  min_price_fen: number;
  max_price_fen: number;
}

/** The rows to take from, summed per row, in the one order every transaction locks them: supply rows, then products, each by id. */
function stockRows(lines: ReadonlyArray<StockLine>): StockRow[] {
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

interface Taken {
  id: string;
  title: string;
  /** what was left before this order: 0 for a supply row no longer on offer */
  stock: number;
  taken: boolean;
  supply_price_fen?: number;
  min_price_fen?: number;
  max_price_fen?: number;
}

/**
 * One statement per table for every line: the rows are locked in id order first (FOR NO KEY UPDATE, the lock the
 * UPDATE itself takes, so order lines referencing them are not held up), then each is taken from only while enough
 * is left — judged on the locked, newest row, so racing orders never sell more than there is.
 * `lines` of an order being placed (`orderId`) take the supply price as it stands under the lock.
 */
const TAKE_SUPPLY = `WITH want AS (SELECT * FROM unnest($1::text[], $2::int[]) AS w(id, qty)),
  locked AS (SELECT id, title, stock, status, supply_price_fen, min_price_fen, max_price_fen FROM supply_products
              WHERE id = ANY($1::text[]) ORDER BY id FOR NO KEY UPDATE),
  taken AS (UPDATE supply_products s SET stock = s.stock - w.qty FROM locked k JOIN want w ON w.id = k.id
             WHERE s.id = k.id AND k.status = 'active' AND k.stock >= w.qty RETURNING s.id),
  priced AS (UPDATE order_items i SET supply_price_fen = k.supply_price_fen FROM locked k WHERE i.order_id = $3::text AND i.supply_product_id = k.id)
  SELECT k.id, k.title, CASE WHEN k.status = 'active' THEN k.stock ELSE 0 END AS stock, t.id IS NOT NULL AS taken,
         k.supply_price_fen, k.min_price_fen, k.max_price_fen
    FROM locked k LEFT JOIN taken t ON t.id = k.id`;
const TAKE_OWN = `WITH want AS (SELECT * FROM unnest($1::text[], $2::int[]) AS w(id, qty)),
  locked AS (SELECT id, title, stock FROM products WHERE id = ANY($1::text[]) ORDER BY id FOR NO KEY UPDATE),
  taken AS (UPDATE products p SET stock = p.stock - w.qty FROM locked k JOIN want w ON w.id = k.id
             WHERE p.id = k.id AND k.stock >= w.qty RETURNING p.id)
  SELECT k.id, k.title, k.stock, t.id IS NOT NULL AS taken FROM locked k LEFT JOIN taken t ON t.id = k.id`;

/**
 * Takes stock for every line, or none: OUT_OF_STOCK names the first row short (in lock order) with what is left,
 * and the caller's transaction rolls back what was taken. A carried product's stock is its supplier's, so orders
 * in every shop that carries it take from that one row (and only while the supplier has it on offer). Rows are
 * locked in one fixed order — supply rows, then products, each by id — so two orders never deadlock. Answers the
 * carried lines' supply rows as locked.
 */
export async function reserveStock(tx: Queryable, lines: ReadonlyArray<StockLine>, orderId: string | null = null): Promise<Map<string, LockedSupply>> {
  const rows = stockRows(lines);
  const locked = new Map<string, LockedSupply>();
  for (const table of ['supply_products', 'products'] as const) {
    const mine = rows.filter((r) => r.table === table);
    if (mine.length === 0) continue;
    const ids = mine.map((r) => r.id);
    const qtys = mine.map((r) => r.qty);
    const result =
      table === 'supply_products' ? await tx.query<Taken>(TAKE_SUPPLY, [ids, qtys, orderId]) : await tx.query<Taken>(TAKE_OWN, [ids, qtys]);
    const byRow = new Map(result.map((r) => [r.id, r]));
    for (const row of mine) {
      const got = byRow.get(row.id);
      if (got?.taken) continue;
      const available = got?.stock ?? 0;
      throw new AppError('OUT_OF_STOCK', domainText.outOfStock(got?.title ?? '', available), { productId: row.productId, available });
    }
    for (const r of result) {
      if (r.supply_price_fen !== undefined) locked.set(r.id, { id: r.id, supply_price_fen: r.supply_price_fen, min_price_fen: r.min_price_fen!, max_price_fen: r.max_price_fen! });
    }
  }
  return locked;
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
