/**
 * The seller ships by picking a carrier of WeChat's delivery list (one tap) and sees 「未同步到微信」 on the order
 * until WeChat has the shipment; the buyer never sees it.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SellerActions, ShippingSyncNotice } from '../../src/features/orders/seller';
import { callFunction } from '../../src/api';
import type { Order } from '../../types/order';
import type { ShippingSync } from '../../types/delivery';
import { deliveryText as D } from '../../types/zh-CN/delivery';
import { ordersUi } from '../../types/zh-CN/orders-ui';
import { errorOf, typeInto } from '../helpers/form';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});
const call = callFunction as jest.MockedFunction<typeof callFunction>;

const paid = { id: 'o1', status: 'paid', viewerIsOwner: true, review: null, totalFen: 6850, shipment: null } as unknown as Order;

/** The page's `act`: runs the call, as useOrder does. */
const act = jest.fn(async (_name: string, run: () => Promise<unknown>) => {
  await run();
  return true;
});

beforeEach(() => {
  call.mockReset();
  act.mockClear();
});

function openShip() {
  const view = render(<SellerActions order={paid} busy={null} act={act} />);
  fireEvent.click(view.container.querySelector('.action-ship')!);
  return view;
}

describe('the ship panel', () => {
  it('is the only 发货 on the page while it is open: the button under it is not offered again', () => {
    const { container } = openShip();
    expect(container.querySelector('.action-panel--ship')).not.toBeNull();
    expect(container.querySelector('.action-ship')).toBeNull();
    expect(container.querySelector('.action-cancel')).not.toBeNull();
  });

  it("offers WeChat's carriers as pills and 其他; nothing is sent until one is picked", async () => {
    const { container } = openShip();
    const pills = [...container.querySelectorAll('.choice--carrier .choice__option')].map((p) => p.textContent);
    expect(pills).toEqual(['顺丰', '中通', '圆通', '韵达', '申通', '京东', 'EMS', '其他']);
    await typeInto(container, 'tracking-no', 'SF1234567890');
    fireEvent.click(container.querySelector('.submit-ship')!);
    expect(errorOf(container, 'carrier')).toBe(D.pickCarrier);
    expect(call).not.toHaveBeenCalled();

    fireEvent.click(container.querySelector('.choice-carrier-SF')!);
    fireEvent.click(container.querySelector('.submit-ship')!);
    await waitFor(() => expect(call).toHaveBeenCalledWith('order', 'ship', { orderId: 'o1', carrier: 'SF', trackingNo: 'SF1234567890' }));
  });

  it('其他 asks for the carrier’s name, says it must be entered in WeChat by hand, and sends it', async () => {
    const { container } = openShip();
    fireEvent.click(container.querySelector('.choice-carrier-OTHER')!);
    expect(screen.getByText(D.otherHint)).toBeTruthy();
    await typeInto(container, 'tracking-no', 'JT0001');
    fireEvent.click(container.querySelector('.submit-ship')!);
    expect(errorOf(container, 'carrier-name')).toBe(ordersUi.actions.required(D.otherNameLabel));
    await typeInto(container, 'carrier-name', '极兔速递');
    fireEvent.click(container.querySelector('.submit-ship')!);
    await waitFor(() => expect(call).toHaveBeenCalledWith('order', 'ship', { orderId: 'o1', carrier: 'OTHER', carrierName: '极兔速递', trackingNo: 'JT0001' }));
  });
});

describe('「未同步到微信」 on the seller’s order page', () => {
  const shipped = (wechatSync: ShippingSync | null, viewerIsOwner = true) =>
    ({ ...paid, status: 'shipped', viewerIsOwner, shipment: { carrier: '顺丰速运', carrierId: 'SF', trackingNo: 'SF1', shippedAt: '2026-11-29T12:00:00+08:00', wechatSync } }) as unknown as Order;

  it.each<[ShippingSync['status'], string | null, string]>([
    ['pending', null, D.sync.pending],
    ['failed', '支付单不存在（10060001）', D.sync.failed('支付单不存在（10060001）')],
    ['manual', null, D.sync.manual],
  ])('%s: shown, with what the seller can do', (status, error, text) => {
    render(<ShippingSyncNotice order={shipped({ status, error, syncedAt: null })} />);
    expect(screen.getByText('未同步到微信')).toBeTruthy();
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('gone once WeChat has it, and never for the buyer (whose order carries no sync state)', () => {
    const { container, unmount } = render(<ShippingSyncNotice order={shipped({ status: 'synced', error: null, syncedAt: '2026-11-29T12:01:00+08:00' })} />);
    expect(container.textContent).toBe('');
    unmount();
    expect(render(<ShippingSyncNotice order={shipped(null, false)} />).container.textContent).toBe('');
  });
});
