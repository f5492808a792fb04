import { z } from 'zod';
import { cursor, imageUrl, int, list, optionalText, requiredId, text } from './validation';
import { validationText } from './zh-CN/errors';
import { AFTER_SALE_PHOTOS, ORDER_STATUSES } from './order';
import { OTHER_CARRIER, resolveCarrierId } from './delivery';
import { deliveryText } from './zh-CN/delivery';
import { transfersText } from './zh-CN/transfers';

/**
 * A phone number a courier can call (issue 13: a 10-digit "1381234567" passed). Mainland: an 11-digit mobile,
 * 1[3-9]xxxxxxxxx, also written with +86 in front; spaces and dashes are taken and dropped. Numbers from
 * Hong Kong, Macau and Taiwan are taken with their country code (+852 8 digits, +853 6xxxxxxx, +886 9xxxxxxxx)
 * and kept as "+852 91234567", since friends there buy too; anything else is refused with a message saying
 * how to write it. Landlines are refused: couriers text the pickup code to a mobile.
 */
export function normalizePhone(raw: string): string | null {
  const s = raw.replace(/[\s-]/g, '');
  const mainland = /^(?:\+?86)?(1[3-9]\d{9})$/.exec(s);
  if (mainland) return mainland[1];
  const elsewhere = /^(?:\+|00)(?:(852)([4-9]\d{7})|(853)(6\d{7})|(886)0?(9\d{8}))$/.exec(s);
  if (!elsewhere) return null;
  const [code, number] = elsewhere.slice(1).filter(Boolean);
  return `+${code} ${number}`;
}

const phoneSchema = text('手机号', 20).transform((s, ctx) => {
  const phone = normalizePhone(s);
  if (phone !== null) return phone;
  ctx.addIssue({ code: 'custom', message: /^\s*(\+|00)/.test(s) && !/^\s*\+?86/.test(s) ? transfersText.phoneElsewhere : transfersText.phoneMainland, params: { kind: 'invalid' } });
  return z.NEVER;
});

export const addressSchema = z.object(
  {
    name: text('收货人', 20),
    phone: phoneSchema,
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
  cursor: cursor('分页位置'),
});

export const orderPaySchema = z.object({
  orderId: requiredId('订单'),
  method: z.enum(['wechat', 'transfer'], { error: validationText.invalid('支付方式') }),
});

/**
 * `carrier`: a delivery id of WeChat's list (types/delivery.ts), or OTHER with `carrierName`. A company's
 * name or usual alias ("顺丰", "中通快递") is still taken and mapped to its id, as older clients sent free text.
 */
export const orderShipSchema = z
  .object({
    orderId: requiredId('订单'),
    carrier: text('快递公司', 30)
      .superRefine((s, ctx) => {
        if (s && !resolveCarrierId(s)) ctx.addIssue({ code: 'custom', message: deliveryText.unknownCarrier, params: { kind: 'invalid' } });
      })
      .transform((s) => resolveCarrierId(s) ?? s),
    carrierName: optionalText('快递公司名称', 30),
    trackingNo: text('快递单号', 40),
  })
  .superRefine((v, ctx) => {
    if (v.carrier === OTHER_CARRIER && !v.carrierName) {
      ctx.addIssue({ code: 'custom', path: ['carrierName'], message: validationText.required('快递公司名称'), params: { kind: 'required' } });
    }
  });

export const orderCancelSchema = z.object({
  orderId: requiredId('订单'),
  reason: optionalText('取消原因', 200),
});

/**
 * `amountFen` defaults to all the buyer paid and has not had back; whether it is more than that, and whether
 * `items` are lines of the order, only the order knows (checked in cloud/core/orders/after-sale.ts).
 */
export const orderAfterSaleSchema = z.object({
  orderId: requiredId('订单'),
  type: z.enum(['refund', 'return'], { error: validationText.invalid('售后类型') }),
  reason: text('售后原因', 500),
  amountFen: int('退款金额', 1, Number.MAX_SAFE_INTEGER).optional(),
  items: list('售后商品', orderItemInputSchema, 20).optional(),
  photos: list('售后照片', imageUrl('售后照片'), AFTER_SALE_PHOTOS).optional(),
});

/** Where a return is sent back: the seller's own name, phone and address, checked like a delivery address. */
export const returnAddressSchema = addressSchema;

export const orderResolveSchema = z.object({
  orderId: requiredId('订单'),
  approve: z.boolean({ error: (iss) => (iss.input === undefined ? validationText.required('处理结果') : validationText.invalid('处理结果')) }),
  note: optionalText('处理说明', 500),
  returnAddress: returnAddressSchema.optional(),
});

/** The buyer's shipment back, with the carrier taken exactly as `ship` takes it: the same fields, the same rules. */
export const orderReturnShippedSchema = orderShipSchema;

export const orderReviewSchema = z.object({
  orderId: requiredId('订单'),
  rating: int('评分', 1, 5),
  text: text('评价内容', 500),
  /** which of the order's products the review is about; without it, the whole order */
  productId: requiredId('评价的商品').optional(),
});

export const orderReplySchema = z.object({
  orderId: requiredId('订单'),
  reply: text('回复', 500),
});

