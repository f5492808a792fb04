import { callFunction } from '../../api';
import type { DropJoinParams } from './rules';

/** The `drop` function's public reads, and joining, which is an `order.create` with the drop's fields. */
export const dropApi = {
  get: (dropId: string) => callFunction('drop', 'get', { dropId }),
  listShop: (shopId: string) => callFunction('drop', 'listShop', { shopId }),
  join: (params: DropJoinParams) => callFunction('order', 'create', params),
};
