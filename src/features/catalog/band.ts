import { supplyText } from '../../../types/zh-CN/supply';
import { parseYuanToFen } from './price';
import type { Band } from './band-to-fix';

// bandToFix (the friend's product page) lives in band-to-fix.ts: this module brings the seller's price check and its text.
export { bandToFix, type Band } from './band-to-fix';

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
