import { render, screen, waitFor } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import SellerOrdersPage from '../../src/seller/orders';
import { StatusHeader } from '../../src/features/orders';
import { callFunction } from '../../src/api';
import type { Order, OrderStatus } from '../../types/order';
import { orderStatusText, sellerOrderStatusText } from '../../types/zh-CN/orders';
import { ordersUi } from '../../types/zh-CN/orders-ui';
import { dropJoinText } from '../../types/zh-CN/drop-join';
import { anOrder } from './fixtures';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});

const call = callFunction as jest.MockedFunction<typeof callFunction>;

const sellersOrder = (over: Partial<Order> = {}): Order =>
  anOrder({ shopId: 's1', status: 'awaiting_confirmation', address: { name: '王小明', phone: '13800138000', detail: '西安市雁塔区' }, createdAt: '2026-11-29T10:00:00+08:00', updatedAt: '2026-11-29T10:00:00+08:00', viewerIsOwner: true, ...over });

function openOrders(params: Record<string, string>) {
  Current.router = { params, path: '/seller/orders/index', $taroPath: 'seller/orders/index', onReady: '', onHide: '', onShow: '' };
  return render(<SellerOrdersPage />);
}

beforeEach(() => {
  call.mockReset();
  call.mockImplementation(((_fn: string, _action: string, params: { status?: OrderStatus }) =>
    Promise.resolve({ orders: [sellersOrder({ status: params.status ?? 'awaiting_confirmation' })], nextCursor: null, counts: { awaiting_confirmation: 1, paid: 2, after_sale: 1 } })) as unknown as typeof callFunction);
});

describe('the seller’s orders list', () => {
  it('opens on the tab the console’s tile asked for (?status=), and lists only those orders', async () => {
    const { container } = openOrders({ status: 'after_sale' });
    await waitFor(() => expect(container.querySelector('.order-row')).not.toBeNull());
    expect(call).toHaveBeenCalledWith('order', 'listShop', { status: 'after_sale' });
    expect(call).not.toHaveBeenCalledWith('order', 'listShop', {});
    expect(container.querySelector('.status-tab--on')?.className).toContain('status-tab--after_sale');
  });

  it('opens on 全部 without a status, or with one it does not know', async () => {
    const { container } = openOrders({ status: 'everything' });
    await waitFor(() => expect(container.querySelector('.order-row')).not.toBeNull());
    expect(call).toHaveBeenCalledWith('order', 'listShop', {});
    expect(container.querySelector('.status-tab--on')?.className).toContain('status-tab--all');
  });

  it('speaks to the seller: 待你确认收款 on the tab and the row, never the buyer’s 待店主确认收款', async () => {
    const { container } = openOrders({ status: 'awaiting_confirmation' });
    await waitFor(() => expect(container.querySelector('.order-row')).not.toBeNull());
    expect(container.querySelector('.status-tab--awaiting_confirmation .status-tab__label')?.textContent).toBe('待你确认收款');
    expect(container.querySelector('.status-tab--pending_payment .status-tab__label')?.textContent).toBe('待买家付款');
    expect(container.querySelector('.order-row__status')?.textContent).toBe('待你确认收款');
    expect(screen.queryByText(orderStatusText.awaiting_confirmation)).toBeNull();
  });
});

describe('the status header', () => {
  it('shows each side its own words', () => {
    const seller = render(<StatusHeader order={sellersOrder({ viewerIsOwner: true })} />);
    expect(seller.container.querySelector('.order-status__title')?.textContent).toBe(sellerOrderStatusText.awaiting_confirmation);
    seller.unmount();
    const buyer = render(<StatusHeader order={sellersOrder({ viewerIsOwner: false })} />);
    expect(buyer.container.querySelector('.order-status__title')?.textContent).toBe('待店主确认收款');
  });

  // issue 17: a drop's pickup order is handed over against the buyer's code, so its paid line never says to ship it
  it('tells each side how a paid pickup or delivery order is handed over, and the ready one where it waits', () => {
    for (const kind of ['pickup', 'delivery'] as const) {
      const fulfilment = kind === 'pickup' ? { kind, pickupIndex: 0 } : { kind };
      for (const viewerIsOwner of [true, false]) {
        const view = render(<StatusHeader order={sellersOrder({ status: 'paid', viewerIsOwner, fulfilment })} />);
        const hint = view.container.querySelector('.order-status__hint')?.textContent ?? '';
        expect(hint).toBe(dropJoinText.paidHint[viewerIsOwner ? 'owner' : 'buyer'][kind]);
        expect(hint).not.toContain('快递单号');
        view.unmount();
      }
    }
    const shipping = render(<StatusHeader order={sellersOrder({ status: 'paid', viewerIsOwner: true })} />);
    expect(shipping.container.querySelector('.order-status__hint')?.textContent).toBe(ordersUi.status.sellerHint.paid);
    shipping.unmount();
    const ready = render(<StatusHeader order={sellersOrder({ status: 'ready', viewerIsOwner: false, fulfilment: { kind: 'pickup', pickupIndex: 0 } })} />);
    expect(ready.container.querySelector('.order-status__title')?.textContent).toBe('已到货，待取货');
  });

  // issue 17's e2e: an unpaid pickup order told the friend 「店主收到钱就会为你准备发货」 — nothing is posted
  it('never speaks of posting (发货, 快递, 寄) on a pickup or delivery order, in any status it can reach, to either side', () => {
    const statuses = (Object.keys(orderStatusText) as OrderStatus[]).filter((s) => s !== 'shipped');
    for (const kind of ['pickup', 'delivery'] as const) {
      const fulfilment = kind === 'pickup' ? { kind, pickupIndex: 0 } : { kind };
      for (const status of statuses) {
        for (const viewerIsOwner of [true, false]) {
          const view = render(<StatusHeader order={sellersOrder({ status, viewerIsOwner, fulfilment })} />);
          const said = `${view.container.querySelector('.order-status__title')?.textContent}｜${view.container.querySelector('.order-status__hint')?.textContent}`;
          expect([kind, status, viewerIsOwner, said]).not.toEqual([kind, status, viewerIsOwner, expect.stringMatching(/发货|快递|寄/)]);
          view.unmount();
        }
      }
    }
    const unpaid = (kind: 'pickup' | 'delivery') =>
      render(<StatusHeader order={sellersOrder({ status: 'pending_payment', viewerIsOwner: false, fulfilment: kind === 'pickup' ? { kind, pickupIndex: 0 } : { kind } })} />);
    expect(unpaid('pickup').container.querySelector('.order-status__hint')?.textContent).toBe('店主收到钱后，到货了会通知你来取。');
    expect(unpaid('delivery').container.querySelector('.order-status__hint')?.textContent).toBe('店主收到钱后会送货上门。');
  });

  it('says who ships a supplier’s order, to the seller and the buyer alike, and nothing of the kind on the shop’s own', () => {
    const fulfiller = { kind: 'supplier' as const, supplierId: 'su1', supplierName: '秦岭蜂场' };
    for (const viewerIsOwner of [true, false]) {
      const view = render(<StatusHeader order={sellersOrder({ status: 'paid', viewerIsOwner, fulfiller })} />);
      expect(view.container.querySelector('.order-status__fulfiller')?.textContent).toBe('由 秦岭蜂场 发货');
      view.unmount();
    }
    const own = render(<StatusHeader order={sellersOrder({ status: 'paid', viewerIsOwner: true })} />);
    expect(own.container.querySelector('.order-status__fulfiller')).toBeNull();
  });

  // issue 17's review: the seller's list said 待发货 of a paid pickup order whose page says 待到货
  it('names a paid order in the list as its page does, by how it is handed over and who sends it', async () => {
    const supplier = { kind: 'supplier' as const, supplierId: 'su1', supplierName: '秦岭蜂场' };
    const kinds: [string, Partial<Order>, string][] = [
      ['o-pickup', { fulfilment: { kind: 'pickup', pickupIndex: 0 }, dropId: 'd1' }, '待到货'],
      ['o-delivery', { fulfilment: { kind: 'delivery' }, dropId: 'd1' }, '待送货'],
      ['o-supplier', { fulfiller: supplier }, '待供货商发货'],
      ['o-own', {}, '待发货'],
    ];
    const orders = kinds.map(([id, over]) => sellersOrder({ id, status: 'paid', ...over }));
    call.mockImplementation((() => Promise.resolve({ orders, nextCursor: null, counts: { paid: 4 } })) as unknown as typeof callFunction);
    const { container } = openOrders({ status: 'paid' });
    await waitFor(() => expect(container.querySelectorAll('.order-row')).toHaveLength(4));
    const rows = Array.from(container.querySelectorAll('.order-row__status')).map((e) => e.textContent);
    expect(rows).toEqual(kinds.map(([, , label]) => label));
    for (const order of orders) {
      const page = render(<StatusHeader order={order} />);
      expect(page.container.querySelector('.order-status__title')?.textContent).toBe(rows[orders.indexOf(order)]);
      page.unmount();
    }
  });

  it('never says the title again in the line under it, on either side, for any status', () => {
    const statuses = Object.keys(orderStatusText) as OrderStatus[];
    for (const status of statuses) {
      for (const [title, hint] of [
        [orderStatusText[status], ordersUi.status.buyerHint[status]],
        [sellerOrderStatusText[status], ordersUi.status.sellerHint[status]],
      ]) {
        // "售后中" over "售后处理中。", "已退款" over "已退款。": no two characters of the title again (who acts may be named)
        const pairs = Array.from(title)
          .slice(1)
          .map((c, i) => `${Array.from(title)[i]}${c}`)
          .filter((p) => !['店主', '买家'].includes(p));
        expect({ title, repeats: pairs.filter((p) => hint.includes(p)) }).toEqual({ title, repeats: [] });
      }
    }
  });
});
