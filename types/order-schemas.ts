import { z } from 'zod';
import { cursor, imageUrl, int, list, optionalText, requiredId, text } from './validation';
import { validationText } from './zh-CN/errors';
import { orderFieldText } from './zh-CN/validation';
import { AFTER_SALE_PHOTOS, ORDER_STATUSES } from './order';
import { OTHER_CARRIER, resolveCarrierId } from './delivery';
import { deliveryText } from './zh-CN/delivery';
import { transfersText } from './zh-CN/transfers';
import { DROP_BOUNDS, PICKUP_CODE_LENGTH } from './drop';
import { dropFieldText } from './zh-CN/drop-fields';
import { pickupCodeText } from './zh-CN/pickup-code';
import { hasValidCheckDigit } from './rules/pickup-code';

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

const phoneSchema = text(orderFieldText.phone, 20).transform((s, ctx) => {
  const phone = normalizePhone(s);
  if (phone !== null) return phone;
  ctx.addIssue({ code: 'custom', message: /^\s*(\+|00)/.test(s) && !/^\s*\+?86/.test(s) ? transfersText.phoneElsewhere : transfersText.phoneMainland, params: { kind: 'invalid' } });
  return z.NEVER;
});

export const addressSchema = z.object(
  {
    name: text(orderFieldText.consignee, 20),
    phone: phoneSchema,
    detail: text(orderFieldText.addressDetail, 200),
  },
  { error: (iss) => (iss.input === undefined ? validationText.required(orderFieldText.address) : validationText.invalid(orderFieldText.address)) },
);

export const orderItemInputSchema = z.object(
  { productId: requiredId(orderFieldText.product), qty: int(orderFieldText.qty, 1, 99) },
  { error: validationText.invalid(orderFieldText.product) },
);

/** How a drop's join is handed over (types/drop.ts OrderFulfilment); whether the drop offers it only the drop knows. */
export const orderFulfilmentSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('pickup'), pickupIndex: int(dropFieldText.pickupIndex, 0, DROP_BOUNDS.pickupPoints - 1) }),
    z.object({ kind: z.literal('delivery') }),
    z.object({ kind: z.literal('shipping') }),
  ],
  { error: validationText.invalid(dropFieldText.fulfilment) },
);

/**
 * A pickup order's address is the receiver's name and phone: nobody brings it anywhere, so the detail may be
 * empty; every other order (a shop order, a drop's delivery or shipping) still needs it, as before issue 17.
 */
const orderAddressSchema = addressSchema.extend({ detail: optionalText(orderFieldText.addressDetail, 200).transform((s) => s ?? '') });

export const orderCreateSchema = z
  .object({
    shopId: requiredId(orderFieldText.shop),
    items: list(orderFieldText.product, orderItemInputSchema, 20).superRefine((items, ctx) => {
      if (items.length === 0) ctx.addIssue({ code: 'custom', message: validationText.required(orderFieldText.product), params: { kind: 'required' } });
    }),
    address: orderAddressSchema,
    note: optionalText(orderFieldText.note, 200),
    idempotencyKey: text(orderFieldText.idempotencyKey, 64, 8),
    /** joining a drop (issue 17) */
    dropId: requiredId(dropFieldText.drop).optional(),
    fulfilment: orderFulfilmentSchema.default({ kind: 'shipping' }),
    showName: z.boolean({ error: validationText.invalid(dropFieldText.showName) }).default(true),
  })
  .superRefine((v, ctx) => {
    if (v.fulfilment.kind !== 'pickup' && v.address.detail === '') {
      ctx.addIssue({ code: 'custom', path: ['address', 'detail'], message: validationText.required(orderFieldText.addressDetail), params: { kind: 'required' } });
    }
    // only a drop offers pickup points and delivery by hand; a shop order is shipped
    if (v.fulfilment.kind !== 'shipping' && v.dropId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['fulfilment'], message: validationText.invalid(dropFieldText.fulfilment), params: { kind: 'invalid' } });
    }
  });

/**
 * The buyer's pickup code as the seller types or scans it: exactly 6 digits (spaces dropped) whose last is the
 * check digit of the others (types/rules/pickup-code.ts), so one mistyped digit never finds another friend's
 * order. `dropId`, sent from a drop's page, hands over only that drop's orders.
 */
export const orderVerifyPickupSchema = z.object({
  code: text(dropFieldText.code, 20).superRefine((s, ctx) => {
    const digits = s.replace(/\s/g, '');
    if (!new RegExp(`^\\d{${PICKUP_CODE_LENGTH}}$`).test(digits)) ctx.addIssue({ code: 'custom', message: validationText.invalid(dropFieldText.code), params: { kind: 'invalid' } });
    else if (!hasValidCheckDigit(digits)) ctx.addIssue({ code: 'custom', message: pickupCodeText.mistyped, params: { kind: 'invalid' } });
  }).transform((s) => s.replace(/\s/g, '')),
  dropId: requiredId(dropFieldText.drop).optional(),
});

export const orderIdSchema = z.object({ orderId: requiredId(orderFieldText.order) });

const statusFilter = z.enum(ORDER_STATUSES, { error: validationText.invalid(orderFieldText.status) }).optional();

export const orderListSchema = z.object({
  status: statusFilter,
  cursor: cursor(orderFieldText.cursor),
});

export const orderPaySchema = z.object({
  orderId: requiredId(orderFieldText.order),
  method: z.enum(['wechat', 'transfer'], { error: validationText.invalid(orderFieldText.payMethod) }),
});

/**
 * `carrier`: a delivery id of WeChat's list (types/delivery.ts), or OTHER with `carrierName`. A company's
 * name or usual alias ("顺丰", "中通快递") is still taken and mapped to its id, as older clients sent free text.
 */
export const orderShipSchema = z
  .object({
    orderId: requiredId(orderFieldText.order),
    carrier: text(orderFieldText.carrier, 30)
      .superRefine((s, ctx) => {
        if (s && !resolveCarrierId(s)) ctx.addIssue({ code: 'custom', message: deliveryText.unknownCarrier, params: { kind: 'invalid' } });
      })
      .transform((s) => resolveCarrierId(s) ?? s),
    carrierName: optionalText(orderFieldText.carrierName, 30),
    trackingNo: text(orderFieldText.trackingNo, 40),
  })
  .superRefine((v, ctx) => {
    if (v.carrier === OTHER_CARRIER && !v.carrierName) {
      ctx.addIssue({ code: 'custom', path: ['carrierName'], message: validationText.required(orderFieldText.carrierName), params: { kind: 'required' } });
    }
  });

export const orderCancelSchema = z.object({
  orderId: requiredId(orderFieldText.order),
  reason: optionalText(orderFieldText.cancelReason, 200),
});

/**
 * `amountFen` defaults to all the buyer paid and has not had back; whether it is more than that, and whether
 * `items` are lines of the order, only the order knows (checked in cloud/core/orders/after-sale.ts).
 */
export const orderAfterSaleSchema = z.object({
  orderId: requiredId(orderFieldText.order),
  type: z.enum(['refund', 'return'], { error: validationText.invalid(orderFieldText.afterSaleType) }),
  reason: text(orderFieldText.afterSaleReason, 500),
  amountFen: int(orderFieldText.refundAmount, 1, Number.MAX_SAFE_INTEGER).optional(),
  items: list(orderFieldText.afterSaleItems, orderItemInputSchema, 20).optional(),
  photos: list(orderFieldText.afterSalePhotos, imageUrl(orderFieldText.afterSalePhotos), AFTER_SALE_PHOTOS).optional(),
});

/** Where a return is sent back: the seller's own name, phone and address, checked like a delivery address. */
export const returnAddressSchema = addressSchema;

export const orderResolveSchema = z.object({
  orderId: requiredId(orderFieldText.order),
  approve: z.boolean({ error: (iss) => (iss.input === undefined ? validationText.required(orderFieldText.decision) : validationText.invalid(orderFieldText.decision)) }),
  note: optionalText(orderFieldText.decisionNote, 500),
  returnAddress: returnAddressSchema.optional(),
});

/**
 * The buyer's return: sent back by courier, with the carrier taken exactly as `ship` takes it (the same fields, the
 * same rules), or — a drop's pickup or delivery order — handed back in person, with neither. Whether the order
 * needs them only the order knows (cloud/core/orders/after-sale.ts asks for them on a shipped order).
 */
export const orderReturnShippedSchema = z
  .object({
    orderId: requiredId(orderFieldText.order),
    carrier: orderShipSchema.shape.carrier.optional(),
    carrierName: optionalText(orderFieldText.carrierName, 30),
    trackingNo: text(orderFieldText.trackingNo, 40).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.carrier === OTHER_CARRIER && !v.carrierName) {
      ctx.addIssue({ code: 'custom', path: ['carrierName'], message: validationText.required(orderFieldText.carrierName), params: { kind: 'required' } });
    }
  });

export const orderReviewSchema = z.object({
  orderId: requiredId(orderFieldText.order),
  rating: int(orderFieldText.rating, 1, 5),
  text: text(orderFieldText.reviewText, 500),
  /** which of the order's products the review is about; without it, the whole order */
  productId: requiredId(orderFieldText.reviewedProduct).optional(),
});

export const orderReplySchema = z.object({
  orderId: requiredId(orderFieldText.order),
  reply: text(orderFieldText.reply, 500),
});

