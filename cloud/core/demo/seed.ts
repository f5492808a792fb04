import { DEFAULT_POLICY, DEFAULT_PRODUCT_CAP } from '../../../types/shop';
import type { Database } from '../../db/types';
import { newId } from '../ids';
import { demoProducts, demoShop } from './content';

/** Seeds the demo shop only into an empty database; returns its id, or null when there was data already. */
export async function seedDemo(db: Database, now: Date): Promise<string | null> {
  return db.transaction(async (tx) => {
    await tx.query('LOCK TABLE shops IN EXCLUSIVE MODE');
    const [{ n }] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM shops');
    if (n > 0) return null;
    const shopId = newId('s');
    await tx.query(
      `INSERT INTO shops (id, owner_openid, name, intro, avatar_url, product_cap, policy, transfer_note, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
      [shopId, demoShop.ownerOpenId, demoShop.name, demoShop.intro, demoShop.avatarUrl, DEFAULT_PRODUCT_CAP, JSON.stringify(DEFAULT_POLICY), demoShop.transferNote, now],
    );
    let position = 0;
    for (const p of demoProducts) {
      position += 1;
      await tx.query(
        `INSERT INTO products (id, shop_id, title, price_fen, stock, story, images, proof_images, status, position, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'active', $9, $10, $10)`,
        [newId('p'), shopId, p.title, p.priceFen, p.stock, p.story, JSON.stringify(p.images), JSON.stringify(p.proofImages), position, now],
      );
    }
    return shopId;
  });
}
