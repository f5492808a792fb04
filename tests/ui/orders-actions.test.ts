import { decide, TRANSITIONS, type Transition } from '../../types/rules/order-machine';
import { ORDER_STATUSES, type AfterSaleStatus, type Order, type OrderStatus } from '../../types/order';
import type { Review } from '../../types/product';
import { ACTION_TRANSITIONS, availableActions, needsActionCount, type Side } from '../../src/features/orders/actions';
import { newIdempotencyKey, remaining } from '../../src/features/orders/format';

const SIDES: Side[] = ['buyer', 'owner'];

const review = (reply: string | null): Review => ({ id: 'r', orderId: 'o', rating: 5, text: '好', reply, createdAt: '2026-11-20T10:00:00+08:00', reviewerName: '王*', purchasedAt: '2026-11-10T10:00:00+08:00', productId: null, wholeOrder: false });

const AFTER_SALE: (AfterSaleStatus | null)[] = [null, 'requested', 'approved', 'returned', 'refunded', 'rejected', 'closed'];

function order(status: OrderStatus, side: Side, r: Review | null = null, afterSale: AfterSaleStatus | null = null) {
  return { status, viewerIsOwner: side === 'owner', review: r, afterSale: afterSale ? { status: afterSale } : null } satisfies Pick<Order, 'status' | 'viewerIsOwner' | 'review'> & {
    afterSale: { status: AfterSaleStatus } | null;
  };
}

describe('the buttons follow the backend state machine', () => {
  // Tapping a button the backend refuses shows the person an error for something the app itself offered.
  it('never offers a button the backend would refuse, for any status × side × after-sale × review', () => {
    for (const status of ORDER_STATUSES) {
      for (const side of SIDES) {
        for (const afterSale of AFTER_SALE) {
          for (const r of [null, review(null), review('谢谢')]) {
            for (const action of availableActions(order(status, side, r, afterSale))) {
              for (const t of ACTION_TRANSITIONS[action]) {
                // the after-sale started from `paid` (what decide needs to say where a rejection returns to)
                expect({ status, side, afterSale, action, t, decision: decide(status, t, side, { beforeAfterSale: 'paid', afterSale }) }).toMatchObject({ decision: { ok: true } });
              }
            }
          }
        }
      }
    }
  });

  it('offers every step a buyer or seller may take through some button', () => {
    const behindButtons = new Set<Transition>(Object.values(ACTION_TRANSITIONS).flat());
    // a drop's 到货了 (per pickup point) and the pickup code (typed or scanned) are the seller's drop pages' (issue 17), not an order's buttons
    const onDropPages: Transition[] = ['markReady', 'verifyPickup'];
    const byPeople = (Object.keys(TRANSITIONS) as Transition[]).filter((t) => TRANSITIONS[t].by.some((role) => role !== 'system') && !onDropPages.includes(t));
    expect(byPeople.filter((t) => !behindButtons.has(t))).toEqual([]);
    // …and no button hides a step only the platform takes (the backend would answer FORBIDDEN)
    expect([...behindButtons].filter((t) => !byPeople.includes(t))).toEqual([]);
  });

  // A supplier's order (issue 16) is the supplier's to ship: the seller tapping 发货 would be answered FORBIDDEN.
  it('does not offer the seller 发货 on an order a supplier fulfils, and offers the rest as on the shop’s own', () => {
    const supplied = (status: OrderStatus, side: Side) => ({ ...order(status, side), fulfiller: { kind: 'supplier' as const } });
    expect(availableActions(order('paid', 'owner'))).toContain('ship');
    expect(availableActions(supplied('paid', 'owner'))).toEqual(availableActions(order('paid', 'owner')).filter((a) => a !== 'ship'));
    expect(availableActions(supplied('paid', 'buyer'))).toEqual(availableActions(order('paid', 'buyer')));
    for (const status of ORDER_STATUSES) {
      for (const action of availableActions(supplied(status, 'owner'))) {
        for (const t of ACTION_TRANSITIONS[action]) expect(decide(status, t, 'owner', { beforeAfterSale: 'paid', fulfiller: 'supplier' })).toMatchObject({ ok: true });
      }
    }
  });

  // A drop's pickup or delivery order (issue 17) is handed over against the buyer's code, never shipped: 发货 would be CONFLICT.
  it('does not offer 发货 on a pickup or delivery order; a ready one may be cancelled, and asked about by the buyer', () => {
    const handed = (status: OrderStatus, side: Side, kind: 'pickup' | 'delivery') => ({ ...order(status, side), fulfilment: { kind } });
    for (const kind of ['pickup', 'delivery'] as const) {
      expect(availableActions(handed('paid', 'owner', kind))).toEqual(['cancel']);
      expect(availableActions(handed('paid', 'buyer', kind))).toEqual(['requestAfterSale', 'cancel']);
      expect(availableActions(handed('ready', 'owner', kind))).toEqual(['cancel']);
      expect(availableActions(handed('ready', 'buyer', kind))).toEqual(['requestAfterSale', 'cancel']);
      for (const status of ORDER_STATUSES) {
        for (const side of SIDES) {
          for (const action of availableActions(handed(status, side, kind))) {
            for (const t of ACTION_TRANSITIONS[action]) expect({ status, side, t, d: decide(status, t, side, { beforeAfterSale: 'paid', way: kind }) }).toMatchObject({ d: { ok: true } });
          }
        }
      }
    }
    expect(availableActions({ ...order('paid', 'owner'), fulfilment: { kind: 'shipping' } })).toContain('ship');
  });

  it('offers the review once, and the reply once, only when there is a review to answer', () => {
    expect(availableActions(order('completed', 'buyer', null))).toContain('review');
    expect(availableActions(order('completed', 'buyer', review(null)))).not.toContain('review');
    expect(availableActions(order('completed', 'owner', null))).not.toContain('replyReview');
    expect(availableActions(order('completed', 'owner', review(null)))).toContain('replyReview');
    expect(availableActions(order('completed', 'owner', review('谢谢')))).not.toContain('replyReview');
  });

  // Written out from the product rules, not from the machine: a button mapped to the wrong step shows up here.
  it('lists exactly these per status and side', () => {
    expect(availableActions(order('pending_payment', 'buyer'))).toEqual(['pay', 'cancel']);
    expect(availableActions(order('pending_payment', 'owner'))).toEqual(['cancel']);
    // CONTRACT.md, Additions: a buyer cannot cancel once they said 我已转账 (the backend answers CONFLICT); they
    // ask for a refund after the seller confirms, so nothing is theirs to tap until then.
    expect(availableActions(order('awaiting_confirmation', 'buyer'))).toEqual([]);
    expect(availableActions(order('awaiting_confirmation', 'owner'))).toEqual(['confirmPaid', 'rejectPaid', 'cancel']);
    expect(availableActions(order('paid', 'buyer'))).toEqual(['requestAfterSale', 'cancel']);
    expect(availableActions(order('paid', 'owner'))).toEqual(['ship', 'cancel']);
    expect(availableActions(order('shipped', 'buyer'))).toEqual(['confirmReceipt', 'requestAfterSale']);
    expect(availableActions(order('shipped', 'owner'))).toEqual([]);
    expect(availableActions(order('completed', 'buyer'))).toEqual(['review', 'requestAfterSale']);
    expect(availableActions(order('completed', 'owner', review(null)))).toEqual(['replyReview']);
    expect(availableActions(order('after_sale', 'buyer'))).toEqual([]);
    expect(availableActions(order('after_sale', 'owner', null, 'requested'))).toEqual(['resolveAfterSale']);
    expect(availableActions(order('after_sale', 'buyer', null, 'approved'))).toEqual(['returnShipped']);
    expect(availableActions(order('after_sale', 'owner', null, 'approved'))).toEqual([]);
    expect(availableActions(order('after_sale', 'owner', null, 'returned'))).toEqual(['confirmReturn']);
    expect(availableActions(order('after_sale', 'buyer', null, 'returned'))).toEqual([]);
    expect(availableActions(order('after_sale', 'buyer', null, 'requested'))).toEqual([]);
    for (const side of SIDES) {
      expect(availableActions(order('cancelled', side))).toEqual([]);
      expect(availableActions(order('refunded', side))).toEqual([]);
    }
  });

  it('counts what waits for the seller', () => {
    expect(needsActionCount({ awaiting_confirmation: 2, paid: 1, after_sale: 3, shipped: 9, pending_payment: 4 })).toBe(6);
    expect(needsActionCount({})).toBe(0);
  });
});

describe('order helpers', () => {
  it('counts down to the unpaid expiry', () => {
    const now = new Date('2026-11-23T10:00:00Z').getTime();
    expect(remaining('2026-11-23T10:29:05Z', now)).toEqual(['29', '05']);
    expect(remaining('2026-11-23T09:59:59Z', now)).toBeNull();
  });

  it('makes idempotency keys of 8–64 characters, different each time', () => {
    const a = newIdempotencyKey();
    const b = newIdempotencyKey();
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(8);
    expect(a.length).toBeLessThanOrEqual(64);
  });
});
