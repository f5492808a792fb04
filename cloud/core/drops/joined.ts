import { DROP_BOUNDS, type DropJoiner } from '../../../types/drop';
import { dropText } from '../../../types/zh-CN/drops';
import type { OrderStatus } from '../../../types/order';
import type { Queryable } from '../../db/types';
import { maskName } from '../orders/rows';
import { iso } from '../time';

/**
 * Who joined, as the drop's page counts them: every order of the drop not cancelled or refunded, unpaid ones
 * too — a join holds its pieces from the moment it is placed, and the unpaid ones are cancelled at the cutoff,
 * so once the drop closes the count is what was paid for (or is awaiting the seller's transfer check).
 */
export const JOINED = `o.status NOT IN ('cancelled', 'refunded')`;

export interface JoinedTotals {
  joinedCount: number;
  pieces: number;
  /** the joins per status (what DropView.counts gives the seller) */
  counts: Partial<Record<OrderStatus, number>>;
}

/** One grouped read: the page's count and pieces, and the seller's split of them by status, cost the same. */
export async function joinedTotals(q: Queryable, dropId: string): Promise<JoinedTotals> {
  const rows = await q.query<{ status: OrderStatus; n: number; pieces: number }>(
    `SELECT o.status, count(*)::int AS n, coalesce(sum((SELECT sum(i.qty) FROM order_items i WHERE i.order_id = o.id)), 0)::int AS pieces
     FROM orders o WHERE o.drop_id = $1 AND ${JOINED} GROUP BY o.status`,
    [dropId],
  );
  const counts: Partial<Record<OrderStatus, number>> = {};
  for (const r of rows) counts[r.status] = r.n;
  return { joinedCount: rows.reduce((n, r) => n + r.n, 0), pieces: rows.reduce((n, r) => n + r.pieces, 0), counts };
}

/** The latest joiners, each as "王*" from the receiver's name they gave, or 匿名 if they chose not to be shown. */
export async function latestJoiners(q: Queryable, dropId: string): Promise<DropJoiner[]> {
  const rows = await q.query<{ name: string | null; show_name: boolean; qty: number; created_at: Date | string }>(
    `SELECT o.address->>'name' AS name, o.show_name, (SELECT coalesce(sum(i.qty), 0)::int FROM order_items i WHERE i.order_id = o.id) AS qty, o.created_at
     FROM orders o WHERE o.drop_id = $1 AND ${JOINED} ORDER BY o.created_at DESC, o.id DESC LIMIT ${DROP_BOUNDS.joinersShown}`,
    [dropId],
  );
  return rows.map((r) => ({ name: r.show_name ? maskName(r.name ?? '') : dropText.anonymous, qty: r.qty, at: iso(r.created_at) }));
}
