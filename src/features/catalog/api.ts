import { callFunction } from '../../api';
import type { CatalogCreateParams } from '../../../types/catalog';
import type { CarriedProductParams } from './form';

/** The seller's side of `catalog` (owner only; the backend checks it on every call). */
export const catalogApi = {
  listMine: () => callFunction('catalog', 'listMine', {}),
  get: (productId: string) => callFunction('catalog', 'get', { productId }),
  create: (params: CatalogCreateParams) => callFunction('catalog', 'create', params),
  /** a carried product sends only its price and the seller's words (the rest is the supplier's) */
  update: (productId: string, params: Partial<CatalogCreateParams> | CarriedProductParams) => callFunction('catalog', 'update', { productId, ...params }),
  archive: (productId: string) => callFunction('catalog', 'archive', { productId }),
  restore: (productId: string) => callFunction('catalog', 'restore', { productId }),
  move: (productId: string, direction: 'up' | 'down') => callFunction('catalog', 'move', { productId, direction }),
};
