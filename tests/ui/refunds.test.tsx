import { render, screen } from '@testing-library/react';
import { AfterSaleCard, RefundsCard } from '../../src/features/orders';
import { ordersUi } from '../../types/zh-CN/orders-ui';
import type { Order, Refund } from '../../types/order';
import { refundsText as R } from '../../types/zh-CN/refunds';

const refund = (r: Partial<Refund>): Refund => ({
  id: `rf${Math.random().toString(36).slice(2, 12)}`,
  amountFen: 13600,
  method: 'wechat',
  status: 'pending',
  reason: 'surplus',
  problem: false,
  at: '2026-11-29T10:00:00+08:00',
  doneAt: null,
  ...r,
});
const order = (refunds: Refund[], viewerIsOwner: boolean) => ({ id: 'o1', status: 'cancelled', viewerIsOwner, refunds }) as unknown as Order;

describe('the order page shows every refund to both sides', () => {
  const refunds = [
    refund({ reason: 'surplus', status: 'done', doneAt: '2026-11-29T10:05:00+08:00' }),
    refund({ reason: 'cancel', method: 'transfer', amountFen: 6800 }),
  ];

  it('the buyer: 已退款 and 退款中 with the amounts, and that a transfer comes back from the seller by hand', () => {
    render(<RefundsCard order={order(refunds, false)} />);
    expect(screen.getByText('已退款')).toBeTruthy();
    expect(screen.getByText('退款中')).toBeTruthy();
    expect(screen.getByText('¥136.00')).toBeTruthy();
    expect(screen.getByText('¥68.00')).toBeTruthy();
    expect(screen.getByText(R.buyerTransferPending)).toBeTruthy();
  });

  it('the seller: how much to send back by hand', () => {
    render(<RefundsCard order={order(refunds, true)} />);
    expect(screen.getByText(R.sellerTransferPending('¥68.00'))).toBeTruthy();
    expect(screen.queryByText(R.buyerTransferPending)).toBeNull();
  });

  it('a WeChat refund that failed is still 退款中, and both sides are told who acts', () => {
    const failed = [refund({ reason: 'cancel', problem: true })];
    const { unmount } = render(<RefundsCard order={order(failed, false)} />);
    expect(screen.getByText('退款中')).toBeTruthy();
    expect(screen.getByText(R.buyerProblem)).toBeTruthy();
    unmount();
    render(<RefundsCard order={order(failed, true)} />);
    expect(screen.getByText(R.sellerProblem)).toBeTruthy();
  });

  it('nothing when nothing went back', () => {
    const { container } = render(<RefundsCard order={order([], false)} />);
    expect(container.textContent).toBe('');
  });
});

describe('the after-sale card', () => {
  const withAfterSale = (refunds: Refund[]) =>
    ({ ...order(refunds, false), afterSale: { type: 'refund', status: 'refunded', reason: '一罐摔碎了', note: null, requestedAt: '2026-11-29T10:00:00+08:00', resolvedAt: null, dueBy: null, overdue: false } }) as unknown as Order;

  it('says 已退款 only once the money is back, not while a transfer is still to be sent', () => {
    const pending = render(<AfterSaleCard order={withAfterSale([refund({ method: 'transfer', status: 'pending' })])} />);
    expect(pending.container.querySelector('.after-sale__status')?.textContent).toBe(ordersUi.afterSale.refundUnderWay);
    pending.unmount();
    const done = render(<AfterSaleCard order={withAfterSale([refund({ method: 'transfer', status: 'done', doneAt: '2026-11-30T10:00:00+08:00' })])} />);
    expect(done.container.querySelector('.after-sale__status')?.textContent).toBe('已退款');
  });
});
