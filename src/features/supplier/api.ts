import { callFunction } from '../../api';
import type { SupplierOrderStatus, SupplyCreateInput, SupplyOpenInput, SupplyUpdateInput } from '../../../types/supply';

/** The supplier's side of `supply` (the backend finds the caller's supplier by their WeChat identity). */
export const supplyApi = {
  open: (params: SupplyOpenInput) => callFunction('supply', 'open', params),
  /** the caller's own supplier (null: none yet) and its products in every status, a page at a time */
  mine: (cursor?: string) => callFunction('supply', 'mine', cursor ? { cursor } : {}),
  get: (supplyProductId: string) => callFunction('supply', 'get', { supplyProductId }),
  create: (params: SupplyCreateInput) => callFunction('supply', 'create', params),
  update: (params: SupplyUpdateInput) => callFunction('supply', 'update', params),
  archive: (supplyProductId: string) => callFunction('supply', 'archive', { supplyProductId }),
  orders: (status: SupplierOrderStatus | undefined, cursor?: string) =>
    callFunction('supply', 'orders', { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) }),
  /** carrier: a delivery id of types/delivery.ts, or OTHER with carrierName; the order's supplier ships it */
  ship: (orderId: string, carrier: string, trackingNo: string, carrierName?: string) =>
    callFunction('order', 'ship', { orderId, carrier, trackingNo, ...(carrierName ? { carrierName } : {}) }),
  statement: () => callFunction('supply', 'statement', {}),
  settle: (shopId: string, amountFen: number, note: string, idempotencyKey: string) =>
    callFunction('supply', 'settle', { shopId, amountFen, ...(note ? { note } : {}), idempotencyKey }),
  sellers: () => callFunction('supply', 'sellers', {}),
};
