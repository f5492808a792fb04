import { callFunction } from '../../api';
import type { SupplyCreateInput, SupplyOpenInput, SupplyUpdateInput } from '../../../types/supply';

/** The supplier's side of `supply` (the backend finds the caller's supplier by their WeChat identity). */
export const supplyApi = {
  open: (params: SupplyOpenInput) => callFunction('supply', 'open', params),
  list: (cursor?: string) => callFunction('supply', 'list', cursor ? { cursor } : {}),
  get: (supplyProductId: string) => callFunction('supply', 'get', { supplyProductId }),
  create: (params: SupplyCreateInput) => callFunction('supply', 'create', params),
  update: (params: SupplyUpdateInput) => callFunction('supply', 'update', params),
  archive: (supplyProductId: string) => callFunction('supply', 'archive', { supplyProductId }),
};
