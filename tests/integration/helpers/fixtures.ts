import type { Queryable } from '../../../cloud/db/types';
import { newId } from '../../../cloud/core/ids';

/**
 * Puts a product straight into the database. The catalog actions that sellers will use arrive with
 * the catalog issue; until then the shop slice is tested with rows written here.
 */
export async function insertProduct(
  db: Queryable,
  shopId: string,
  p: { title: string; priceFen: number; stock: number; status?: 'active' | 'archived'; position: number; images?: string[] },
): Promise<string> {
  const id = newId('p');
  await db.query(
    `INSERT INTO products (id, shop_id, title, price_fen, stock, story, images, proof_images, status, position, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, '[]', $8, $9, now(), now())`,
    [id, shopId, p.title, p.priceFen, p.stock, `${p.title}的故事`, JSON.stringify(p.images ?? []), p.status ?? 'active', p.position],
  );
  return id;
}
