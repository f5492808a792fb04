import type { StatementLine, Supplier, SupplyProduct } from '../../../types/supply';
import { isApiError } from '../../api';
import { supplyApi } from './api';

/** What the console opens on: the caller's supplier (null: not one yet) and its products. */
export interface SupplierHome {
  /** id and name are '' when the caller is a supplier the console could not name (no product listed yet) */
  supplier: Pick<Supplier, 'id' | 'name'> | null;
  products: SupplyProduct[];
}

/** Enough pages for any one supplier's list today; a stand-in bound until the backend answers "mine" itself. */
const MAX_PAGES = 10;

/**
 * The caller's own products among `supply.list`'s answer. STAND-IN until the contract has a "my supplier" action:
 * the supply price is shown to its supplier and to sellers who carry it, so a caller who is both sees two kinds;
 * the supplier's own are the group holding a product some shop carries from it (`supply.sellers`), or the only
 * group there is. A supplier whose products nobody carries yet, who also carries another's, is not told apart.
 */
export function ownProducts(listed: SupplyProduct[], carriedIds: ReadonlySet<string>): SupplyProduct[] {
  const priced = listed.filter((p) => p.supplyPriceFen !== undefined);
  const suppliers = [...new Set(priced.map((p) => p.supplierId))];
  const mine = priced.find((p) => carriedIds.has(p.id))?.supplierId ?? (suppliers.length === 1 ? suppliers[0] : null);
  return mine === null ? [] : priced.filter((p) => p.supplierId === mine);
}

/** `supply.sellers` is the supplier's only: FORBIDDEN says the caller has no supplier yet. */
async function carriedIdsOrNone(): Promise<Set<string> | null> {
  try {
    const sellers = await supplyApi.sellers();
    return new Set(sellers.flatMap((s) => s.products.map((p) => p.supplyProductId)));
  } catch (err) {
    if (isApiError(err) && err.code === 'FORBIDDEN') return null;
    throw err;
  }
}

export async function loadSupplierHome(): Promise<SupplierHome> {
  const carried = await carriedIdsOrNone();
  if (carried === null) return { supplier: null, products: [] };
  const listed: SupplyProduct[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await supplyApi.list(cursor);
    listed.push(...answer.products);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  const products = ownProducts(listed, carried);
  const first = products[0];
  return { supplier: first ? { id: first.supplierId, name: first.supplierName } : { id: '', name: '' }, products };
}

/**
 * The supplier's side of `supply.statement`: someone who is also a seller gets their own shop's lines too (what
 * they owe other suppliers), which are not this console's. Unknown supplier id: every line, as sent.
 */
export function supplierLines(lines: StatementLine[], supplierId: string): StatementLine[] {
  return supplierId ? lines.filter((l) => l.supplierId === supplierId) : lines;
}
