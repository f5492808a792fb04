import { callFunction } from '../../api';
import type { Address, AfterSaleType, Order, OrderCreateParams, OrderStatus, PaymentMethod } from '../../../types/order';

export interface AfterSaleRequest {
  type: AfterSaleType;
  reason: string;
  amountFen: number;
  items: { productId: string; qty: number }[];
  photos: string[];
}

/** The `order` function, both sides (the backend checks who may do what on every call). */
export const ordersApi = {
  create: (params: OrderCreateParams) => callFunction('order', 'create', params),
  get: (orderId: string) => callFunction('order', 'get', { orderId }),
  listMine: (status?: OrderStatus, cursor?: string) => callFunction('order', 'listMine', { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) }),
  listShop: (status?: OrderStatus, cursor?: string) => callFunction('order', 'listShop', { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) }),
  pay: (orderId: string, method: PaymentMethod) => callFunction('order', 'pay', { orderId, method }),
  confirmPaid: (orderId: string) => callFunction('order', 'confirmPaid', { orderId }),
  rejectPaid: (orderId: string) => callFunction('order', 'rejectPaid', { orderId }),
  /**
   * carrier: a delivery id of types/delivery.ts, or OTHER with carrierName. The seller ships the shop's own orders
   * only, and is answered the Order; a supplier (its own console) is answered its SupplierOrder instead.
   */
  ship: (orderId: string, carrier: string, trackingNo: string, carrierName?: string) =>
    callFunction('order', 'ship', { orderId, carrier, trackingNo, ...(carrierName ? { carrierName } : {}) }) as Promise<Order>,
  confirmReceipt: (orderId: string) => callFunction('order', 'confirmReceipt', { orderId }),
  cancel: (orderId: string, reason: string) => callFunction('order', 'cancel', { orderId, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
  requestAfterSale: (orderId: string, request: AfterSaleRequest) => callFunction('order', 'requestAfterSale', { orderId, ...request }),
  /** a return's approval carries where to send it back */
  resolveAfterSale: (orderId: string, approve: boolean, note: string, returnAddress?: Address) =>
    callFunction('order', 'resolveAfterSale', { orderId, approve, ...(note.trim() ? { note: note.trim() } : {}), ...(returnAddress ? { returnAddress } : {}) }),
  /** carrier: a delivery id of types/delivery.ts, or OTHER with carrierName (as for ship) */
  returnShipped: (orderId: string, carrier: string, trackingNo: string, carrierName?: string) =>
    callFunction('order', 'returnShipped', { orderId, carrier, trackingNo, ...(carrierName ? { carrierName } : {}) }),
  /** a pickup or delivery order's return, handed back in person: no carrier or number (docs/contract-additions.md) */
  returnHandedBack: (orderId: string) => callFunction('order', 'returnShipped', { orderId }),
  confirmReturn: (orderId: string) => callFunction('order', 'confirmReturn', { orderId }),
  refundSent: (orderId: string, note: string) => callFunction('order', 'refundSent', { orderId, ...(note.trim() ? { note: note.trim() } : {}) }),
  /** productId: which of the order's products the review is about; none for the whole order */
  review: (orderId: string, rating: number, text: string, productId?: string) =>
    callFunction('order', 'review', { orderId, rating, text, ...(productId ? { productId } : {}) }),
  replyReview: (orderId: string, reply: string) => callFunction('order', 'replyReview', { orderId, reply }),
};
