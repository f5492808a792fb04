import { render } from '@testing-library/react';
import { OrderCard } from '../../src/features/orders';
import type { Order } from '../../types/order';
import { anOrder } from './fixtures';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});

const bySupplier = { kind: 'supplier' as const, supplierId: 'su1', supplierName: '秦岭老周的蜂场' };
const cardOf = (over: Partial<Order>) => render(<OrderCard order={anOrder(over)} onOpen={() => undefined} />).container;

describe('an order card in the friend’s list', () => {
  // A cart split by who ships it leaves two orders of one shop that read alike: the supplier's says who sends it.
  it('says who ships a supplier’s order; the shop’s own order says nothing of it', () => {
    const supplied = cardOf({ viewerIsOwner: false, fulfiller: bySupplier });
    expect(supplied.querySelector('.order-row__fulfiller')?.textContent).toBe('由 秦岭老周的蜂场 发货');
    const own = cardOf({ viewerIsOwner: false });
    expect(own.querySelector('.order-row__fulfiller')).toBeNull();
    expect(own.textContent).not.toContain('发货');
  });
});
