import type { AfterSaleStatus, OrderStatus } from '../order';

/**
 * Who is acting on an order: its buyer, the shop's owner, the supplier who fulfils it (issue 16: found from
 * identity, never from input), or the platform (timer, payment callback).
 */
export type Role = 'buyer' | 'owner' | 'supplier' | 'system';

/** Who ships the order (types/order.ts Fulfiller.kind): the shop itself, or one supplier on its behalf. */
export type FulfillerKind = 'shop' | 'supplier';

/**
 * A rule's actor: a role, or 'fulfiller' — whoever ships this order: the shop's owner for the shop's own
 * orders, the supplier for a supplier's (the seller then may not ship it; the supplier may do nothing else).
 */
type Actor = Role | 'fulfiller';

/**
 * How an order is handed over (types/drop.ts OrderFulfilment.kind): by courier (every shop order), or — a drop's
 * join only — at a pickup point or by the seller's own hand. Pickup and delivery orders are handed over, never
 * shipped: they go paid → ready → completed through markReady and verifyPickup (the buyer's code), and nothing
 * offers 发货 for them; a shipping order never becomes ready.
 */
export type HandoverKind = 'shipping' | 'pickup' | 'delivery';

/** The role that ships an order of this fulfiller. */
export function shipperOf(fulfiller: FulfillerKind): Role {
  return fulfiller === 'supplier' ? 'supplier' : 'owner';
}

/**
 * Every way an order's status can change. The contract's actions map onto these; the timer and the
 * payment callback have their own, so that no client can trigger what only the platform may.
 */
export type Transition =
  | 'payWechat'
  | 'payTransfer'
  | 'paymentSucceeded'
  | 'confirmPaid'
  | 'rejectPaid'
  | 'ship'
  | 'markReady'
  | 'verifyPickup'
  | 'confirmReceipt'
  | 'autoComplete'
  | 'cancel'
  | 'expire'
  | 'requestAfterSale'
  | 'approveAfterSale'
  | 'approveReturn'
  | 'rejectAfterSale'
  | 'returnShipped'
  | 'confirmReturn'
  | 'closeReturn'
  | 'autoConfirmReturn'
  | 'review'
  | 'replyReview';

interface Rule {
  from: readonly OrderStatus[];
  by: readonly Actor[];
  /** for an after-sale's steps: the after-sale's own status it must be in (else CONFLICT) */
  afterSale?: readonly AfterSaleStatus[];
  /** for orders handed over this way, the after-sale statuses it may be in instead of `afterSale` */
  afterSaleByWay?: Partial<Record<HandoverKind, readonly AfterSaleStatus[]>>;
  /** the ways of handing over it applies to (else CONFLICT); absent = every way */
  ways?: readonly HandoverKind[];
  /**
   * the status after; 'same' keeps it, 'beforeAfterSale' returns to where the after-sale started,
   * 'afterRefund' is `refunded` when the refund gives back all the order still held, else 'beforeAfterSale'
   */
  to: OrderStatus | 'same' | 'beforeAfterSale' | 'afterRefund';
}

/** What besides its status decides an order's after-sale steps. */
export interface AfterSaleState {
  /** the status the after-sale started from */
  beforeAfterSale?: OrderStatus | null;
  afterSale?: AfterSaleStatus | null;
  /** whether the refund this step sends leaves nothing the buyer paid with the seller */
  fullRefund?: boolean;
  /** who ships it; absent = the shop (every order before issue 16) */
  fulfiller?: FulfillerKind;
  /** how it is handed over; absent = shipping (every order before issue 17) */
  way?: HandoverKind;
}

export const TRANSITIONS: Record<Transition, Rule> = {
  // WeChat Pay: the order stays pending until the provider's callback says it is paid.
  payWechat: { from: ['pending_payment'], by: ['buyer'], to: 'same' },
  paymentSucceeded: { from: ['pending_payment'], by: ['system'], to: 'paid' },
  // Transfer: the buyer says "I've paid"; the seller checks their account and confirms or rejects.
  payTransfer: { from: ['pending_payment'], by: ['buyer'], to: 'awaiting_confirmation' },
  confirmPaid: { from: ['awaiting_confirmation'], by: ['owner'], to: 'paid' },
  rejectPaid: { from: ['awaiting_confirmation'], by: ['owner'], to: 'pending_payment' },
  ship: { from: ['paid'], by: ['fulfiller'], ways: ['shipping'], to: 'shipped' },
  // A drop's pickup and delivery orders (issue 17): the seller says the goods are at the point (drop.markReady),
  // then hands them over against the buyer's code (order.verifyPickup) — straight from paid when the buyer comes
  // before 到货了 was said. Drops hold the shop's own products only, so the owner is the one who hands over.
  markReady: { from: ['paid'], by: ['owner'], ways: ['pickup', 'delivery'], to: 'ready' },
  verifyPickup: { from: ['paid', 'ready'], by: ['owner'], ways: ['pickup', 'delivery'], to: 'completed' },
  confirmReceipt: { from: ['shipped'], by: ['buyer'], to: 'completed' },
  autoComplete: { from: ['shipped'], by: ['system'], to: 'completed' },
  // Before shipping (or handing over: a ready order's goods are still the seller's) either side may cancel;
  // money already received is refunded and stock returns.
  cancel: { from: ['pending_payment', 'awaiting_confirmation', 'paid', 'ready'], by: ['buyer', 'owner'], to: 'cancelled' },
  expire: { from: ['pending_payment'], by: ['system'], to: 'cancelled' },
  // A ready order is asked about as a paid one is (nothing handed over yet); a rejected request returns it to ready.
  requestAfterSale: { from: ['paid', 'ready', 'shipped', 'completed'], by: ['buyer'], to: 'after_sale' },
  // A refund: approving sends the amount asked for. A partial one leaves the order where it was, refund recorded.
  approveAfterSale: { from: ['after_sale'], by: ['owner'], afterSale: ['requested'], to: 'afterRefund' },
  // A return: approving gives the address; the money goes back once the goods do.
  approveReturn: { from: ['after_sale'], by: ['owner'], afterSale: ['requested'], to: 'same' },
  rejectAfterSale: { from: ['after_sale'], by: ['owner'], afterSale: ['requested'], to: 'beforeAfterSale' },
  returnShipped: { from: ['after_sale'], by: ['buyer'], afterSale: ['approved'], to: 'same' },
  // A pickup or delivery order's return is handed back in person: the seller who has the goods in hand confirms
  // straight from approved, whether or not the friend tapped 我已当面退回 (else the timer would close it unrefunded).
  // A posted return waits for the buyer's shipment.
  confirmReturn: {
    from: ['after_sale'],
    by: ['owner'],
    afterSale: ['returned'],
    afterSaleByWay: { pickup: ['approved', 'returned'], delivery: ['approved', 'returned'] },
    to: 'afterRefund',
  },
  // The timer: a return not sent back in time closes; one not confirmed in time is refunded.
  closeReturn: { from: ['after_sale'], by: ['system'], afterSale: ['approved'], to: 'beforeAfterSale' },
  autoConfirmReturn: { from: ['after_sale'], by: ['system'], afterSale: ['returned'], to: 'afterRefund' },
  review: { from: ['completed'], by: ['buyer'], to: 'same' },
  replyReview: { from: ['completed'], by: ['owner'], to: 'same' },
};

/**
 * A step the rule's actor may not take in one status although the rule allows it otherwise (CONTRACT.md,
 * Additions): a buyer who said 我已转账 cannot cancel (CONFLICT) — the money would stay with the seller with
 * nobody told to return it; they ask for a refund once the seller has confirmed it arrived. The cancel step
 * refuses it with that reason; the app reads it so it never offers the button.
 */
export function withheld(status: OrderStatus, transition: Transition, role: Role): boolean {
  return transition === 'cancel' && role === 'buyer' && status === 'awaiting_confirmation';
}

export type Decision =
  | { ok: true; to: OrderStatus }
  | { ok: false; code: 'FORBIDDEN' | 'CONFLICT' };

/**
 * Why `role` may not take `transition` on an order in `status` (with its after-sale in `afterSale`), or null
 * when it may: decide's guard alone, which is all the app needs to offer a button (what status follows is the backend's).
 */
export function refusal(
  status: OrderStatus,
  transition: Transition,
  role: Role,
  afterSale?: AfterSaleStatus | null,
  fulfiller: FulfillerKind = 'shop',
  way: HandoverKind = 'shipping',
): 'FORBIDDEN' | 'CONFLICT' | null {
  const rule = TRANSITIONS[transition];
  if (!rule.by.some((actor) => actor === role || (actor === 'fulfiller' && shipperOf(fulfiller) === role))) return 'FORBIDDEN';
  if (!rule.from.includes(status)) return 'CONFLICT';
  if (rule.ways && !rule.ways.includes(way)) return 'CONFLICT';
  const needs = rule.afterSaleByWay?.[way] ?? rule.afterSale;
  if (needs && !(afterSale && needs.includes(afterSale))) return 'CONFLICT';
  return null;
}

/**
 * Whether `role` may perform `transition` on an order in `status`, and the status after.
 * The wrong person is FORBIDDEN whatever the status (so a stranger learns nothing of it);
 * the right person at the wrong time is CONFLICT.
 */
export function decide(status: OrderStatus, transition: Transition, role: Role, state: AfterSaleState = {}): Decision {
  const refused = refusal(status, transition, role, state.afterSale, state.fulfiller, state.way);
  if (refused) return { ok: false, code: refused };
  const rule = TRANSITIONS[transition];
  if (rule.to === 'same') return { ok: true, to: status };
  if (rule.to === 'afterRefund' && state.fullRefund) return { ok: true, to: 'refunded' };
  if (rule.to === 'beforeAfterSale' || rule.to === 'afterRefund') {
    return state.beforeAfterSale ? { ok: true, to: state.beforeAfterSale } : { ok: false, code: 'CONFLICT' };
  }
  return { ok: true, to: rule.to };
}
