// The buyer's 确认收货 on an order paid with WeChat Pay opens WeChat's own 确认收货组件 (wx.openBusinessView
// 'weappOrderConfirm' with the payment's transaction id); when WeChat confirms, our order.confirmReceipt runs.
// Where WeChat cannot (no transaction id, WeChat does not find the order), the app's own confirmation stays.
import { fireEvent, render, waitFor } from '@testing-library/react';
import { BuyerActions } from '../../src/features/orders/components/buyer-actions';
import type { Order } from '../../types/order';
import { businessView, cloudFunctions, resetWx, screen as phone, wx } from '../fakes/wx';

const TX = '4200001234202611290000000001';

function shipped(payment: Partial<Order['payment']> & object): Order {
  return {
    id: 'o1',
    status: 'shipped',
    viewerIsOwner: false,
    review: null,
    payment: { id: 'pay1', method: 'wechat', status: 'paid', amountFen: 6850, createdAt: '', paidAt: '', transactionId: TX, ...payment },
  } as unknown as Order;
}

let confirmed: number;
beforeEach(() => {
  resetWx();
  confirmed = 0;
  cloudFunctions.deployed.set('order', (event) => {
    if (event.action === 'confirmReceipt') {
      confirmed += 1;
      return { ok: true, data: { ...shipped({}), status: 'completed' } };
    }
    return { ok: false, error: { code: 'BAD_INPUT', message: '?' } };
  });
});

/** The order page's act: runs the call (useOrder also refreshes and toasts). */
const act = async (_name: string, run: () => Promise<unknown>) => {
  await run();
  return true;
};

function tapConfirm(order: Order) {
  const { container } = render(<BuyerActions order={order} busy={null} act={act} />);
  fireEvent.click(container.querySelector('.action-confirm-receipt')!);
}

test('WeChat’s component confirms: order.confirmReceipt runs, with no second question from the app', async () => {
  businessView.awaitingReceipt.add(TX);
  tapConfirm(shipped({}));
  await waitFor(() => expect(confirmed).toBe(1));
  expect(businessView.opened).toEqual([{ transaction_id: TX }]);
  expect(wx.log.of('openBusinessView')[0].args).toMatchObject({ businessType: 'weappOrderConfirm', extraData: { transaction_id: TX } });
  expect(phone.modals).toEqual([]);
});

test('the answer arriving only at App.onShow (referrerInfo from the component) is enough', async () => {
  businessView.awaitingReceipt.add(TX);
  businessView.successCarriesExtraData = false;
  tapConfirm(shipped({}));
  await waitFor(() => expect(confirmed).toBe(1));
  expect(businessView.appShowListeners).toEqual([]); // the listener is removed once answered
});

test('the buyer cancels in WeChat’s component: nothing happens', async () => {
  businessView.awaitingReceipt.add(TX);
  businessView.answer = 'cancel';
  tapConfirm(shipped({}));
  await waitFor(() => expect(businessView.opened).toHaveLength(1));
  await new Promise((r) => setTimeout(r, 50));
  expect(confirmed).toBe(0);
  expect(phone.modals).toEqual([]);
});

test('WeChat does not find the order as 待收货 (获取用户订单失败): the app’s own confirmation follows', async () => {
  tapConfirm(shipped({}));
  await waitFor(() => expect(phone.modals).toHaveLength(1));
  await waitFor(() => expect(confirmed).toBe(1));
  expect(businessView.opened).toHaveLength(1);
});

test('a transfer (no WeChat payment) never opens the component', async () => {
  tapConfirm(shipped({ method: 'transfer', transactionId: null }));
  await waitFor(() => expect(confirmed).toBe(1));
  expect(wx.log.of('openBusinessView')).toEqual([]);
  expect(phone.modals).toHaveLength(1);
});
