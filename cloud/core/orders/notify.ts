import type { Queryable } from '../../db/types';
import { enqueue } from '../outbox';
import type { OrderRow } from './rows';

export type OrderNotice = 'order.created' | 'order.paid' | 'order.payment_rejected' | 'order.shipped' | 'order.cancelled' | 'order.after_sale_requested' | 'order.after_sale_resolved' | 'order.after_sale_overdue' | 'order.completed';

/**
 * A subscription message about an order to the other side, written to the outbox in the same
 * transaction as the change (the sandbox shows it; production's sender delivers it).
 */
export async function notify(tx: Queryable, order: OrderRow, notice: OrderNotice, to: 'buyer' | 'owner', at: Date, extra: Record<string, unknown> = {}): Promise<void> {
  let toOpenId = order.buyer_openid;
  if (to === 'owner') {
    const [shop] = await tx.query<{ owner_openid: string }>('SELECT owner_openid FROM shops WHERE id = $1', [order.shop_id]);
    toOpenId = shop.owner_openid;
  }
  await enqueue(tx, { kind: 'subscribeMessage', toOpenId, payload: { notice, orderId: order.id, status: order.status, totalFen: order.total_fen, ...extra }, at });
}
