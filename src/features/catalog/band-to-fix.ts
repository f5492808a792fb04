import type { Product } from '../../../types/product';

/** A supplier's retail band: a carrying seller's price stays inside it. */
export interface Band {
  minPriceFen: number;
  maxPriceFen: number;
}

/**
 * A carried product's band when its price lies outside it: the supplier changed its price or band after the seller
 * priced it, and order.create refuses it until the seller moves the price in. Null for every other product.
 */
export function bandToFix(product: Pick<Product, 'priceFen' | 'source'>): Band | null {
  const band = product.source;
  if (!band || (product.priceFen >= band.minPriceFen && product.priceFen <= band.maxPriceFen)) return null;
  return { minPriceFen: band.minPriceFen, maxPriceFen: band.maxPriceFen };
}
