import { callFunction } from '../../api';
import type { CatalogCarryInput } from '../../../types/supply';

/** The seller's side of `supply` (browse what to carry, their statement) and `catalog.carry`. */
export const sourcingApi = {
  list: (q: string, cursor: string | null) => callFunction('supply', 'list', { q: q || undefined, cursor: cursor ?? undefined }),
  get: (supplyProductId: string) => callFunction('supply', 'get', { supplyProductId }),
  carry: (params: CatalogCarryInput) => callFunction('catalog', 'carry', params),
  statement: () => callFunction('supply', 'statement', {}),
  /** what the shop already has, to mark supply products it carries */
  myCatalog: () => callFunction('catalog', 'listMine', {}),
};
