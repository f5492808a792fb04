import type { DropOpenParams } from '../../../types/drop';
import { callFunction } from '../../api';

/** The seller's side of `drop`, `order.verifyPickup` and the pick list's export (owner only; the backend checks it on every call). */
export const dropsApi = {
  open: (params: DropOpenParams) => callFunction('drop', 'open', params),
  list: () => callFunction('drop', 'list', {}),
  get: (dropId: string) => callFunction('drop', 'get', { dropId }),
  close: (dropId: string) => callFunction('drop', 'close', { dropId }),
  pickList: (dropId: string) => callFunction('drop', 'pickList', { dropId }),
  markReady: (dropId: string, pickupIndex: number) => callFunction('drop', 'markReady', { dropId, pickupIndex }),
  /** from a drop's page: only that drop's orders are handed over (another drop's code is NOT_FOUND) */
  verifyPickup: (code: string, dropId: string) => callFunction('order', 'verifyPickup', { code, dropId }),
  /** the pick list as a CSV file, one row per order line (export.csv with kind 'drop') */
  pickListCsv: (dropId: string) => callFunction('export', 'csv', { kind: 'drop', dropId }),
};
