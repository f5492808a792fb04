import type { OrderFulfilment } from '../../../types/drop';
import type { AfterSale, Fulfiller, Order, OrderStatus } from '../../../types/order';
import { refusal, withheld, type Role, type Transition } from '../../../types/rules/order-machine';

/** What a person can do to an order from the app (the contract's order actions, pay as one). */
export type OrderAction =
  | 'pay'
  | 'cancel'
  | 'confirmReceipt'
  | 'requestAfterSale'
  | 'review'
  | 'confirmPaid'
  | 'rejectPaid'
  | 'ship'
  | 'resolveAfterSale'
  | 'returnShipped'
  | 'confirmReturn'
  | 'replyReview';

/**
 * Who looks at an order in the app: the machine's roles a person can hold (the platform has no app; a supplier
 * ships from its own console, which reads its queue, not these orders).
 */
export type Side = Exclude<Role, 'system' | 'supplier'>;

/**
 * The machine's transitions behind each button (types/rules/order-machine.ts decides who may take them when):
 * a button is offered when the machine allows every one, so the app never offers what the backend refuses.
 * 付款 is either way to pay; 处理售后 opens approve, approve-as-return and reject. Listed most important first:
 * that is the order the buttons appear in.
 */
export const ACTION_TRANSITIONS: Readonly<Record<OrderAction, readonly Transition[]>> = {
  pay: ['payWechat', 'payTransfer'],
  confirmPaid: ['confirmPaid'],
  rejectPaid: ['rejectPaid'],
  ship: ['ship'],
  confirmReceipt: ['confirmReceipt'],
  resolveAfterSale: ['approveAfterSale', 'approveReturn', 'rejectAfterSale'],
  returnShipped: ['returnShipped'],
  confirmReturn: ['confirmReturn'],
  review: ['review'],
  replyReview: ['replyReview'],
  requestAfterSale: ['requestAfterSale'],
  cancel: ['cancel'],
};

const ORDER = Object.keys(ACTION_TRANSITIONS) as OrderAction[];

export function sideOf(order: Pick<Order, 'viewerIsOwner'>): Side {
  return order.viewerIsOwner ? 'owner' : 'buyer';
}

/**
 * Exactly the actions the viewer may take on the order now, most important first. Besides status and
 * side: a review is written once, and the seller replies once to a review that exists; a supplier's order is
 * the supplier's to ship, so its seller is not offered 发货; a drop's pickup or delivery order is handed over
 * against the buyer's code (the drop's pages), never shipped, so it is not offered 发货 either.
 */
export function availableActions(
  order: Pick<Order, 'status' | 'viewerIsOwner' | 'review'> & {
    afterSale?: Pick<AfterSale, 'status'> | null;
    fulfiller?: Pick<Fulfiller, 'kind'>;
    fulfilment?: Pick<OrderFulfilment, 'kind'>;
  },
): OrderAction[] {
  const side = sideOf(order);
  return ORDER.filter((action) => {
    if (ACTION_TRANSITIONS[action].some((t) => refusal(order.status, t, side, order.afterSale?.status, order.fulfiller?.kind, order.fulfilment?.kind) || withheld(order.status, t, side))) return false;
    if (action === 'review') return order.review === null;
    if (action === 'replyReview') return order.review !== null && order.review.reply === null;
    return true;
  });
}

/**
 * Statuses where the seller has something to do: confirm a transfer, ship (or bring a drop's goods), answer an
 * after-sale. A ready order waits for its buyer to come with the code, not for the seller.
 */
export const SELLER_ATTENTION: readonly OrderStatus[] = ['awaiting_confirmation', 'paid', 'after_sale'];

export function needsActionCount(counts: Partial<Record<OrderStatus, number>>): number {
  return SELLER_ATTENTION.reduce((n, s) => n + (counts[s] ?? 0), 0);
}
