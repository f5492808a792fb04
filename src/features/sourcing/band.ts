import { catalogCarrySchema, type CatalogCarryInput } from '../../../types/supply';
import type { Product } from '../../../types/product';
import { toFieldErrors } from '../../../types/validation';
import { checkBandPrice, type Band } from '../catalog';

export { shortPrice } from '../catalog';
export type { Band };

/** Where the carry form's price starts: the band's middle to the whole yuan, when that stays inside; else its floor. */
export function startingPriceFen({ minPriceFen, maxPriceFen }: Band): number {
  const middle = Math.round((minPriceFen + maxPriceFen) / 200) * 100;
  return middle >= minPriceFen && middle <= maxPriceFen ? middle : minPriceFen;
}

export type CarryField = 'price' | 'story';
export type CarryErrors = Partial<Record<CarryField, string>>;

/** A backend field path → the carry form's field. */
function carryField(path: string): CarryField | null {
  const head = path.split('.')[0];
  return head === 'priceFen' ? 'price' : head === 'story' ? 'story' : null;
}

export function carryErrorsFrom(fields: Record<string, string>): CarryErrors {
  const out: CarryErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = carryField(path);
    if (field && !out[field]) out[field] = message;
  }
  return out;
}

/** The carry form → `catalog.carry`'s params, checked with its schema and the band first. */
export function validateCarry(supplyProductId: string, band: Band, price: string, story: string): { ok: true; params: CatalogCarryInput } | { ok: false; errors: CarryErrors } {
  const checked = checkBandPrice(price, band);
  const parsed = catalogCarrySchema.safeParse({ supplyProductId, priceFen: checked.ok ? checked.fen : band.minPriceFen, story: story.trim() === '' ? undefined : story });
  const errors: CarryErrors = parsed.success ? {} : carryErrorsFrom(toFieldErrors(parsed.error).fields);
  if (!checked.ok) errors.price = checked.error;
  if (!parsed.success || !checked.ok) return { ok: false, errors };
  return { ok: true, params: parsed.data };
}

/** Supply products the shop already carries (on sale or archived): they show "已在店里" and cannot be carried twice. */
export function carriedSupplyIds(products: readonly Product[]): Set<string> {
  const ids = new Set<string>();
  for (const p of products) if (p.source) ids.add(p.source.supplyProductId);
  return ids;
}
