import { domainText } from '../../../types/zh-CN/errors';
import type { Queryable } from '../../db/types';
import { AppError, forbidden, notFound } from '../runtime/errors';
import { findShopOfOwner, type ShopRow } from '../shops/rows';
import { findProductRow, PRODUCT_ACTIVE, PRODUCT_FROM, type ProductRow } from './rows';

/**
 * The caller's shop, locked: every catalog write for one shop queues behind this row lock, which is
 * what makes the product cap and the ordering hold when requests race.
 */
export async function lockCallerShop(tx: Queryable, openId: string): Promise<ShopRow> {
  const shop = await findShopOfOwner(tx, openId, true);
  if (!shop) throw forbidden(domainText.openShopFirst);
  return shop;
}

/**
 * A product the caller owns, with their shop locked. Someone else's active product is visible, so
 * touching it is FORBIDDEN; someone else's archived product is not visible, so it is NOT_FOUND.
 */
export async function lockOwnedProduct(tx: Queryable, openId: string, productId: string): Promise<{ shop: ShopRow; product: ProductRow }> {
  const product = await findProductRow(tx, productId);
  if (!product) throw notFound(domainText.productNotFound);
  const shop = await findShopOfOwner(tx, openId, true);
  if (!shop || shop.id !== product.shop_id) {
    if (product.status === 'archived') throw notFound(domainText.productNotFound);
    throw forbidden(domainText.notProductOwner);
  }
  const locked = await findProductRow(tx, productId, true);
  return { shop, product: locked! };
}

export async function countActive(tx: Queryable, shopId: string): Promise<number> {
  const [{ n }] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n ${PRODUCT_FROM} WHERE p.shop_id = $1 AND ${PRODUCT_ACTIVE}`, [shopId]);
  return n;
}

/** SHOP_FULL unless one more active product fits under the shop's cap. */
export async function assertRoomForOneMore(tx: Queryable, shop: ShopRow): Promise<void> {
  const active = await countActive(tx, shop.id);
  if (active >= shop.product_cap) {
    throw new AppError('SHOP_FULL', domainText.shopFull(shop.product_cap), { productCap: shop.product_cap, active });
  }
}

export async function nextPosition(tx: Queryable, shopId: string): Promise<number> {
  const [{ p }] = await tx.query<{ p: number }>('SELECT coalesce(max(position), 0)::int + 1 AS p FROM products WHERE shop_id = $1', [shopId]);
  return p;
}
