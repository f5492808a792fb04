import { carrierById, OTHER_CARRIER } from '../../../types/delivery';
import { AFTER_SALE_RESPONSE_HOURS, RETURN_CONFIRM_DAYS, RETURN_SHIP_DAYS } from '../../../types/order';
import { orderAfterSaleSchema, orderIdSchema, orderResolveSchema, orderReturnShippedSchema } from '../../../types/order-schemas';
import { afterSaleErrors, afterSaleNotes } from '../../../types/zh-CN/after-sale-errors';
import { returnsInPerson } from '../../../types/rules/returns';
import type { Queryable } from '../../db/types';
import { recordImages, submitImages, type ImageBatch } from '../content';
import { authedAction } from '../runtime/action';
import { badInput, conflict } from '../runtime/errors';
import { runOrderCommand, wayOf } from './command';
import { notify } from './notify';
import { refundableFen, refundReceived } from '../payments/refunds';
import type { OrderRow } from './rows';
import { giveBack, piecesOut, type Pieces } from './stock';

const DAY = 86_400_000;
const yuan = (fen: number) => (fen / 100).toFixed(2);

interface LineLeft {
  line: number;
  product_id: string;
  title: string;
  supply_product_id: string | null;
  qty: number;
  returned_qty: number;
}

/** The order's lines with the pieces that already came back (order_items.returned_qty, migration 020). */
const linesOf = (tx: Queryable, orderId: string) =>
  tx.query<LineLeft>(
    `SELECT i.line, i.product_id, i.title, coalesce(i.supply_product_id, p.supply_product_id) AS supply_product_id, i.qty, i.returned_qty
       FROM order_items i JOIN products p ON p.id = i.product_id WHERE i.order_id = $1 ORDER BY i.line`,
    [orderId],
  );

/**
 * The lines asked about must be lines of the order, each at most as many as were bought — for a return, as
 * many as are still with the buyer (pieces that came back once cannot come back again).
 */
async function checkItems(tx: Queryable, orderId: string, type: 'refund' | 'return', items: { productId: string; qty: number }[]): Promise<void> {
  const lines = await linesOf(tx, orderId);
  const asked = new Map<string, number>();
  for (const i of items) asked.set(i.productId, (asked.get(i.productId) ?? 0) + i.qty);
  for (const [productId, qty] of asked) {
    const bought = lines.filter((l) => l.product_id === productId);
    if (bought.length === 0) throw badInput({ items: afterSaleErrors.notALine });
    const boughtQty = bought.reduce((n, l) => n + Number(l.qty) - (type === 'return' ? Number(l.returned_qty) : 0), 0);
    if (qty > boughtQty) throw badInput({ items: afterSaleErrors.tooMany(bought[0].title, boughtQty) });
  }
}

/**
 * Writes down the pieces a confirmed return brought back — its `items`, or every piece still out when it lists
 * none — where no later after-sale can overwrite them, and answers them (to go back to stock).
 */
async function recordReturned(tx: Queryable, row: OrderRow): Promise<Pieces[]> {
  const listed = row.after_sale_items ?? [];
  const asked = new Map<string, number>();
  for (const i of listed) asked.set(i.productId, (asked.get(i.productId) ?? 0) + i.qty);
  const back: Pieces[] = [];
  for (const l of await linesOf(tx, row.id)) {
    const out = Number(l.qty) - Number(l.returned_qty);
    const qty = listed.length === 0 ? out : Math.min(out, asked.get(l.product_id) ?? 0);
    if (qty <= 0) continue;
    asked.set(l.product_id, (asked.get(l.product_id) ?? 0) - qty);
    await tx.query('UPDATE order_items SET returned_qty = returned_qty + $3 WHERE order_id = $1 AND line = $2', [row.id, l.line, qty]);
    back.push({ productId: l.product_id, supplyProductId: l.supply_product_id, qty });
  }
  return back;
}

/**
 * Sends the after-sale's amount back, WeChat Pay first (refundReceived): that money goes back by itself,
 * while a transfer waits on the seller's own transfer back, so the buyer gets the most back soonest.
 * Stock: after shipping, only pieces that physically came back (a confirmed return; recorded, whatever the
 * amount) go back — a refund without a return leaves the goods with the buyer. Before shipping, every piece goes
 * back when everything left is given back (a partial refund keeps the goods sold: which piece is broken is the
 * seller's to judge). `restock` lets a transaction handling several orders give all their pieces back at once,
 * in the global lock order (stock.ts giveBack).
 */
export async function sendRefund(
  tx: Queryable,
  row: OrderRow,
  now: Date,
  restock: (pieces: Pieces[]) => Promise<void> | void = (pieces) => giveBack(tx, pieces),
): Promise<number> {
  const left = await refundableFen(tx, row.id);
  const amountFen = Number(row.after_sale_amount_fen ?? left);
  if (row.shipped_at) {
    if (row.after_sale_type === 'return') await restock(await recordReturned(tx, row));
  } else if (amountFen >= left) await restock(await piecesOut(tx, [row.id]));
  const made = await refundReceived(tx, row, 'after_sale', now, amountFen);
  return made.reduce((sum, r) => sum + Number(r.amount_fen), 0);
}

export const requestAfterSale = authedAction(orderAfterSaleSchema, async (ctx, { orderId, type, reason, amountFen, items, photos }) => {
  let images: ImageBatch | null = null;
  const order = await runOrderCommand(ctx, orderId, 'requestAfterSale', async (tx, row, _role, to, now) => {
    const left = await refundableFen(tx, row.id);
    if (left <= 0) throw conflict(afterSaleErrors.nothingLeft);
    if (amountFen !== undefined && amountFen > left) throw badInput({ amountFen: afterSaleErrors.amountTooHigh(left) });
    if (items?.length) await checkItems(tx, row.id, type, items);
    // The seller sees the photos: checked by content security like a product's images.
    images = await recordImages(tx, ctx.caller.openId, photos ?? [], 'forum', now);
    await notify(tx, { ...row, status: to }, { message: 'order.after_sale_requested', type, reason }, 'owner', now);
    return {
      set: {
        after_sale_type: type,
        after_sale_reason: reason,
        after_sale_status: 'requested',
        after_sale_note: null,
        after_sale_from: row.status,
        after_sale_requested_at: now,
        after_sale_due_by: new Date(now.getTime() + AFTER_SALE_RESPONSE_HOURS * 3_600_000),
        after_sale_resolved_at: null,
        after_sale_overdue_at: null,
        after_sale_amount_fen: amountFen ?? left,
        after_sale_items: JSON.stringify(items ?? []),
        after_sale_photos: JSON.stringify(photos ?? []),
        return_address: null,
        return_carrier: null,
        return_carrier_id: null,
        return_tracking_no: null,
        return_shipped_at: null,
        return_ship_by: null,
        return_confirm_by: null,
      },
      note: `¥${yuan(amountFen ?? left)} · ${reason}`,
    };
  });
  if (images) await submitImages(ctx, [images]);
  return order;
});

/**
 * Reject: the order returns to where it was, with the seller's note. Approve a refund: exactly the amount
 * asked goes back now. Approve a return: the seller gives the address; the money goes back once the goods do.
 */
export const resolveAfterSale = authedAction(orderResolveSchema, async (ctx, { orderId, approve, note, returnAddress }) =>
  runOrderCommand(
    ctx,
    orderId,
    (row) => (!approve ? 'rejectAfterSale' : row.after_sale_type === 'return' ? 'approveReturn' : 'approveAfterSale'),
    async (tx, row, _role, to, now) => {
      const resolved = { after_sale_note: note ?? null, after_sale_resolved_at: now };
      if (!approve) {
        await notify(tx, { ...row, status: to }, { message: 'order.after_sale_resolved', approve, note: note ?? null, refundFen: 0 }, 'buyer', now);
        return { set: { ...resolved, after_sale_status: 'rejected' }, note: note ?? null };
      }
      if (row.after_sale_type === 'return') {
        // a pickup or delivery order's goods go back by hand, where the two agree: no address to post them to
        const inPerson = returnsInPerson(wayOf(row));
        if (!returnAddress && !inPerson) throw badInput({ returnAddress: afterSaleErrors.returnAddressRequired });
        const amountFen = Number(row.after_sale_amount_fen ?? (await refundableFen(tx, row.id)));
        await notify(tx, { ...row, status: to }, { message: 'order.return_approved', amountFen, days: RETURN_SHIP_DAYS, ...(inPerson ? { inPerson } : {}) }, 'buyer', now);
        return {
          set: { ...resolved, after_sale_status: 'approved', return_address: returnAddress ? JSON.stringify(returnAddress) : null, return_ship_by: new Date(now.getTime() + RETURN_SHIP_DAYS * DAY) },
          note: note ?? (returnAddress ? afterSaleNotes.returnApproved(returnAddress.detail) : afterSaleNotes.returnApprovedInPerson),
        };
      }
      const refundFen = await sendRefund(tx, row, now);
      await notify(tx, { ...row, status: to }, { message: 'order.after_sale_resolved', approve, note: note ?? null, refundFen }, 'buyer', now);
      return { set: { ...resolved, after_sale_status: 'refunded' }, note: note ?? afterSaleNotes.refunded(yuan(refundFen)) };
    },
  ),
);

/**
 * The buyer's return on its way back: posted, with the carrier taken as `ship` takes it (a WeChat delivery id, or
 * OTHER with a name) and its number — both required — or, for a pickup or delivery order, handed back in person,
 * with neither needed (a carrier and number given anyway are kept: the friend posted it after all).
 */
export const returnShipped = authedAction(orderReturnShippedSchema, async (ctx, { orderId, carrier: carrierId, carrierName, trackingNo }) =>
  runOrderCommand(ctx, orderId, 'returnShipped', async (tx, row, _role, to, now) => {
    if (!carrierId || !trackingNo) {
      if (!returnsInPerson(wayOf(row))) {
        throw badInput({ ...(carrierId ? {} : { carrier: afterSaleErrors.trackingRequired }), ...(trackingNo ? {} : { trackingNo: afterSaleErrors.trackingRequired }) });
      }
      await notify(tx, { ...row, status: to }, { message: 'order.return_shipped', carrier: '', trackingNo: '', inPerson: true }, 'owner', now);
      return {
        set: { after_sale_status: 'returned', return_shipped_at: now, return_confirm_by: new Date(now.getTime() + RETURN_CONFIRM_DAYS * DAY) },
        note: afterSaleNotes.returnHandedBack,
      };
    }
    const carrier = (carrierId === OTHER_CARRIER ? null : carrierById(carrierId))?.name ?? carrierName ?? carrierId;
    await notify(tx, { ...row, status: to }, { message: 'order.return_shipped', carrier, trackingNo }, 'owner', now);
    return {
      set: {
        after_sale_status: 'returned',
        return_carrier: carrier,
        return_carrier_id: carrierId,
        return_tracking_no: trackingNo,
        return_shipped_at: now,
        return_confirm_by: new Date(now.getTime() + RETURN_CONFIRM_DAYS * DAY),
      },
      note: afterSaleNotes.returnShipped(carrier, trackingNo),
    };
  }),
);

/**
 * The seller has the goods back: the amount asked goes back. A posted return before the buyer sent it is CONFLICT;
 * one handed back in person the seller may confirm as soon as it is approved (the machine's confirmReturn), the
 * friend's 我已当面退回 or not. The order's lock settles a race with the timer closing the unreturned return: whichever
 * comes second finds the after-sale no longer approved (CONFLICT here; skipped by closeUnshippedReturns).
 */
export const confirmReturn = authedAction(orderIdSchema, async (ctx, { orderId }) =>
  runOrderCommand(ctx, orderId, 'confirmReturn', async (tx, row, _role, to, now) => {
    const refundFen = await sendRefund(tx, row, now);
    const text = afterSaleNotes.returnConfirmed(yuan(refundFen));
    await notify(tx, { ...row, status: to }, { message: 'order.after_sale_resolved', approve: true, note: text, refundFen }, 'buyer', now);
    return { set: { after_sale_status: 'refunded', after_sale_resolved_at: now, return_ship_by: null, return_confirm_by: null }, note: text };
  }),
);
