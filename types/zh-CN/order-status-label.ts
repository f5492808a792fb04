// One status label per order for every place that names it — the order lists, the order page's title and
// timeline, the drop's pick list and its CSV — so a list never says 待发货 of an order its page says 待到货 of.
import type { Order, OrderStatus } from '../order';
import { statusTextFor } from './orders';
import { dropOrderText } from './drop-order-hints';
import { supplyOrdersText } from './supply-orders';

/** What a status label needs to know of an order: how it is handed over, and who sends it. */
export type LabelledOrder = Partial<Pick<Order, 'fulfilment' | 'fulfiller'>> & { status: OrderStatus };

/**
 * An order's status in the words of the side reading it: a paid pickup or delivery order waits for the goods
 * (待到货 / 待送货), not for posting; the seller's paid order that a supplier sends waits for the supplier, not the
 * seller. `status` defaults to the order's own (a timeline passes the status an event led to).
 */
export function orderStatusLabel(side: 'buyer' | 'owner', order: LabelledOrder, status: OrderStatus = order.status): string {
  if (status === 'paid') {
    const way = order.fulfilment?.kind;
    if (way === 'pickup' || way === 'delivery') return dropOrderText.title.paid[way];
    if (side === 'owner' && order.fulfiller?.kind === 'supplier') return supplyOrdersText.sellerPaidStatus;
  }
  return statusTextFor(side, status);
}
