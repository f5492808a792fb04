import type { AfterSale, AfterSaleStatus, Order, OrderStatus } from '../../../types/order';

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

export type Side = 'buyer' | 'owner';

/**
 * The backend's state machine (cloud/core/orders/machine.ts) as the app needs it: for each action,
 * the statuses it is allowed in, the after-sale's own status it needs, and the side that may take it. tests/ui checks this against the
 * machine itself for every status × side × action, so the buttons never offer what the backend refuses.
 */
export const ACTION_RULES: Record<OrderAction, { from: readonly OrderStatus[]; by: readonly Side[]; afterSale?: readonly AfterSaleStatus[] }> = {
  pay: { from: ['pending_payment'], by: ['buyer'] },
  cancel: { from: ['pending_payment', 'awaiting_confirmation', 'paid'], by: ['buyer', 'owner'] },
  confirmReceipt: { from: ['shipped'], by: ['buyer'] },
  requestAfterSale: { from: ['paid', 'shipped', 'completed'], by: ['buyer'] },
  review: { from: ['completed'], by: ['buyer'] },
  confirmPaid: { from: ['awaiting_confirmation'], by: ['owner'] },
  rejectPaid: { from: ['awaiting_confirmation'], by: ['owner'] },
  ship: { from: ['paid'], by: ['owner'] },
  resolveAfterSale: { from: ['after_sale'], by: ['owner'], afterSale: ['requested'] },
  returnShipped: { from: ['after_sale'], by: ['buyer'], afterSale: ['approved'] },
  confirmReturn: { from: ['after_sale'], by: ['owner'], afterSale: ['returned'] },
  replyReview: { from: ['completed'], by: ['owner'] },
};

const ORDER: readonly OrderAction[] = [
  'pay',
  'confirmPaid',
  'rejectPaid',
  'ship',
  'confirmReceipt',
  'resolveAfterSale',
  'returnShipped',
  'confirmReturn',
  'review',
  'replyReview',
  'requestAfterSale',
  'cancel',
];

export function sideOf(order: Pick<Order, 'viewerIsOwner'>): Side {
  return order.viewerIsOwner ? 'owner' : 'buyer';
}

/**
 * Exactly the actions the viewer may take on the order now, most important first. Besides status and
 * side: a review is written once, and the seller replies once to a review that exists.
 */
export function availableActions(order: Pick<Order, 'status' | 'viewerIsOwner' | 'review'> & { afterSale?: Pick<AfterSale, 'status'> | null }): OrderAction[] {
  const side = sideOf(order);
  return ORDER.filter((action) => {
    const rule = ACTION_RULES[action];
    if (!rule.by.includes(side) || !rule.from.includes(order.status)) return false;
    if (rule.afterSale && !(order.afterSale && rule.afterSale.includes(order.afterSale.status))) return false;
    if (action === 'review') return order.review === null;
    if (action === 'replyReview') return order.review !== null && order.review.reply === null;
    return true;
  });
}

/** Statuses where the seller has something to do: confirm a transfer, ship, answer an after-sale. */
export const SELLER_ATTENTION: readonly OrderStatus[] = ['awaiting_confirmation', 'paid', 'after_sale'];

export function needsActionCount(counts: Partial<Record<OrderStatus, number>>): number {
  return SELLER_ATTENTION.reduce((n, s) => n + (counts[s] ?? 0), 0);
}
