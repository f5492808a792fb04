import { ORDER_STATUSES, type OrderStatus } from '../../types/order';
import { decide, TRANSITIONS, type Role, type Transition } from '../../cloud/core/orders/machine';

/**
 * The whole state machine, written out by hand from the product rules (not derived from the module):
 * [transition, who, from, to]. Every other combination of status × transition × role must be refused.
 */
const ALLOWED: [Transition, Role, OrderStatus, OrderStatus][] = [
  ['payWechat', 'buyer', 'pending_payment', 'pending_payment'],
  ['payTransfer', 'buyer', 'pending_payment', 'awaiting_confirmation'],
  ['paymentSucceeded', 'system', 'pending_payment', 'paid'],
  ['confirmPaid', 'owner', 'awaiting_confirmation', 'paid'],
  ['rejectPaid', 'owner', 'awaiting_confirmation', 'pending_payment'],
  ['ship', 'owner', 'paid', 'shipped'],
  ['confirmReceipt', 'buyer', 'shipped', 'completed'],
  ['autoComplete', 'system', 'shipped', 'completed'],
  ['cancel', 'buyer', 'pending_payment', 'cancelled'],
  ['cancel', 'buyer', 'awaiting_confirmation', 'cancelled'],
  ['cancel', 'buyer', 'paid', 'cancelled'],
  ['cancel', 'owner', 'pending_payment', 'cancelled'],
  ['cancel', 'owner', 'awaiting_confirmation', 'cancelled'],
  ['cancel', 'owner', 'paid', 'cancelled'],
  ['expire', 'system', 'pending_payment', 'cancelled'],
  ['requestAfterSale', 'buyer', 'paid', 'after_sale'],
  ['requestAfterSale', 'buyer', 'shipped', 'after_sale'],
  ['requestAfterSale', 'buyer', 'completed', 'after_sale'],
  ['approveAfterSale', 'owner', 'after_sale', 'refunded'],
  ['rejectAfterSale', 'owner', 'after_sale', 'shipped'], // back to where it was (here: shipped)
  ['review', 'buyer', 'completed', 'completed'],
  ['replyReview', 'owner', 'completed', 'completed'],
];

/** Who may ever perform each transition, in any status. */
const ACTORS: Record<Transition, Role[]> = {
  payWechat: ['buyer'],
  payTransfer: ['buyer'],
  paymentSucceeded: ['system'],
  confirmPaid: ['owner'],
  rejectPaid: ['owner'],
  ship: ['owner'],
  confirmReceipt: ['buyer'],
  autoComplete: ['system'],
  cancel: ['buyer', 'owner'],
  expire: ['system'],
  requestAfterSale: ['buyer'],
  approveAfterSale: ['owner'],
  rejectAfterSale: ['owner'],
  review: ['buyer'],
  replyReview: ['owner'],
};

const ROLES: Role[] = ['buyer', 'owner', 'system'];
const TRANSITION_NAMES = Object.keys(TRANSITIONS) as Transition[];

describe('order state machine', () => {
  it('covers exactly the transitions the product rules name', () => {
    expect([...TRANSITION_NAMES].sort()).toEqual(Object.keys(ACTORS).sort());
  });

  const cases = ORDER_STATUSES.flatMap((status) => TRANSITION_NAMES.flatMap((t) => ROLES.map((role) => [status, t, role] as const)));

  it.each(cases)('%s × %s × %s', (status, transition, role) => {
    const allowed = ALLOWED.find(([t, r, from]) => t === transition && r === role && from === status);
    const decision = decide(status, transition, role, 'shipped');
    if (allowed) {
      expect(decision).toEqual({ ok: true, to: allowed[3] });
    } else if (!ACTORS[transition].includes(role)) {
      expect(decision).toEqual({ ok: false, code: 'FORBIDDEN' });
    } else {
      expect(decision).toEqual({ ok: false, code: 'CONFLICT' });
    }
  });

  it('returns a rejected after-sale to the status it started from', () => {
    expect(decide('after_sale', 'rejectAfterSale', 'owner', 'paid')).toEqual({ ok: true, to: 'paid' });
    expect(decide('after_sale', 'rejectAfterSale', 'owner', 'completed')).toEqual({ ok: true, to: 'completed' });
    expect(decide('after_sale', 'rejectAfterSale', 'owner', null)).toEqual({ ok: false, code: 'CONFLICT' });
  });

  it('never lets a client trigger what only the platform may', () => {
    for (const t of ['paymentSucceeded', 'expire', 'autoComplete'] as Transition[]) {
      for (const status of ORDER_STATUSES) {
        expect(decide(status, t, 'buyer')).toEqual({ ok: false, code: 'FORBIDDEN' });
        expect(decide(status, t, 'owner')).toEqual({ ok: false, code: 'FORBIDDEN' });
      }
    }
  });
});
