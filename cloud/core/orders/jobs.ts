import { AUTO_COMPLETE_DAYS, RETURN_CONFIRM_DAYS, RETURN_SHIP_DAYS } from '../../../types/order';
import { afterSaleNotes } from '../../../types/zh-CN/after-sale-errors';
import { orderNoteText } from '../../../types/zh-CN/orders';
import type { OrderStatus } from '../../../types/order';
import type { TimerJob } from '../runtime/job';
import type { Database, Queryable } from '../../db/types';
import * as payments from '../payments/ledger';
import { sendRefund } from './after-sale';
import { afterSaleState, applyTransition } from './command';
import { decide, type Transition } from '../../../types/rules/order-machine';
import { noticeBatch } from './notify';
import type { OrderRow } from './rows';
import { giveBack, piecesOut, type Pieces } from './stock';

const BATCH = 100;

/**
 * Claims due orders with FOR UPDATE SKIP LOCKED and changes them in the same transaction, so that two
 * overlapping timers never handle one order twice, and a timer dying halfway leaves nothing half done.
 * The state machine is asked again under the lock: an order paid a moment ago is not expired.
 * Steps hand the pieces they give back to `restock`; the whole batch's go back at the end in one call, in the
 * global lock order — order by order, the batch would lock two orders' supply rows the other way round from a
 * create reserving both, and deadlock with it.
 */
async function sweep(
  db: Database,
  now: Date,
  dueSql: string,
  params: unknown[],
  transition: Transition,
  step: (tx: Queryable, o: OrderRow, notices: ReturnType<typeof noticeBatch>, to: OrderStatus, restock: (pieces: Pieces[]) => void) => Promise<void>,
): Promise<number> {
  let handled = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const due = await tx.query<OrderRow>(`SELECT * FROM orders WHERE ${dueSql} ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`, params);
      const notices = noticeBatch(tx, now);
      const back: Pieces[] = [];
      const restock = (pieces: Pieces[]) => void back.push(...pieces);
      for (const o of due) {
        const d = decide(o.status, transition, 'system', await afterSaleState(tx, o, transition));
        if (!d.ok) continue;
        await step(tx, o, notices, d.to, restock);
      }
      await giveBack(tx, back);
      await notices.flush();
      return due.length;
    });
    handled += n;
    if (n < BATCH) return handled;
  }
}

export const expireUnpaidOrders: TimerJob = {
  name: 'expireUnpaidOrders',
  run: ({ db }, now) =>
    sweep(db, now, `status = 'pending_payment' AND expires_at <= $1`, [now], 'expire', async (tx, o, notices, _to, restock) => {
      restock(await piecesOut(tx, [o.id]));
      await payments.abandonRequested(tx, o.id, now);
      const after = await applyTransition(tx, o, 'expire', 'system', 'cancelled', now, { set: { cancelled_at: now, cancel_reason: orderNoteText.expiredReason, expires_at: null }, note: orderNoteText.expired });
      await notices.add(after, { message: 'order.cancelled', by: 'system', reason: null, refunded: false }, 'buyer');
    }),
};

export const autoCompleteShippedOrders: TimerJob = {
  name: 'autoCompleteShippedOrders',
  run: ({ db }, now) =>
    sweep(db, now, `status = 'shipped' AND shipped_at <= $1`, [new Date(now.getTime() - AUTO_COMPLETE_DAYS * 86_400_000)], 'autoComplete', async (tx, o, notices) => {
      const after = await applyTransition(tx, o, 'autoComplete', 'system', 'completed', now, { set: { completed_at: now }, note: orderNoteText.autoCompleted(AUTO_COMPLETE_DAYS) });
      await notices.add(after, { message: 'order.completed', auto: true }, 'buyer');
    }),
};

/** An after-sale request past the seller's promised answer time is flagged to both sides, once. */
export const flagOverdueAfterSales: TimerJob = {
  name: 'flagOverdueAfterSales',
  run: ({ db }, now) =>
    db.transaction(async (tx) => {
      const due = await tx.query<OrderRow>(
        `SELECT * FROM orders WHERE status = 'after_sale' AND after_sale_status = 'requested' AND after_sale_overdue_at IS NULL AND after_sale_due_by <= $1
         ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        [now],
      );
      const notices = noticeBatch(tx, now);
      for (const o of due) {
        await tx.query('UPDATE orders SET after_sale_overdue_at = $2 WHERE id = $1', [o.id, now]);
        const overdue = { message: 'order.after_sale_overdue', type: o.after_sale_type ?? 'refund', reason: o.after_sale_reason ?? '' } as const;
        await notices.add(o, overdue, 'owner');
        await notices.add(o, overdue, 'buyer');
      }
      await notices.flush();
      return due.length;
    }),
};

/** An approved return the buyer has not sent back in time closes: the order goes back to where it was. */
export const closeUnshippedReturns: TimerJob = {
  name: 'closeUnshippedReturns',
  run: ({ db }, now) =>
    sweep(db, now, `status = 'after_sale' AND after_sale_status = 'approved' AND return_ship_by <= $1`, [now], 'closeReturn', async (tx, o, notices, to) => {
      const note = afterSaleNotes.returnClosed(RETURN_SHIP_DAYS);
      const after = await applyTransition(tx, o, 'closeReturn', 'system', to, now, {
        set: { after_sale_status: 'closed', after_sale_resolved_at: now, return_ship_by: null },
        note,
      });
      await notices.add(after, { message: 'order.return_closed', days: RETURN_SHIP_DAYS }, 'buyer');
    }),
};

/** A return sent back that the seller has not confirmed in time is refunded as if they had. */
export const refundUnconfirmedReturns: TimerJob = {
  name: 'refundUnconfirmedReturns',
  run: ({ db }, now) =>
    sweep(db, now, `status = 'after_sale' AND after_sale_status = 'returned' AND return_confirm_by <= $1`, [now], 'autoConfirmReturn', async (tx, o, notices, to, restock) => {
      const refundFen = await sendRefund(tx, o, now, restock);
      const note = afterSaleNotes.returnAutoConfirmed(RETURN_CONFIRM_DAYS);
      const after = await applyTransition(tx, o, 'autoConfirmReturn', 'system', to, now, {
        set: { after_sale_status: 'refunded', after_sale_resolved_at: now, return_confirm_by: null },
        note,
      });
      await notices.add(after, { message: 'order.after_sale_resolved', approve: true, note, refundFen }, 'buyer');
    }),
};
