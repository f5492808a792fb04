import type { Product, ProductStatus } from '../../../types/product';
import type { Queryable } from '../../db/types';
import { visibleProducts } from '../content/visible';
import { iso } from '../time';

/**
 * A product as every read selects it (PRODUCT_SELECT). A carried product (issue 16) takes its title, images,
 * proof, stock and — when the supplier archived it — its status from the supply row, the one truth every
 * carrying shop shares; its own row keeps only the seller's price, words and place on the page.
 */
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
  supply_product_id: string | null;
  /** the seller's own status, before the supplier's archive is applied */
  own_status: ProductStatus;
  supply_status: ProductStatus | null;
  supplier_id: string | null;
  supplier_name: string | null;
  supplier_openid: string | null;
  supplier_story: string | null;
  ship_within_hours: number | null;
  min_price_fen: number | null;
  max_price_fen: number | null;
  supply_price_fen: number | null;
}

export const PRODUCT_FROM = `FROM products p
  LEFT JOIN supply_products sp ON sp.id = p.supply_product_id
  LEFT JOIN suppliers su ON su.id = sp.supplier_id`;

/** On sale to buyers: the seller's row is active and, for a carried product, so is the supplier's. */
export const PRODUCT_ACTIVE = `(p.status = 'active' AND (sp.id IS NULL OR sp.status = 'active'))`;

export const PRODUCT_SELECT = `SELECT p.id, p.shop_id, p.price_fen, p.story, p.position, p.created_at, p.updated_at, p.supply_product_id,
    coalesce(sp.title, p.title) AS title,
    coalesce(sp.images, p.images) AS images,
    coalesce(sp.proof_images, p.proof_images) AS proof_images,
    CASE WHEN sp.id IS NULL THEN p.stock ELSE sp.stock END AS stock,
    CASE WHEN ${PRODUCT_ACTIVE} THEN 'active' ELSE 'archived' END AS status,
    p.status AS own_status, sp.status AS supply_status, sp.supplier_id, su.name AS supplier_name, su.owner_openid AS supplier_openid,
    sp.story AS supplier_story, sp.ship_within_hours, sp.min_price_fen, sp.max_price_fen, sp.supply_price_fen
  ${PRODUCT_FROM}`;

/**
 * Each product's effective status and stock, as a table to join (`${PRODUCT_STATE} pr`) for readers that need
 * only those, such as the timer pausing posts about a sold-out or archived product.
 */
export const PRODUCT_STATE = `(SELECT p.id, p.shop_id,
    CASE WHEN ${PRODUCT_ACTIVE} THEN 'active' ELSE 'archived' END AS status,
    CASE WHEN sp.id IS NULL THEN p.stock ELSE sp.stock END AS stock
  ${PRODUCT_FROM})`;

/** `ownerView`: the carrying seller's own view, the only one that shows what they owe the supplier per piece. */
export function toProduct(r: ProductRow, ownerView = false): Product {
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
    source:
      r.supply_product_id && r.supplier_id
        ? {
            supplierId: r.supplier_id,
            supplierName: r.supplier_name ?? '',
            supplyProductId: r.supply_product_id,
            supplierStory: r.supplier_story ?? '',
            shipWithinHours: r.ship_within_hours ?? 0,
            ...(ownerView && r.supply_price_fen !== null ? { supplyPriceFen: r.supply_price_fen } : {}),
            minPriceFen: r.min_price_fen ?? 0,
            maxPriceFen: r.max_price_fen ?? 0,
          }
        : null,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

/**
 * The seller's own products as the seller may see them: a carried one's images and proof are its supplier's
 * uploads, shown only once WeChat passed them (content/visible.ts); every catalog answer to the seller goes through here.
 */
export async function ownerProducts(q: Queryable, rows: readonly ProductRow[]): Promise<Product[]> {
  return visibleProducts(q, rows.map((r) => toProduct(r, true)), true);
}

/** One product of the caller's own, read again after a write, as ownerProducts shows it. */
export async function ownerProduct(q: Queryable, productId: string): Promise<Product> {
  return (await ownerProducts(q, [(await findProductRow(q, productId))!]))[0];
}

/** `lock`: NO KEY UPDATE, like the shop's row (SHOP_LOCK): it must not block the key-share lock an order's line takes on it. */
export async function findProductRow(q: Queryable, productId: string, lock = false): Promise<ProductRow | undefined> {
  const rows = await q.query<ProductRow>(`${PRODUCT_SELECT} WHERE p.id = $1${lock ? ' FOR NO KEY UPDATE OF p' : ''}`, [productId]);
  return rows[0];
}

/** `ownerView`: as the shop's owner sees them (ownerProducts); otherwise unfiltered, for the caller to pass through visibleShopView. */
export async function listActiveProducts(q: Queryable, shopId: string, ownerView = false): Promise<Product[]> {
  const rows = await q.query<ProductRow>(`${PRODUCT_SELECT} WHERE p.shop_id = $1 AND ${PRODUCT_ACTIVE} ORDER BY p.position, p.created_at, p.id`, [
    shopId,
  ]);
  return ownerView ? ownerProducts(q, rows) : rows.map((r) => toProduct(r));
}

/**
 * What order.create may sell from a shop: its products on sale among `ids`, with the effective title, price,
 * images and stock, and for a carried one its supplier and the supply price the order line fixes.
 */
/** The products an order may take, as a query on parameters `ids` (text[]) and `shop` (order.create reads them with the shop). */
export const orderableProducts = (ids: string, shop: string): string => `${PRODUCT_SELECT} WHERE p.id = ANY(${ids}) AND p.shop_id = ${shop} AND ${PRODUCT_ACTIVE}`;
