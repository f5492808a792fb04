import { render } from '@testing-library/react';
import { Timeline } from '../../src/features/orders';
import type { Order, OrderEvent } from '../../types/order';
import { anOrder } from './fixtures';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});

const bySupplier = { kind: 'supplier' as const, supplierId: 'su1', supplierName: '秦岭老周的蜂场' };
const event = (over: Partial<OrderEvent>): OrderEvent => ({ at: '2026-11-20T10:00:00+08:00', action: 'create', by: 'buyer', from: null, to: 'pending_payment', note: null, ...over });
const linesOf = (over: Partial<Order>) => {
  const view = render(<Timeline order={anOrder(over)} />);
  const lines = [...view.container.querySelectorAll('.timeline__action')].map((el) => el.textContent);
  view.unmount();
  return lines;
};

describe('the timeline of a supplier’s order', () => {
  // The friend read 「店主已发货 · 供货商」 for a parcel the supplier sent: who shipped it is the supplier, by name.
  it('says the supplier shipped it, by name, and leaves the shop’s own steps as they were', () => {
    const timeline = [
      event({}),
      event({ action: 'confirmPaid', by: 'owner', from: 'awaiting_confirmation', to: 'paid' }),
      event({ action: 'ship', by: 'supplier', from: 'paid', to: 'shipped', note: '顺丰速运 SF1' }),
    ];
    const lines = linesOf({ status: 'shipped', viewerIsOwner: false, fulfiller: bySupplier, timeline });
    expect(lines[0]).toBe('秦岭老周的蜂场 已发货 · 供货商');
    expect(lines.join('\n')).not.toContain('店主已发货');
    expect(lines[1]).toBe('店主确认收款 · 店主');
  });

  it('still says the shopkeeper shipped the shop’s own order', () => {
    const lines = linesOf({ status: 'shipped', viewerIsOwner: false, timeline: [event({ action: 'ship', by: 'owner', from: 'paid', to: 'shipped' })] });
    expect(lines).toEqual(['店主已发货 · 店主']);
  });
});
