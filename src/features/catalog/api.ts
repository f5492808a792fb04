import { callFunction } from '../../api';
import type { CatalogCreateParams } from '../../../types/catalog';

/** The seller's side of `catalog` (owner only; the backend checks it on every call). */
export const catalogApi = {
  listMine: () => callFunction('catalog', 'listMine', {}),
  get: (productId: string) => callFunction('catalog', 'get', { productId }),
  create: (params: CatalogCreateParams) => callFunction('catalog', 'create', params),
  update: (productId: string, params: CatalogCreateParams) => callFunction('catalog', 'update', { productId, ...params }),
  archive: (productId: string) => callFunction('catalog', 'archive', { productId }),
  restore: (productId: string) => callFunction('catalog', 'restore', { productId }),
  move: (productId: string, direction: 'up' | 'down') => callFunction('catalog', 'move', { productId, direction }),
};
