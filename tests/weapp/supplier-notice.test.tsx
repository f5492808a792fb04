// The supplier's "新订单提醒我" on its console's 待发货: the tap asks WeChat for the supplier's own template
// (supply_order) inside the tap, before any await, against the fake of wx.requestSubscribeMessage; the answer
// reaches the backend with shop.consent, and the supplier is told what it switched on.
import { fireEvent, render, screen as view, waitFor } from '@testing-library/react';
import { SUPPLIER_TEMPLATES } from '../../types/messages-templates';
import type { SupplierOrderPage } from '../../types/supply';
import { supplierConsoleUi } from '../../types/zh-CN/supplier-console';
import { supplierNoticeUi } from '../../types/zh-CN/supplier-notice';
import SupplierOrdersPage from '../../src/supplier/orders';
import { SupplierNoticeCard } from '../../src/features/supplier';
import { cloudFunctions, resetWx, screen, wx } from '../fakes/wx';
import { tap } from '../fakes/tap';
import { subscribePanel } from '../fakes/wx/requestSubscribeMessage';
import { fakeTemplateIds } from '../fakes/wx-server-sdk/subscribeMessage';

jest.mock('../../src/dev/dev-mode', () => ({ probeDevMode: () => Promise.resolve('off') }));

const ids = fakeTemplateIds();
let consents: Record<string, unknown>[] = [];

beforeEach(() => {
  resetWx();
  process.env.WX_TEMPLATES = JSON.stringify(ids);
  consents = [];
  cloudFunctions.deployed.set('shop', (event) => {
    if (event.action === 'consent') {
      consents.push(event);
      return { ok: true, data: { remaining: {} } };
    }
    return { ok: false, error: { code: 'BAD_INPUT', message: '?' } };
  });
  const empty: SupplierOrderPage = { orders: [], nextCursor: null, counts: {} };
  cloudFunctions.deployed.set('supply', (event) => (event.action === 'orders' ? { ok: true, data: empty } : { ok: false, error: { code: 'BAD_INPUT', message: '?' } }));
});

afterAll(() => {
  delete process.env.WX_TEMPLATES;
});

test('on 待发货 the tap asks for the supplier’s template in the tap; the answer reaches the backend; the supplier is told', async () => {
  render(<SupplierOrdersPage />);
  const button = await view.findByText(supplierNoticeUi.button);
  tap(() => fireEvent.click(button));

  // the prompt came up synchronously inside the tap, with the supplier's template only
  expect(subscribePanel.prompts).toEqual([SUPPLIER_TEMPLATES.map((t) => ids[t])]);
  await waitFor(() => expect(screen.toasts).toEqual([supplierNoticeUi.accepted]));
  expect(wx.log.of('requestSubscribeMessage')).toEqual([expect.objectContaining({ args: expect.objectContaining({ inTap: true }), outcome: 'ok' })]);
  expect(consents).toEqual([{ action: 'consent', answers: [{ template: 'supply_order', accepted: true }] }]);
});

test('declined: nothing is switched on, and the supplier is told the page still lists every order', async () => {
  subscribePanel.answers.set(ids.supply_order, 'reject');
  render(<SupplierNoticeCard />);
  tap(() => fireEvent.click(view.getByText(supplierNoticeUi.button)));
  await waitFor(() => expect(screen.toasts).toEqual([supplierNoticeUi.declined]));
  expect(consents).toEqual([{ action: 'consent', answers: [{ template: 'supply_order', accepted: false }] }]);
});

test('a click WeChat does not count as a tap gets no prompt, and nothing is reported as consent', async () => {
  render(<SupplierNoticeCard />);
  fireEvent.click(view.getByText(supplierNoticeUi.button));
  await waitFor(() => expect(screen.toasts).toEqual([supplierNoticeUi.browser]));
  expect(subscribePanel.prompts).toEqual([]);
  expect(wx.log.of('requestSubscribeMessage')).toEqual([
    expect.objectContaining({ outcome: { errCode: -1, errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.' } }),
  ]);
  expect(consents).toEqual([]);
});

test('the reminder is offered on 待发货 only, not on 已发货', async () => {
  render(<SupplierOrdersPage />);
  await view.findByText(supplierNoticeUi.button);
  fireEvent.click(view.getByText(supplierConsoleUi.orders.tabs.shipped));
  await waitFor(() => expect(view.queryByText(supplierNoticeUi.button)).toBeNull());
});
