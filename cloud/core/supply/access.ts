import type { SupplyBand } from '../../../types/supply';
import { supplyText } from '../../../types/zh-CN/supply';
import type { Queryable } from '../../db/types';
import { badInput, forbidden, notFound } from '../runtime/errors';
import { findSupplierOfOwner, SUPPLY_SELECT, type SupplierRow, type SupplyProductRow } from './rows';

/** The caller's supplier, found by their openid (never by an id the client sends), or FORBIDDEN. */
export async function callerSupplier(q: Queryable, openId: string): Promise<SupplierRow> {
  const supplier = await findSupplierOfOwner(q, openId);
  if (!supplier) throw forbidden(supplyText.openSupplierFirst);
  return supplier;
}

/**
 * A supply product of the caller's supplier, locked for the write. Another supplier's product is NOT_FOUND,
 * as a made-up id is: a stranger learns nothing from touching it.
 */
export async function lockOwnedSupplyProduct(tx: Queryable, openId: string, supplyProductId: string): Promise<SupplyProductRow> {
  const supplier = await callerSupplier(tx, openId);
  const [row] = await tx.query<SupplyProductRow>(
    `${SUPPLY_SELECT} WHERE p.id = $1 AND p.supplier_id = $2 FOR UPDATE OF p`,
    [supplyProductId, supplier.id],
  );
  if (!row) throw notFound(supplyText.supplyProductNotFound);
  return row;
}

/** The contract's band, supply ≤ min ≤ max, as BAD_INPUT naming the field that breaks it (empty when it holds). */
export function supplyBandProblems(band: SupplyBand): Record<string, string> {
  const problems: Record<string, string> = {};
  if (band.supplyPriceFen > band.minPriceFen) problems.supplyPriceFen = supplyText.supplyAboveMin;
  if (band.minPriceFen > band.maxPriceFen) problems.maxPriceFen = supplyText.minAboveMax;
  return problems;
}

export function assertSupplyBand(band: SupplyBand): void {
  const problems = supplyBandProblems(band);
  if (Object.keys(problems).length > 0) throw badInput(problems);
}
