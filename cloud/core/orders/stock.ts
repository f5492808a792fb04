import { domainText } from '../../../types/zh-CN/errors';
import type { Queryable } from '../../db/types';
import { AppError } from '../runtime/errors';

/**
 * Takes stock for each line in one statement per product, which only succeeds while enough is left:
 * the row lock the UPDATE takes is what keeps racing orders from selling more than there is.
 * Products are taken in id order so two orders for the same products never deadlock.
 */
export async function reserveStock(tx: Queryable, lines: { productId: string; qty: number }[]): Promise<void> {
  for (const { productId, qty } of [...lines].sort((a, b) => (a.productId < b.productId ? -1 : 1))) {
    const taken = await tx.query('UPDATE products SET stock = stock - $2 WHERE id = $1 AND stock >= $2 RETURNING stock', [productId, qty]);
    if (taken.length === 0) {
      const [row] = await tx.query<{ stock: number; title: string }>('SELECT stock, title FROM products WHERE id = $1', [productId]);
      throw new AppError('OUT_OF_STOCK', domainText.outOfStock(row?.title ?? '', row?.stock ?? 0), { productId, available: row?.stock ?? 0 });
    }
  }
}

/** Gives an order's stock back (cancel, expiry, approved return). */
export async function releaseStock(tx: Queryable, orderId: string): Promise<void> {
  await tx.query(
    `UPDATE products p SET stock = LEAST(9999, p.stock + i.qty)
     FROM (SELECT product_id, sum(qty)::int AS qty FROM order_items WHERE order_id = $1 GROUP BY product_id) i
     WHERE p.id = i.product_id`,
    [orderId],
  );
}
