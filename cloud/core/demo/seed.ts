import { DEFAULT_POLICY, DEFAULT_PRODUCT_CAP } from '../../../types/shop';
import type { Database, Queryable } from '../../db/types';
import { newId } from '../ids';
import { demoCarried, demoColleagues, demoDrop, demoProducts, demoShop, demoSupplier, demoSupplyProduct } from './content';

async function insertShop(tx: Queryable, now: Date, shop: { ownerOpenId: string; name: string; intro: string; avatarUrl?: string; transferNote: string }): Promise<string> {
  const id = newId('s');
  await tx.query(
    `INSERT INTO shops (id, owner_openid, name, intro, avatar_url, product_cap, policy, transfer_note, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
    [id, shop.ownerOpenId, shop.name, shop.intro, shop.avatarUrl ?? null, DEFAULT_PRODUCT_CAP, JSON.stringify(DEFAULT_POLICY), shop.transferNote, now],
  );
  return id;
}

/**
 * A carried product is a row of the shop pointing at the supply product (019_carry.sql): the title, images, proof
 * and stock are read from the supplier's row, so the copies here only satisfy the columns' NOT NULL.
 */
async function carry(tx: Queryable, now: Date, shopId: string, supplyProductId: string, position: number, priceFen: number, story: string): Promise<void> {
  await tx.query(
    `INSERT INTO products (id, shop_id, title, price_fen, stock, story, images, proof_images, status, position, supply_product_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 0, $5, '[]', '[]', 'active', $6, $7, $8, $8)`,
    [newId('p'), shopId, demoSupplyProduct.title, priceFen, story, position, supplyProductId, now],
  );
}

/** The demo shop's open drop; its cutoff is 20:00 Beijing time (UTC+8, no daylight saving) a few days after `now`. */
async function seedDrop(tx: Queryable, now: Date, shopId: string, productIds: ReadonlyMap<string, string>): Promise<void> {
  const day = 86_400_000;
  const beijingMidnight = Math.floor((now.getTime() + 8 * 3_600_000) / day) * day - 8 * 3_600_000;
  const closesAt = new Date(beijingMidnight + demoDrop.closesInDays * day + 20 * 3_600_000);
  const id = newId('d');
  await tx.query(
    `INSERT INTO drops (id, shop_id, title, intro, closes_at, fulfilment, show_joiners, status, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, true, 'open', $7, $7)`,
    [id, shopId, demoDrop.title, demoDrop.intro, closesAt, JSON.stringify(demoDrop.fulfilment), now],
  );
  for (const [position, item] of demoDrop.items.entries()) {
    const productId = productIds.get(item.title);
    if (!productId) throw new Error(`demo drop names a product the demo shop does not have: ${item.title}`);
    await tx.query('INSERT INTO drop_items (drop_id, product_id, position, limit_per_buyer) VALUES ($1, $2, $3, $4)', [id, productId, position, item.limitPerBuyer]);
  }
}

/** Seeds the demo shop only into an empty database; returns its id, or null when there was data already. */
export async function seedDemo(db: Database, now: Date): Promise<string | null> {
  return db.transaction(async (tx) => {
    await tx.query('LOCK TABLE shops IN EXCLUSIVE MODE');
    const [{ n }] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM shops');
    if (n > 0) return null;
    const shopId = await insertShop(tx, now, demoShop);
    let position = 0;
    const productIds = new Map<string, string>();
    for (const p of demoProducts) {
      position += 1;
      const id = newId('p');
      productIds.set(p.title, id);
      await tx.query(
        `INSERT INTO products (id, shop_id, title, price_fen, stock, story, images, proof_images, status, position, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'active', $9, $10, $10)`,
        [id, shopId, p.title, p.priceFen, p.stock, p.story, JSON.stringify(p.images), JSON.stringify(p.proofImages), position, now],
      );
    }
    await seedDrop(tx, now, shopId, productIds);

    const supplierId = newId('su');
    await tx.query('INSERT INTO suppliers (id, owner_openid, name, intro, contact, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      supplierId,
      demoSupplier.ownerOpenId,
      demoSupplier.name,
      demoSupplier.intro,
      demoSupplier.contact,
      now,
    ]);
    const supplyProductId = newId('sp');
    const h = demoSupplyProduct;
    await tx.query(
      `INSERT INTO supply_products (id, supplier_id, title, story, images, proof_images, supply_price_fen, min_price_fen, max_price_fen, stock, ship_within_hours, status, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'active', $12, $12)`,
      [supplyProductId, supplierId, h.title, h.story, JSON.stringify(h.images), JSON.stringify(h.proofImages), h.supplyPriceFen, h.minPriceFen, h.maxPriceFen, h.stock, h.shipWithinHours, now],
    );
    await carry(tx, now, shopId, supplyProductId, demoCarried.position, demoCarried.priceFen, demoCarried.story);
    for (const c of demoColleagues) {
      const colleagueShop = await insertShop(tx, now, c);
      await carry(tx, now, colleagueShop, supplyProductId, 1, c.priceFen, c.story);
    }
    return shopId;
  });
}
