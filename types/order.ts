// Types and constants only: the app's main package imports these, and must not pull in zod.
// The schemas that validate these shapes live in ./order-schemas.ts.
import type { ShippingSync } from './delivery';
import type { Review } from './product';

export const ORDER_STATUSES = [
  'pending_payment',
  'awaiting_confirmation',
  'paid',
  // pickup and delivery orders of a drop (issue 17): the goods wait at the pickup point / go out by hand
  'ready',
  'shipped',
  'completed',
  'cancelled',
  'after_sale',
  'refunded',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type PaymentMethod = 'wechat' | 'transfer';
/**
 * Payment, fulfilment and after-sale each keep their own status, apart from the order's (as Medusa and Shopify do).
 * `paid` means the money arrived, for good: money going back is a `Refund` of the payment, not a new status.
 */
export type PaymentStatus = 'requested' | 'awaiting_confirmation' | 'paid' | 'rejected';
/** pending until the money is back: WeChat's refund notice, or for a transfer the seller's own transfer back. */
export type RefundStatus = 'pending' | 'done';
/** surplus: a payment the order did not need (paid twice, or after cancel/expiry); cancel; after_sale. */
export type RefundReason = 'surplus' | 'cancel' | 'after_sale';
export type AfterSaleType = 'refund' | 'return';
/**
 * requested → (a refund) refunded | rejected; (a return) approved: the buyer sends it back → returned: on its way
 * → refunded (the seller confirmed, or did not in time) | closed (the buyer did not send it in time).
 */
export type AfterSaleStatus = 'requested' | 'approved' | 'returned' | 'refunded' | 'rejected' | 'closed';

/** Minutes an unpaid order holds its stock; the timer cancels it after. */
export const UNPAID_TIMEOUT_MINUTES = 30;
/** Days after shipping when a shipped order completes by itself. */
export const AUTO_COMPLETE_DAYS = 10;
/** Hours the seller promises to answer an after-sale request in; shown before purchase. */
export const AFTER_SALE_RESPONSE_HOURS = 48;
/** Days the buyer has to send an approved return back; the timer closes it after. */
export const RETURN_SHIP_DAYS = 7;
/** Days the seller has to confirm a return they were sent; the timer refunds it after. */
export const RETURN_CONFIRM_DAYS = 10;
/** Photos a buyer may add to an after-sale request (as many as a product's images). */
export const AFTER_SALE_PHOTOS = 9;

export interface OrderItem {
  productId: string;
  title: string;
  priceFen: number;
  qty: number;
  image: string | null;
}

export interface Address {
  name: string;
  phone: string;
  detail: string;
}

export interface Payment {
  id: string;
  method: PaymentMethod;
  status: PaymentStatus;
  amountFen: number;
  createdAt: string;
  paidAt: string | null;
  /** WeChat Pay's transaction id once paid (for WeChat's confirm-receipt component); null otherwise */
  transactionId: string | null;
  /** a transfer's 4-digit code for the transfer's note, unique among the shop's orders awaiting a transfer */
  noteCode?: string | null;
}

export interface Refund {
  /** our refund id (WeChat Pay's out_refund_no) */
  id: string;
  amountFen: number;
  /** how the money went in, and so how it goes back: WeChat Pay by itself, a transfer by the seller's hand */
  method: PaymentMethod;
  status: RefundStatus;
  reason: RefundReason;
  /** WeChat could not return it the original way (退款异常/退款关闭): the seller must act; still pending */
  problem: boolean;
  /** when the refund was made */
  at: string;
  doneAt: string | null;
}

export interface Shipment {
  /** the carrier's name, as the buyer reads it */
  carrier: string;
  /** WeChat's delivery company id (types/delivery.ts), OTHER for one outside the list; null for shipments before ids */
  carrierId: string | null;
  trackingNo: string;
  shippedAt: string;
  /** the seller's view only: whether WeChat has this shipment (WeChat Pay orders; null otherwise and for the buyer) */
  wechatSync: ShippingSync | null;
}

export interface AfterSale {
  type: AfterSaleType;
  reason: string;
  status: AfterSaleStatus;
  note: string | null;
  requestedAt: string;
  resolvedAt: string | null;
  /** the seller's promised answer time */
  dueBy: string;
  /** flagged by the timer once dueBy passed without an answer */
  overdue: boolean;
  /** what the buyer asked back (the refund is exactly this), which items, and the photos */
  amountFen?: number;
  items?: { productId: string; qty: number }[];
  photos?: string[];
  /** a return: where the seller wants it sent, and the buyer's shipment back */
  returnAddress?: Address | null;
  returnShipment?: ReturnShipment | null;
  /** an approved return: the buyer sends it back by then, or the timer closes it */
  shipBackBy?: string | null;
  /** a return on its way back: the seller confirms it by then, or the timer refunds it */
  confirmBy?: string | null;
}

export interface ReturnShipment {
  /** the carrier's name, as read; carrierId is WeChat's delivery company id (types/delivery.ts) or OTHER */
  carrier: string;
  carrierId: string;
  trackingNo: string;
  shippedAt: string;
}

export interface OrderEvent {
  at: string;
  action: string;
  by: 'buyer' | 'owner' | 'supplier' | 'system';
  from: OrderStatus | null;
  to: OrderStatus;
  note: string | null;
}

/** How one order is handed over (issue 17): at a drop's pickup point (by index), by the seller's hand, or by courier. */
export type OrderFulfilment = { kind: 'pickup'; pickupIndex: number } | { kind: 'delivery' } | { kind: 'shipping' };

/**
 * Who ships an order (CONTRACT.md, Additions, `supply`): the shop itself, or the one supplier whose carried
 * products it holds — an order never mixes the two (the app places one order per fulfiller).
 */
export interface Fulfiller {
  kind: 'shop' | 'supplier';
  supplierId: string | null;
  supplierName: string | null;
}

export interface Order {
  id: string;
  shopId: string;
  shopName: string;
  status: OrderStatus;
  items: OrderItem[];
  totalFen: number;
  address: Address;
  note: string;
  /** the latest payment attempt */
  payment: Payment | null;
  /**
   * The 4-digit code for a transfer's note, while the order may be paid by transfer (pending_payment,
   * awaiting_confirmation): unique among the shop's such orders. `payment.noteCode` repeats it on a transfer.
   */
  noteCode?: string | null;
  /** money given back, oldest first: every surplus payment, a cancel's or an after-sale's refund */
  refunds: Refund[];
  shipment: Shipment | null;
  afterSale: AfterSale | null;
  review: Review | null;
  timeline: OrderEvent[];
  /** when an unpaid order will be cancelled; null once paid or closed */
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** true when the caller is the shop owner (the seller's view) */
  viewerIsOwner: boolean;
  /** who ships it: for a supplier's order `order.ship` is the supplier's, not the seller's */
  fulfiller: Fulfiller;
  /** the drop it joined (issue 17), or null: a shop order */
  dropId?: string | null;
  /** how it is handed over: shipping for every shop order; a drop's join may be picked up or delivered by hand */
  fulfilment?: OrderFulfilment;
  /**
   * The 6-digit code the buyer shows at pickup or delivery (pickup and delivery orders only), to the buyer and the
   * shop's owner once paid; null before (the code exists from creation, but an unpaid order is handed nothing).
   */
  pickupCode?: string | null;
  /** when the seller said the goods are at the pickup point (`drop.markReady`), or null */
  readyAt?: string | null;
}

export interface OrderPage {
  orders: Order[];
  nextCursor: string | null;
  /** counts per status, for tabs and badges */
  counts: Partial<Record<OrderStatus, number>>;
}

export interface PaymentParams {
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA' | 'MD5';
  paySign: string;
}

/** What `order.create` takes (validated by orderCreateSchema in ./order-schemas.ts). */
export interface OrderCreateParams {
  shopId: string;
  items: { productId: string; qty: number }[];
  address: Address;
  note?: string;
  idempotencyKey: string;
  /** joining a drop (issue 17) */
  dropId?: string;
  /** default shipping; pickup and delivery only with a dropId */
  fulfilment?: OrderFulfilment;
  /** whether the drop's page may list the buyer's masked name (default true) */
  showName?: boolean;
}

/** What `order.verifyPickup` takes: the buyer's 6-digit code, typed or scanned by the seller. */
export interface OrderVerifyPickupParams {
  code: string;
}
