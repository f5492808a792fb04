import type { Product, ProductStatus } from '../../../types/product';
import type { Queryable } from '../../db/types';
import { iso } from '../time';

export interface ProductRow {
  id: string;
  shop_id: string;
  title: string;
  price_fen: number;
  stock: number;
  story: string;
  images: string[];
  proof_images: string[];
  status: ProductStatus;
  position: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export function toProduct(r: ProductRow): Product {
  return {
    id: r.id,
    shopId: r.shop_id,
    title: r.title,
    priceFen: r.price_fen,
    stock: r.stock,
    story: r.story,
    images: r.images,
    proofImages: r.proof_images,
    status: r.status,
    position: r.position,
    // the shop's own until catalog.carry exists (issue 16, next step)
    source: null,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export async function listActiveProducts(q: Queryable, shopId: string): Promise<Product[]> {
  const rows = await q.query<ProductRow>(
    `SELECT * FROM products WHERE shop_id = $1 AND status = 'active' ORDER BY position, created_at, id`,
    [shopId],
  );
  return rows.map(toProduct);
}
