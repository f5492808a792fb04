import type { ProductStatus } from '../../../types/product';
import type { Supplier, SupplyProduct } from '../../../types/supply';
import type { Queryable } from '../../db/types';
import { imageStatuses, visibleTo } from '../content';
import { iso } from '../time';

export interface SupplierRow {
  id: string;
  owner_openid: string;
  name: string;
  intro: string;
  contact: string;
  created_at: Date | string;
}

/** A supply product with its supplier's name and owner, as every read selects it (SUPPLY_SELECT). */
export interface SupplyProductRow {
  id: string;
  supplier_id: string;
  title: string;
  story: string;
  images: string[];
  proof_images: string[];
  supply_price_fen: number;
  min_price_fen: number;
  max_price_fen: number;
  stock: number;
  ship_within_hours: number;
  status: ProductStatus;
  created_at: Date | string;
  updated_at: Date | string;
  supplier_name: string;
  supplier_openid: string;
}

export const SUPPLY_SELECT = `SELECT p.*, s.name AS supplier_name, s.owner_openid AS supplier_openid FROM supply_products p JOIN suppliers s ON s.id = p.supplier_id`;

export function toSupplier(r: SupplierRow): Supplier {
  return { id: r.id, name: r.name, intro: r.intro, createdAt: iso(r.created_at) };
}

/**
 * A supply product as `viewer` may see it: the supply price only for its supplier and for a seller whose shop
 * carries it (what they owe per piece), and its images, for anyone else, only once WeChat passed them.
 * `carriedBy` counts the shops that have it on sale now.
 */
export async function toSupplyProducts(q: Queryable, rows: ReadonlyArray<SupplyProductRow>, viewer: string | null): Promise<SupplyProduct[]> {
  const others = rows.filter((r) => r.supplier_openid !== viewer);
  const ok = visibleTo(await imageStatuses(q, others.flatMap((r) => [...r.images, ...r.proof_images])), false);
  const ids = rows.map((r) => r.id);
  const counts = await q.query<{ supply_product_id: string; n: number }>(
    `SELECT supply_product_id, count(*)::int AS n FROM products WHERE supply_product_id = ANY($1) AND status = 'active' GROUP BY supply_product_id`,
    [ids],
  );
  const carriedBy = new Map(counts.map((c) => [c.supply_product_id, c.n]));
  const carriedByViewer = new Set(
    viewer === null
      ? []
      : (
          await q.query<{ supply_product_id: string }>(
            `SELECT p.supply_product_id FROM products p JOIN shops s ON s.id = p.shop_id WHERE p.supply_product_id = ANY($1) AND s.owner_openid = $2`,
            [ids, viewer],
          )
        ).map((r) => r.supply_product_id),
  );
  return rows.map((r) => {
    const own = viewer !== null && r.supplier_openid === viewer;
    const seesSupplyPrice = own || carriedByViewer.has(r.id);
    return {
      id: r.id,
      supplierId: r.supplier_id,
      supplierName: r.supplier_name,
      title: r.title,
      story: r.story,
      images: own ? r.images : r.images.filter(ok),
      proofImages: own ? r.proof_images : r.proof_images.filter(ok),
      ...(seesSupplyPrice ? { supplyPriceFen: r.supply_price_fen } : {}),
      minPriceFen: r.min_price_fen,
      maxPriceFen: r.max_price_fen,
      stock: r.stock,
      shipWithinHours: r.ship_within_hours,
      status: r.status,
      carriedBy: carriedBy.get(r.id) ?? 0,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    };
  });
}

export async function toSupplyProduct(q: Queryable, row: SupplyProductRow, viewer: string | null): Promise<SupplyProduct> {
  const [product] = await toSupplyProducts(q, [row], viewer);
  return product;
}

export async function findSupplierOfOwner(q: Queryable, openId: string): Promise<SupplierRow | undefined> {
  const rows = await q.query<SupplierRow>('SELECT * FROM suppliers WHERE owner_openid = $1', [openId]);
  return rows[0];
}

export async function findSupplyProduct(q: Queryable, id: string): Promise<SupplyProductRow | undefined> {
  const rows = await q.query<SupplyProductRow>(`${SUPPLY_SELECT} WHERE p.id = $1`, [id]);
  return rows[0];
}
