import { z } from 'zod';
import { int, list, optionalText, requiredId, text } from './validation';
import { validationText } from './zh-CN/errors';
import type { Review } from './product';

export const ORDER_STATUSES = [
  'pending_payment',
  'awaiting_confirmation',
  'paid',
  'shipped',
  'completed',
  'cancelled',
  'after_sale',
  'refunded',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type PaymentMethod = 'wechat' | 'transfer';
/** Payment, fulfilment and after-sale each keep their own status, apart from the order's (as Medusa and Shopify do). */
export type PaymentStatus = 'requested' | 'awaiting_confirmation' | 'paid' | 'rejected' | 'refunded';
export type AfterSaleType = 'refund' | 'return';
export type AfterSaleStatus = 'requested' | 'approved' | 'rejected';

/** Minutes an unpaid order holds its stock; the timer cancels it after. */
export const UNPAID_TIMEOUT_MINUTES = 30;
/** Days after shipping when a shipped order completes by itself. */
export const AUTO_COMPLETE_DAYS = 10;
/** Hours the seller promises to answer an after-sale request in; shown before purchase. */
export const AFTER_SALE_RESPONSE_HOURS = 48;

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
}

export interface Shipment {
  carrier: string;
  trackingNo: string;
  shippedAt: string;
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
}

export interface OrderEvent {
  at: string;
  action: string;
  by: 'buyer' | 'owner' | 'system';
  from: OrderStatus | null;
  to: OrderStatus;
  note: string | null;
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

const PHONE_RE = /^(\+?\d[\d -]{5,18}\d)$/;

export const addressSchema = z.object(
  {
    name: text('收货人', 20),
    phone: text('手机号', 20).superRefine((s, ctx) => {
      if (s && !PHONE_RE.test(s)) ctx.addIssue({ code: 'custom', message: validationText.invalid('手机号'), params: { kind: 'invalid' } });
    }),
    detail: text('详细地址', 200),
  },
  { error: (iss) => (iss.input === undefined ? validationText.required('收货地址') : validationText.invalid('收货地址')) },
);

export const orderItemInputSchema = z.object(
  { productId: requiredId('商品'), qty: int('数量', 1, 99) },
  { error: validationText.invalid('商品') },
);

export const orderCreateSchema = z.object({
  shopId: requiredId('店铺'),
  items: list('商品', orderItemInputSchema, 20).superRefine((items, ctx) => {
    if (items.length === 0) ctx.addIssue({ code: 'custom', message: validationText.required('商品'), params: { kind: 'required' } });
  }),
  address: addressSchema,
  note: optionalText('备注', 200),
  idempotencyKey: text('下单凭据', 64, 8),
});

export const orderIdSchema = z.object({ orderId: requiredId('订单') });

const statusFilter = z.enum(ORDER_STATUSES, { error: validationText.invalid('订单状态') }).optional();

export const orderListSchema = z.object({
  status: statusFilter,
  cursor: optionalText('分页位置', 200),
});

export const orderPaySchema = z.object({
  orderId: requiredId('订单'),
  method: z.enum(['wechat', 'transfer'], { error: validationText.invalid('支付方式') }),
});

export const orderShipSchema = z.object({
  orderId: requiredId('订单'),
  carrier: text('快递公司', 30),
  trackingNo: text('快递单号', 40),
});

export const orderCancelSchema = z.object({
  orderId: requiredId('订单'),
  reason: optionalText('取消原因', 200),
});

export const orderAfterSaleSchema = z.object({
  orderId: requiredId('订单'),
  type: z.enum(['refund', 'return'], { error: validationText.invalid('售后类型') }),
  reason: text('售后原因', 500),
});

export const orderResolveSchema = z.object({
  orderId: requiredId('订单'),
  approve: z.boolean({ error: (iss) => (iss.input === undefined ? validationText.required('处理结果') : validationText.invalid('处理结果')) }),
  note: optionalText('处理说明', 500),
});

export const orderReviewSchema = z.object({
  orderId: requiredId('订单'),
  rating: int('评分', 1, 5),
  text: text('评价内容', 500),
});

export const orderReplySchema = z.object({
  orderId: requiredId('订单'),
  reply: text('回复', 500),
});

export type OrderCreateParams = z.input<typeof orderCreateSchema>;
