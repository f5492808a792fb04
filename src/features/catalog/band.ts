import type { Product } from '../../../types/product';
import { supplyText } from '../../../types/zh-CN/supply';
import { parseYuanToFen } from './price';

/** A supplier's retail band: a carrying seller's price stays inside it. */
export interface Band {
  minPriceFen: number;
  maxPriceFen: number;
}

/** The price as the backend will judge it: a yuan amount inside [min, max], refused with the backend's own sentence. */
export function checkBandPrice(text: string, band: Band): { ok: true; fen: number } | { ok: false; error: string } {
  const price = parseYuanToFen(text);
  if (!price.ok) return price;
  if (price.fen < band.minPriceFen || price.fen > band.maxPriceFen) return { ok: false, error: supplyText.priceOutsideBand(band.minPriceFen, band.maxPriceFen) };
  return price;
}

/** 5200 → "¥52", 5250 → "¥52.50": a band's ends read best without ".00". */
export function shortPrice(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? `¥${yuan}` : `¥${yuan}.${String(cents).padStart(2, '0')}`;
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
