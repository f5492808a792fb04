import type { Drop, DropOpenParams, DropView, PickList } from '../../../types/drop';
import type { Order } from '../../../types/order';
import type { CsvExport } from '../../../types/crm';
import { callFunction } from '../../api';

// INTERIM: the `drop` function and order.verifyPickup are being added to cloud/core/functions.ts; until they
// land the typed client does not know them, so the calls go through this loosely typed door with the
// contract's result types (CONTRACT.md, Additions, `drop`). Replaced by plain callFunction once they are there.
type LooseCall = <R>(name: string, action: string, params: object) => Promise<R>;
const call = callFunction as unknown as LooseCall;

/** The seller's side of `drop` and `order.verifyPickup` (owner only; the backend checks it on every call). */
export const dropsApi = {
  open: (params: DropOpenParams) => call<Drop>('drop', 'open', params),
  list: () => call<Drop[]>('drop', 'list', {}),
  get: (dropId: string) => call<DropView>('drop', 'get', { dropId }),
  close: (dropId: string) => call<Drop>('drop', 'close', { dropId }),
  pickList: (dropId: string) => call<PickList>('drop', 'pickList', { dropId }),
  markReady: (dropId: string, pickupIndex: number) => call<unknown>('drop', 'markReady', { dropId, pickupIndex }),
  verifyPickup: (code: string) => call<Order>('order', 'verifyPickup', { code }),
  pickListCsv: (dropId: string) => call<CsvExport>('drop', 'pickListCsv', { dropId }),
};
