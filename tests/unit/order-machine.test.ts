import { ORDER_STATUSES, type AfterSaleStatus, type OrderStatus } from '../../types/order';
import { decide, TRANSITIONS, type FulfillerKind, type HandoverKind, type Role, type Transition } from '../../types/rules/order-machine';

/**
 * The whole state machine, written out by hand from the product rules (not derived from the module):
 * [transition, who, from, the after-sale's own status it needs (undefined: any), to, to when the refund gives back
 * everything the order still held]. The order started its after-sale from `shipped` in every case. Every other
 * combination of status × after-sale status × transition × role × fulfiller must be refused. The one line that
 * depends on who fulfils the order is shipping: the seller ships the shop's own orders, the supplier its own
 * (issue 16), and the supplier may do nothing else. How it is handed over (issue 17) decides the rest: a
 * shipping order is shipped, never made ready; a drop's pickup or delivery order is never shipped — the seller
 * marks it ready and completes it against the buyer's code, from paid or from ready; a ready order may be
 * cancelled by either side and asked about (after-sale) by the buyer, as a paid one; no timer completes it.
 */
type Allowed = [Transition, Role, OrderStatus, AfterSaleStatus | undefined, OrderStatus, OrderStatus?];
const SHIPPER: Record<FulfillerKind, Role> = { shop: 'owner', supplier: 'supplier' };
const allowedFor = (fulfiller: FulfillerKind, way: HandoverKind): Allowed[] => [
  ...ALLOWED,
  ...(way === 'shipping'
    ? ([['ship', SHIPPER[fulfiller], 'paid', undefined, 'shipped']] satisfies Allowed[])
    : ([
        ['markReady', 'owner', 'paid', undefined, 'ready'],
        ['verifyPickup', 'owner', 'paid', undefined, 'completed'],
        ['verifyPickup', 'owner', 'ready', undefined, 'completed'],
        // handed back in person: the seller with the goods in hand confirms before the friend says so
        ['confirmReturn', 'owner', 'after_sale', 'approved', 'shipped', 'refunded'],
      ] satisfies Allowed[])),
];
const WAYS: HandoverKind[] = ['shipping', 'pickup', 'delivery'];
const ALLOWED: Allowed[] = [
  ['payWechat', 'buyer', 'pending_payment', undefined, 'pending_payment'],
  ['payTransfer', 'buyer', 'pending_payment', undefined, 'awaiting_confirmation'],
  ['paymentSucceeded', 'system', 'pending_payment', undefined, 'paid'],
  ['confirmPaid', 'owner', 'awaiting_confirmation', undefined, 'paid'],
  ['rejectPaid', 'owner', 'awaiting_confirmation', undefined, 'pending_payment'],
  ['confirmReceipt', 'buyer', 'shipped', undefined, 'completed'],
  ['autoComplete', 'system', 'shipped', undefined, 'completed'],
  ['cancel', 'buyer', 'pending_payment', undefined, 'cancelled'],
  ['cancel', 'buyer', 'awaiting_confirmation', undefined, 'cancelled'],
  ['cancel', 'buyer', 'paid', undefined, 'cancelled'],
  ['cancel', 'buyer', 'ready', undefined, 'cancelled'],
  ['cancel', 'owner', 'pending_payment', undefined, 'cancelled'],
  ['cancel', 'owner', 'awaiting_confirmation', undefined, 'cancelled'],
  ['cancel', 'owner', 'paid', undefined, 'cancelled'],
  ['cancel', 'owner', 'ready', undefined, 'cancelled'],
  ['expire', 'system', 'pending_payment', undefined, 'cancelled'],
  ['requestAfterSale', 'buyer', 'paid', undefined, 'after_sale'],
  ['requestAfterSale', 'buyer', 'ready', undefined, 'after_sale'],
  ['requestAfterSale', 'buyer', 'shipped', undefined, 'after_sale'],
  ['requestAfterSale', 'buyer', 'completed', undefined, 'after_sale'],
  // a refund: a partial one goes back to where the after-sale started (here: shipped), a full one refunds the order
  ['approveAfterSale', 'owner', 'after_sale', 'requested', 'shipped', 'refunded'],
  ['rejectAfterSale', 'owner', 'after_sale', 'requested', 'shipped'], // back to where it was (here: shipped)
  // a return: approved (address given) → the buyer ships it back → the seller confirms, or the timer decides
  ['approveReturn', 'owner', 'after_sale', 'requested', 'after_sale'],
  ['returnShipped', 'buyer', 'after_sale', 'approved', 'after_sale'],
  ['confirmReturn', 'owner', 'after_sale', 'returned', 'shipped', 'refunded'],
  ['closeReturn', 'system', 'after_sale', 'approved', 'shipped'],
  ['autoConfirmReturn', 'system', 'after_sale', 'returned', 'shipped', 'refunded'],
  ['review', 'buyer', 'completed', undefined, 'completed'],
  ['replyReview', 'owner', 'completed', undefined, 'completed'],
];

/** Who may ever perform each transition, in any status, on an order of the shop (ship on a supplier's: the supplier). */
const actorsFor = (fulfiller: FulfillerKind): Record<Transition, Role[]> => ({ ...ACTORS, ship: [SHIPPER[fulfiller]] });
const ACTORS: Record<Transition, Role[]> = {
  payWechat: ['buyer'],
  payTransfer: ['buyer'],
  paymentSucceeded: ['system'],
  confirmPaid: ['owner'],
  rejectPaid: ['owner'],
  ship: ['owner'],
  markReady: ['owner'],
  verifyPickup: ['owner'],
  confirmReceipt: ['buyer'],
  autoComplete: ['system'],
  cancel: ['buyer', 'owner'],
  expire: ['system'],
  requestAfterSale: ['buyer'],
  approveAfterSale: ['owner'],
  approveReturn: ['owner'],
  rejectAfterSale: ['owner'],
  returnShipped: ['buyer'],
  confirmReturn: ['owner'],
  closeReturn: ['system'],
  autoConfirmReturn: ['system'],
  review: ['buyer'],
  replyReview: ['owner'],
};

const ROLES: Role[] = ['buyer', 'owner', 'supplier', 'system'];
const FULFILLERS: FulfillerKind[] = ['shop', 'supplier'];
const TRANSITION_NAMES = Object.keys(TRANSITIONS) as Transition[];

describe('order state machine', () => {
  it('covers exactly the transitions the product rules name', () => {
    expect([...TRANSITION_NAMES].sort()).toEqual(Object.keys(ACTORS).sort());
  });

  const AFTER_SALE: (AfterSaleStatus | null)[] = [null, 'requested', 'approved', 'returned', 'refunded', 'rejected', 'closed'];
  const cases = ORDER_STATUSES.flatMap((status) =>
    TRANSITION_NAMES.flatMap((t) =>
      ROLES.flatMap((role) =>
        AFTER_SALE.flatMap((afterSale) => FULFILLERS.flatMap((fulfiller) => [false, true].map((full) => [status, t, role, afterSale, fulfiller, full] as const))),
      ),
    ),
  );

  it.each(cases)('%s × %s × %s × after-sale %s × fulfiller %s × full refund %s, every way of handing over', (status, transition, role, afterSale, fulfiller, fullRefund) => {
    for (const way of WAYS) {
      const allowed = allowedFor(fulfiller, way).find(([t, r, from, sub]) => t === transition && r === role && from === status && (sub === undefined || sub === afterSale));
      const decision = decide(status, transition, role, { beforeAfterSale: 'shipped', afterSale, fullRefund, fulfiller, way });
      if (allowed) {
        expect({ way, decision }).toEqual({ way, decision: { ok: true, to: fullRefund ? (allowed[5] ?? allowed[4]) : allowed[4] } });
      } else if (!actorsFor(fulfiller)[transition].includes(role)) {
        expect({ way, decision }).toEqual({ way, decision: { ok: false, code: 'FORBIDDEN' } });
      } else {
        expect({ way, decision }).toEqual({ way, decision: { ok: false, code: 'CONFLICT' } });
      }
    }
  });

  it('hands a pickup or delivery order over against the code, never ships it, and returns a rejected after-sale to ready', () => {
    expect(decide('paid', 'ship', 'owner', { way: 'pickup' })).toEqual({ ok: false, code: 'CONFLICT' });
    expect(decide('paid', 'ship', 'owner', { way: 'delivery' })).toEqual({ ok: false, code: 'CONFLICT' });
    expect(decide('paid', 'markReady', 'owner', { way: 'shipping' })).toEqual({ ok: false, code: 'CONFLICT' });
    expect(decide('ready', 'verifyPickup', 'owner', { way: 'pickup' })).toEqual({ ok: true, to: 'completed' });
    expect(decide('ready', 'verifyPickup', 'buyer', { way: 'pickup' })).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(decide('ready', 'autoComplete', 'system', { way: 'pickup' })).toEqual({ ok: false, code: 'CONFLICT' });
    expect(decide('after_sale', 'rejectAfterSale', 'owner', { beforeAfterSale: 'ready', afterSale: 'requested', way: 'pickup' })).toEqual({ ok: true, to: 'ready' });
  });

  it('returns a rejected after-sale, a closed return or a partial refund to the status it started from', () => {
    expect(decide('after_sale', 'rejectAfterSale', 'owner', { beforeAfterSale: 'paid', afterSale: 'requested' })).toEqual({ ok: true, to: 'paid' });
    expect(decide('after_sale', 'rejectAfterSale', 'owner', { beforeAfterSale: 'completed', afterSale: 'requested' })).toEqual({ ok: true, to: 'completed' });
    expect(decide('after_sale', 'rejectAfterSale', 'owner', { beforeAfterSale: null, afterSale: 'requested' })).toEqual({ ok: false, code: 'CONFLICT' });
    expect(decide('after_sale', 'closeReturn', 'system', { beforeAfterSale: 'completed', afterSale: 'approved' })).toEqual({ ok: true, to: 'completed' });
    expect(decide('after_sale', 'approveAfterSale', 'owner', { beforeAfterSale: 'paid', afterSale: 'requested', fullRefund: false })).toEqual({ ok: true, to: 'paid' });
  });

  it('refuses a posted return confirmed before the buyer sent it back, but not one handed back in person', () => {
    expect(decide('after_sale', 'confirmReturn', 'owner', { beforeAfterSale: 'shipped', afterSale: 'approved', fullRefund: true })).toEqual({ ok: false, code: 'CONFLICT' });
    expect(decide('after_sale', 'confirmReturn', 'owner', { beforeAfterSale: 'completed', afterSale: 'approved', fullRefund: true, way: 'pickup' })).toEqual({ ok: true, to: 'refunded' });
    expect(decide('after_sale', 'confirmReturn', 'owner', { beforeAfterSale: 'completed', afterSale: 'approved', fullRefund: false, way: 'delivery' })).toEqual({ ok: true, to: 'completed' });
    expect(decide('after_sale', 'confirmReturn', 'buyer', { beforeAfterSale: 'completed', afterSale: 'approved', way: 'pickup' })).toEqual({ ok: false, code: 'FORBIDDEN' });
    // a return already closed by the timer or refunded is not confirmed again
    for (const afterSale of ['closed', 'refunded', 'requested'] as const) {
      expect(decide('after_sale', 'confirmReturn', 'owner', { beforeAfterSale: 'completed', afterSale, way: 'pickup' })).toEqual({ ok: false, code: 'CONFLICT' });
    }
  });

  it("gives a supplier's order to the supplier to ship, and nothing else of it", () => {
    expect(decide('paid', 'ship', 'owner', { fulfiller: 'supplier' })).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(decide('paid', 'ship', 'supplier', { fulfiller: 'supplier' })).toEqual({ ok: true, to: 'shipped' });
    expect(decide('paid', 'ship', 'supplier', { fulfiller: 'shop' })).toEqual({ ok: false, code: 'FORBIDDEN' });
    // an order from before issue 16 carries no fulfiller: the shop's
    expect(decide('paid', 'ship', 'owner')).toEqual({ ok: true, to: 'shipped' });
    for (const t of TRANSITION_NAMES.filter((name) => name !== 'ship')) {
      for (const status of ORDER_STATUSES) expect(decide(status, t, 'supplier', { fulfiller: 'supplier', afterSale: 'requested' })).toEqual({ ok: false, code: 'FORBIDDEN' });
    }
  });

  it('never lets a client trigger what only the platform may', () => {
    for (const t of ['paymentSucceeded', 'expire', 'autoComplete', 'closeReturn', 'autoConfirmReturn'] as Transition[]) {
      for (const status of ORDER_STATUSES) {
        expect(decide(status, t, 'buyer')).toEqual({ ok: false, code: 'FORBIDDEN' });
        expect(decide(status, t, 'owner')).toEqual({ ok: false, code: 'FORBIDDEN' });
      }
    }
  });
});
