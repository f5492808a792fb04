import { z } from 'zod';
import type { OrderFulfilment, OrderStatus } from './order';
import { int, isoTime, list, optionalText, requiredId, text } from './validation';
import { validationText } from './zh-CN/errors';
import { dropFieldText as f } from './zh-CN/drop-fields';

/** Bounds of the contract's `drop.open` (CONTRACT.md, Additions, `drop`); the seller's form shows the same limits. */
export const DROP_BOUNDS = {
  title: 40,
  intro: 500,
  items: 10,
  limitPerBuyer: [1, 99],
  pickupPoints: 5,
  pickupName: 30,
  pickupAddress: 100,
  pickupWindow: 50,
  /** how far ahead a cutoff may be */
  maxDaysAhead: 14,
  /** joiners a drop's page lists, newest first */
  joinersShown: 50,
} as const;

export { PICKUP_CODE_LENGTH } from './rules/pickup-code';

export type DropStatus = 'open' | 'closed';

export interface PickupPoint {
  name: string;
  address: string;
  /** when to come, in the seller's words: "周六 10:00–12:00" */
  window: string;
}

export interface DropFulfilment {
  pickup: PickupPoint[];
  /** the seller brings it by hand */
  delivery: boolean;
  /** sent by courier, like a shop order */
  shipping: boolean;
}

// How one joining order is fulfilled: defined with the Order (types/order.ts), which carries it, so that the
// two modules do not import each other.
export type { OrderFulfilment } from './order';

export interface DropItem {
  productId: string;
  title: string;
  priceFen: number;
  image: string | null;
  /** the product's stock now (shared with the shop page) */
  stock: number;
  limitPerBuyer: number;
}

export interface Drop {
  id: string;
  shopId: string;
  shopName: string;
  /**
   * The shop's IANA time zone (its posting policy's): the cutoff is said on the shop's wall clock — what the
   * seller picked and announced in the group — whatever zone a friend's phone is in.
   */
  timeZone: string;
  title: string;
  intro: string;
  items: DropItem[];
  closesAt: string;
  fulfilment: DropFulfilment;
  showJoiners: boolean;
  status: DropStatus;
  closedAt: string | null;
  createdAt: string;
}

export interface DropJoiner {
  /** masked (first character and *) or 匿名 */
  name: string;
  qty: number;
  at: string;
}

export interface DropView {
  drop: Drop;
  /** the latest 50 (empty when the seller hides joiners) */
  joiners: DropJoiner[];
  joinedCount: number;
  pieces: number;
  /**
   * The shop's owner only: the same joins per status (待付款 pending_payment, 待你确认收款 awaiting_confirmation,
   * paid, ready, completed, …); absent for everyone else, who is shown no one's payments.
   */
  counts?: Partial<Record<OrderStatus, number>>;
}

const pickupPoint = z.object({
  name: text(f.pickupName, DROP_BOUNDS.pickupName),
  address: text(f.pickupAddress, DROP_BOUNDS.pickupAddress),
  window: text(f.pickupWindow, DROP_BOUNDS.pickupWindow),
});

export const dropOpenSchema = z.object({
  title: text(f.title, DROP_BOUNDS.title),
  intro: optionalText(f.intro, DROP_BOUNDS.intro),
  items: list(
    f.items,
    z.object({ productId: requiredId(f.product), limitPerBuyer: int(f.limitPerBuyer, ...DROP_BOUNDS.limitPerBuyer) }),
    DROP_BOUNDS.items,
  ).superRefine((items, ctx) => {
    if (items.length === 0) ctx.addIssue({ code: 'custom', message: validationText.required(f.items), params: { kind: 'required' } });
  }),
  // future and at most 14 days ahead: checked against the server's clock in cloud/core/drops
  closesAt: isoTime(f.closesAt),
  fulfilment: z.object(
    {
      pickup: list(f.pickup, pickupPoint, DROP_BOUNDS.pickupPoints),
      delivery: z.boolean({ error: validationText.invalid(f.fulfilment) }),
      shipping: z.boolean({ error: validationText.invalid(f.fulfilment) }),
    },
    { error: (iss) => (iss.input === undefined ? validationText.required(f.fulfilment) : validationText.invalid(f.fulfilment)) },
  ),
  showJoiners: z.boolean({ error: validationText.invalid(f.drop) }).optional(),
});

export const dropIdSchema = z.object({ dropId: requiredId(f.drop) });
export const dropListShopSchema = z.object({ shopId: requiredId(f.shop) });
export const dropListSchema = z.object({});
export const dropMarkReadySchema = z.object({ dropId: requiredId(f.drop), pickupIndex: int(f.pickupIndex, 0, DROP_BOUNDS.pickupPoints - 1) });

export type DropOpenInput = z.infer<typeof dropOpenSchema>;
export type DropOpenParams = z.input<typeof dropOpenSchema>;

/** One way of fulfilment in a pick list: a pickup point (with its index), delivery by hand, or shipping. */
export type PickWay = { kind: 'pickup'; pickupIndex: number; point: PickupPoint } | { kind: 'delivery' } | { kind: 'shipping' };

/** The fulfilment of the orders in a pick list group (their status labels depend on it). */
export function fulfilmentOfWay(way: PickWay): OrderFulfilment {
  return way.kind === 'pickup' ? { kind: 'pickup', pickupIndex: way.pickupIndex } : { kind: way.kind };
}

export interface PickListGroup {
  way: PickWay;
  /** pieces per product to bring to this point */
  totals: { productId: string; title: string; qty: number }[];
  orders: {
    orderId: string;
    status: OrderStatus;
    /** the receiver as the buyer entered it (the seller hands it over) */
    name: string;
    phone: string;
    /** for delivery and shipping */
    detail: string | null;
    lines: { productId: string; title: string; qty: number }[];
    pickupCode: string | null;
    /** false when the buyer chose 匿名跟团: the seller hands it over by name but does not name them in the group chat */
    showName: boolean;
  }[];
}

export interface PickList {
  drop: Drop;
  groups: PickListGroup[];
}
