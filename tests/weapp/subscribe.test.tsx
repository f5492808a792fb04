// Consent for subscription messages in the mini program: asked inside the buyer's tap that places or
// pays an order and the seller's tap in the console, before any await, against the fake of
// wx.requestSubscribeMessage (only inside a tap, 1–3 registered templates, answers per template);
// the answers reach the backend with shop.consent.
import { act, fireEvent, render, renderHook, screen as view, waitFor } from '@testing-library/react';
import { BUYER_TEMPLATES, SELLER_TEMPLATES } from '../../types/messages-templates';
import type { Order } from '../../types/order';
import { notificationsUi } from '../../types/zh-CN/notifications-ui';
import { ordersUi } from '../../types/zh-CN/orders-ui';
import { useCheckout } from '../../src/features/checkout/use-checkout';
import { askConsent } from '../../src/features/notifications';
import { SellerNoticeCard } from '../../src/features/seller';
import { PaymentPanel } from '../../src/features/orders/components/payment-panel';
import { lineFromProduct } from '../../src/features/cart';
import { useAddressBook } from '../../src/stores/address';
import { useCart } from '../../src/stores/cart';
import { cloudFunctions, resetWx, screen, wx } from '../fakes/wx';
import { tap } from '../fakes/tap';
import { subscribePanel } from '../fakes/wx/requestSubscribeMessage';
import { fakeTemplateIds } from '../fakes/wx-server-sdk/subscribeMessage';
import { aProduct, aShop } from '../ui/fixtures';

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
    if (event.action === 'get') return { ok: true, data: { shop: aShop({ id: 'shop-1', payment: { wechatPay: true, transferNote: '转账到 linxiao', transferQrUrl: null } }), products: [] } };
    return { ok: false, error: { code: 'BAD_INPUT', message: '?' } };
  });
});

afterAll(() => {
  delete process.env.WX_TEMPLATES;
});

test('outside a tap WeChat refuses the prompt; nothing is reported as consent', async () => {
  await expect(askConsent(BUYER_TEMPLATES)).resolves.toBeNull();
  expect(wx.log.of('requestSubscribeMessage')).toEqual([
    expect.objectContaining({ outcome: { errCode: -1, errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.' } }),
  ]);
  expect(consents).toEqual([]);
});

test('without template ids in the build nothing is asked (no placeholder ids reach WeChat)', async () => {
  process.env.WX_TEMPLATES = '';
  await expect(tap(() => askConsent(BUYER_TEMPLATES))).resolves.toBeNull();
  expect(wx.log.of('requestSubscribeMessage')).toEqual([]);
});

test('the fake refuses more than 3 templates and unregistered ids, as WeChat does', async () => {
  const { requestSubscribeMessage } = await import('../fakes/wx/requestSubscribeMessage');
  const four = [...BUYER_TEMPLATES, 'new_order' as const].map((t) => ids[t]);
  await expect(tap(() => requestSubscribeMessage({ tmplIds: four }) as Promise<unknown>)).rejects.toMatchObject({ errCode: 20003 });
  await expect(tap(() => requestSubscribeMessage({ tmplIds: ['POST_REMINDER_TEMPLATE_ID'] }) as Promise<unknown>)).rejects.toMatchObject({ errCode: 20001 });
});

describe('the buyer', () => {
  const order = { id: 'o-1', shopId: 'shop-1', status: 'pending_payment' } as Order;

  test('the pay tap asks for the buyer’s three templates first, then pays; the answers reach the backend', async () => {
    subscribePanel.answers.set(ids.order_shipped, 'reject');
    const onTransfer = jest.fn();
    render(<PaymentPanel order={order} busy={null} onWechat={jest.fn()} onTransfer={onTransfer} />);
    const button = await view.findByText(ordersUi.pay.transferDone);
    tap(() => fireEvent.click(button));

    expect(onTransfer).toHaveBeenCalledTimes(1);
    expect(subscribePanel.prompts).toEqual([BUYER_TEMPLATES.map((t) => ids[t])]);
    await waitFor(() => expect(consents).toHaveLength(1));
    expect(wx.log.of('requestSubscribeMessage')).toEqual([expect.objectContaining({ args: expect.objectContaining({ inTap: true }), outcome: 'ok' })]);
    expect(consents[0]).toEqual({
      action: 'consent',
      answers: [
        { template: 'order_status', accepted: true },
        { template: 'order_shipped', accepted: false },
        { template: 'after_sale_result', accepted: true },
      ],
    });
  });

  test('placing the order asks in the same tap, before the order is sent', async () => {
    const walnut = aProduct({ id: 'p-walnut', shopId: 'shop-1', title: '核桃', priceFen: 6800, stock: 10 });
    useCart.getState().clear();
    useCart.getState().add(lineFromProduct(walnut, 2));
    useAddressBook.setState({ address: { name: '王小明', phone: '13800138000', detail: '陕西省西安市雁塔区长安南路 1 号' } });
    const calls: string[] = [];
    cloudFunctions.deployed.set('order', (event) => {
      calls.push(String(event.action));
      return { ok: true, data: { id: 'o-9', shopId: 'shop-1' } };
    });
    const { result } = renderHook(() => useCheckout('shop-1', 'cart'));
    let placed: Promise<Order | null> = Promise.resolve(null);
    act(() => {
      placed = tap(() => result.current.submit());
    });
    // the prompt came up inside the tap, before the order went out
    expect(subscribePanel.prompts).toEqual([BUYER_TEMPLATES.map((t) => ids[t])]);
    await act(async () => {
      await placed;
    });
    expect(calls).toEqual(['create']);
    await waitFor(() => expect(consents).toHaveLength(1));
  });
});

describe('the seller', () => {
  test('"接收新订单提醒" asks for the seller’s three templates in the tap and says what was switched on', async () => {
    subscribePanel.answers.set(ids.order_cancelled, 'ban');
    render(<SellerNoticeCard />);
    tap(() => fireEvent.click(view.getByText(notificationsUi.seller.button)));
    expect(subscribePanel.prompts).toEqual([SELLER_TEMPLATES.map((t) => ids[t])]);
    await waitFor(() => expect(screen.toasts).toEqual([notificationsUi.seller.accepted(2)]));
    expect(consents[0]).toEqual({
      action: 'consent',
      answers: [
        { template: 'new_order', accepted: true },
        { template: 'after_sale_request', accepted: true },
        { template: 'order_cancelled', accepted: false },
      ],
    });
  });

  test('a seller who switched subscription messages off is told the console still shows every order', async () => {
    subscribePanel.mainSwitchOff = true;
    render(<SellerNoticeCard />);
    tap(() => fireEvent.click(view.getByText(notificationsUi.seller.button)));
    await waitFor(() => expect(screen.toasts).toEqual([notificationsUi.seller.browser]));
    expect(consents).toEqual([]);
  });
});
