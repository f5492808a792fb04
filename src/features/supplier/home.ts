import type { Supplier, SupplyProduct } from '../../../types/supply';
import { supplyApi } from './api';

/** What the console opens on: the caller's supplier (null: not one yet) and its products. */
export interface SupplierHome {
  supplier: Pick<Supplier, 'id' | 'name'> | null;
  products: SupplyProduct[];
}

/** Enough pages for any one supplier's list today; a stand-in bound until the backend answers "mine" itself. */
const MAX_PAGES = 10;

/**
 * The caller's own products among `supply.list`'s answer: the supply price is shown to its supplier only
 * (types/supply.ts). STAND-IN: the contract has no "my supplier" action yet, so the console finds its supplier
 * through its listed products; a supplier with none listed (or only archived ones) looks like no supplier, and
 * opening again answers CONFLICT, which the page reads as "you are one" (see useSupplierHome). Once sellers who
 * carry a product also see its supply price, this must become a `supply.mine` call.
 */
export function ownProducts(products: SupplyProduct[]): SupplyProduct[] {
  const own = products.filter((p) => p.supplyPriceFen !== undefined);
  const supplierId = own[0]?.supplierId;
  return own.filter((p) => p.supplierId === supplierId);
}

export async function loadSupplierHome(): Promise<SupplierHome> {
  const found: SupplyProduct[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await supplyApi.list(cursor);
    found.push(...answer.products);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  const products = ownProducts(found);
  const first = products[0];
  return { supplier: first ? { id: first.supplierId, name: first.supplierName } : null, products };
}
