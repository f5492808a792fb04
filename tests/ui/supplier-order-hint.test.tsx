import { render } from '@testing-library/react';
import { StatusHeader } from '../../src/features/orders';
import type { Order } from '../../types/order';
import { ordersUi } from '../../types/zh-CN/orders-ui';
import { anOrder } from './fixtures';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});

const bySupplier = { kind: 'supplier' as const, supplierId: 'su1', supplierName: '秦岭老周的蜂场' };
const hintOf = (over: Partial<Order>) => {
  const view = render(<StatusHeader order={anOrder({ expiresAt: '2099-01-01T00:00:00.000Z', ...over })} />);
  const text = view.container.querySelector('.order-status__hint')?.textContent;
  view.unmount();
  return text;
};

describe('the status hint on a supplier’s order', () => {
  it('tells the buyer the supplier ships it, not the shopkeeper, until it leaves', () => {
    expect(hintOf({ status: 'pending_payment', viewerIsOwner: false, fulfiller: bySupplier })).toBe('店主收到钱后，秦岭老周的蜂场 会直接为你发货。');
    expect(hintOf({ status: 'awaiting_confirmation', viewerIsOwner: false, fulfiller: bySupplier })).toBe('你已转账，店主核对到账后，秦岭老周的蜂场 会直接为你发货。想取消的话，等钱到账后再申请退款。');
    expect(hintOf({ status: 'paid', viewerIsOwner: false, fulfiller: bySupplier })).toBe('店主已收到钱，秦岭老周的蜂场 正在为你打包发货。');
    // once shipped, the parcel is on its way whoever sent it
    expect(hintOf({ status: 'shipped', viewerIsOwner: false, fulfiller: bySupplier })).toBe(ordersUi.status.buyerHint.shipped);
  });

  it('tells the seller of a paid one that they need not send it', () => {
    expect(hintOf({ status: 'paid', viewerIsOwner: true, fulfiller: bySupplier })).toBe('买家已付款，秦岭老周的蜂场 会直接发货，不用你寄。');
  });

  it('leaves the shop’s own orders as they were', () => {
    expect(hintOf({ status: 'pending_payment', viewerIsOwner: false })).toBe(ordersUi.status.buyerHint.pending_payment);
    expect(hintOf({ status: 'paid', viewerIsOwner: true })).toBe(ordersUi.status.sellerHint.paid);
  });
});
