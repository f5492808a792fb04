/**
 * Issue 13's pages: a refund form with nothing chosen for the buyer and an amount never above what was paid
 * and not refunded; the seller's confirm step with the amount in large type and no pre-selected 同意; the
 * transfer's note code; the refund record both sides read.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { BuyerActions, PaymentPanel, RefundsCard } from '../../src/features/orders';
import { SellerActions } from '../../src/features/orders/seller';
import { callFunction } from '../../src/api';
import type { Order, Refund } from '../../types/order';
import { afterSalesUi as U } from '../../types/zh-CN/after-sales-ui';
import { aShop } from './fixtures';
import { Current } from '@tarojs/runtime';
import ShopPage from '../../src/pages/shop';
import { errorOf, typeInto } from '../helpers/form';

jest.mock('../../src/dev/dev-mode', () => ({ probeDevMode: () => Promise.resolve('off') }));
jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});
const call = callFunction as jest.MockedFunction<typeof callFunction>;

const items = [
  { productId: 'jar', title: '蜂蜜', priceFen: 9800, qty: 2, image: null },
  { productId: 'tea', title: '绿茶', priceFen: 3800, qty: 1, image: null },
];
const payment = (over: Record<string, unknown> = {}) => ({ id: 'p1', method: 'wechat', status: 'paid', amountFen: 23400, createdAt: '2026-11-29T10:00:00+08:00', paidAt: '2026-11-29T10:00:00+08:00', transactionId: 't', ...over });
const order = (over: Record<string, unknown> = {}) =>
  ({ id: 'o1', shopId: 's1', status: 'shipped', viewerIsOwner: false, review: null, totalFen: 23400, items, payment: payment(), refunds: [], afterSale: null, ...over }) as unknown as Order;

const amountValue = (container: HTMLElement) => (container.querySelector('.refund-amount-input') as unknown as { value: string }).value;

const act = jest.fn(async (_name: string, run: () => Promise<unknown>) => {
  await run();
  return true;
});

beforeEach(() => {
  call.mockReset();
  call.mockResolvedValue(order() as never);
  act.mockClear();
});

describe("the buyer's refund form", () => {
  function open(o: Order = order()) {
    const view = render(<BuyerActions order={o} busy={null} act={act} />);
    fireEvent.click(view.container.querySelector('.action-after-sale')!);
    return view;
  }

  it('chooses nothing for the buyer: no type, no items, no amount; asking on sends nothing', () => {
    const { container } = open();
    expect(container.querySelector('.choice__option--on')).toBeNull();
    expect([...container.querySelectorAll('.refund-item-qty')].map((e) => e.textContent)).toEqual([U.form.qty(0, 2), U.form.qty(0, 1)]);
    expect(amountValue(container)).toBe('');
    fireEvent.click(container.querySelector('.submit-after-sale')!);
    expect(errorOf(container, 'after-sale-type')).toBe(U.form.pickType);
    expect(errorOf(container, 'refund-items')).toBe(U.form.pickItems);
    expect(call).not.toHaveBeenCalled();
    expect(container.querySelector('.refund-confirm-amount')).toBeNull();
  });

  it('one broken jar: the amount follows the chosen item, a confirm step shows it, and only then is it sent', async () => {
    const { container } = open();
    fireEvent.click(container.querySelector('.choice-after-sale-type-refund')!);
    fireEvent.click(container.querySelector('.refund-item-jar .stepper-plus')!);
    await waitFor(() => expect(amountValue(container)).toBe('98.00'));
    await typeInto(container, 'after-sale-reason', '一罐摔碎了');
    fireEvent.click(container.querySelector('.submit-after-sale')!);
    expect(call).not.toHaveBeenCalled();
    expect(screen.getByText('¥98.00').className).toContain('money--big');
    fireEvent.click(container.querySelector('.submit-refund-confirm')!);
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('order', 'requestAfterSale', { orderId: 'o1', type: 'refund', reason: '一罐摔碎了', amountFen: 9800, items: [{ productId: 'jar', qty: 1 }], photos: [] }),
    );
  });

  it('the amount may be lowered but never above what was paid and not yet refunded', async () => {
    const refunded = order({ refunds: [{ id: 'r1', amountFen: 9800, method: 'wechat', status: 'done', reason: 'after_sale', problem: false, at: '2026-11-30T10:00:00+08:00', doneAt: null }] });
    const { container } = open(refunded);
    expect(screen.getByText(U.form.amountAside('¥136.00'))).toBeTruthy();
    fireEvent.click(container.querySelector('.choice-after-sale-type-refund')!);
    fireEvent.click(container.querySelector('.refund-item-jar .stepper-plus')!);
    fireEvent.click(container.querySelector('.refund-item-jar .stepper-plus')!);
    fireEvent.click(container.querySelector('.refund-item-tea .stepper-plus')!);
    // 2 jars and the tea are ¥234.00, but only ¥136.00 is left to give back.
    await waitFor(() => expect(amountValue(container)).toBe('136.00'));
    await typeInto(container, 'after-sale-reason', '都不要了');
    await typeInto(container, 'refund-amount', '136.01');
    fireEvent.click(container.querySelector('.submit-after-sale')!);
    expect(errorOf(container, 'refund-amount')).toBe(U.form.amountTooMuch('¥136.00'));
    await typeInto(container, 'refund-amount', '0');
    fireEvent.click(container.querySelector('.submit-after-sale')!);
    expect(errorOf(container, 'refund-amount')).toBe(U.form.amountZero);
    await typeInto(container, 'refund-amount', '12.345');
    fireEvent.click(container.querySelector('.submit-after-sale')!);
    expect(errorOf(container, 'refund-amount')).toBe(U.form.amountBad);
    expect(call).not.toHaveBeenCalled();
  });
});

describe("the seller's confirm step", () => {
  const asked = (type: 'refund' | 'return', over: Record<string, unknown> = {}) =>
    order({
      viewerIsOwner: true,
      status: 'after_sale',
      afterSale: { type, reason: '一罐摔碎了', status: 'requested', note: null, requestedAt: '2026-11-30T10:00:00+08:00', resolvedAt: null, dueBy: '2026-12-02T10:00:00+08:00', overdue: false, amountFen: 9800, items: [{ productId: 'jar', qty: 1 }], photos: ['https://img/x.jpg'] },
      ...over,
    });
  function open(o: Order) {
    const view = render(<SellerActions order={o} busy={null} act={act} />);
    fireEvent.click(view.container.querySelector('.action-resolve')!);
    return view;
  }

  it('shows the amount asked in large type, the reason and photos, with nothing pre-selected', () => {
    const { container } = open(asked('refund'));
    expect(container.querySelector('.resolve-amount')?.textContent).toBe('¥98.00');
    expect(container.querySelector('.resolve-amount')?.className).toContain('money--big');
    expect(screen.getByText('一罐摔碎了')).toBeTruthy();
    expect(container.querySelectorAll('.resolve-photo')).toHaveLength(1);
    expect(container.querySelector('.choice__option--on')).toBeNull();
    fireEvent.click(container.querySelector('.submit-resolve')!);
    expect(errorOf(container, 'decision')).toBe(U.seller.pickDecision);
    expect(call).not.toHaveBeenCalled();
  });

  it('approving a return asks where to send it back, and sends that address', async () => {
    const { container } = open(asked('return'));
    expect(container.querySelector('.return-address-form')).toBeNull();
    fireEvent.click(container.querySelector('.choice-decision-approve')!);
    fireEvent.click(container.querySelector('.submit-resolve')!);
    expect(errorOf(container, 'return-name')).not.toBeNull();
    expect(call).not.toHaveBeenCalled();
    await typeInto(container, 'return-name', '林晓');
    await typeInto(container, 'return-phone', '13812345678');
    await typeInto(container, 'return-detail', '陕西商洛商州区北新街 1 号');
    fireEvent.click(container.querySelector('.submit-resolve')!);
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('order', 'resolveAfterSale', { orderId: 'o1', approve: true, returnAddress: { name: '林晓', phone: '13812345678', detail: '陕西商洛商州区北新街 1 号' } }),
    );
  });
});

describe('transfers: the note code and money that comes back by hand', () => {
  it('the buyer paying by transfer sees the 4-digit code big and copyable', async () => {
    call.mockResolvedValue({ shop: aShop({ payment: { wechatPay: false, transferNote: '微信转账给林晓', transferQrUrl: null } }), products: [] } as never);
    const unpaid = order({ status: 'pending_payment', payment: null, noteCode: '0427' });
    const { container } = render(<PaymentPanel order={unpaid} busy={null} onWechat={jest.fn()} onTransfer={jest.fn()} />);
    await waitFor(() => expect(container.querySelector('.note-code-digits')?.textContent).toBe('0427'));
    expect(container.querySelector('.note-code-copy')).not.toBeNull();
    expect(screen.getByText('微信转账给林晓')).toBeTruthy();
  });

  const transferRefund = (status: 'pending' | 'done'): Refund => ({ id: 'r1', amountFen: 12800, method: 'transfer', status, reason: 'after_sale', problem: false, at: '2026-12-01T10:00:00+08:00', doneAt: status === 'done' ? '2026-12-01T12:00:00+08:00' : null });

  it('the record says who owes what: 退款中 · 店主需转回, then 店主已转回; a WeChat refund goes back to 零钱', () => {
    const { unmount } = render(<RefundsCard order={order({ refunds: [transferRefund('pending')] })} />);
    expect(screen.getByText('退款中 · 店主需转回 ¥128.00')).toBeTruthy();
    unmount();
    const { unmount: u2 } = render(<RefundsCard order={order({ refunds: [transferRefund('done')] })} />);
    expect(screen.getByText('店主已转回 ¥128.00')).toBeTruthy();
    u2();
    render(<RefundsCard order={order({ refunds: [{ ...transferRefund('done'), method: 'wechat', amountFen: 9800 }] })} />);
    expect(screen.getByText('¥98.00 退回到微信零钱 · 12月1日')).toBeTruthy();
  });
});

describe('a shop that cannot be paid yet', () => {
  function openShopPage() {
    Current.router = { params: { shopId: 's1' }, path: '/pages/shop/index', $taroPath: 'pages/shop/index', onReady: '', onHide: '', onShow: '' };
    return render(<ShopPage />);
  }
  // By action: the page also asks for the shop's open drops (drop.listShop), which must not take the shop's answer.
  function answerShop(shop: ReturnType<typeof aShop>) {
    call.mockImplementation(((fn: string, action: string) =>
      Promise.resolve(fn === 'drop' && action === 'listShop' ? { drops: [] } : { shop, products: [] })) as never);
  }
  it('tells friends plainly on the shop page when it has no way to be paid, and not once it has a transfer note', async () => {
    answerShop(aShop({ id: 's1', name: '林晓的山货', payment: { wechatPay: false, transferNote: '', transferQrUrl: null } }));
    const { unmount } = openShopPage();
    expect(await screen.findByText(U.shop.cannotOrder)).toBeTruthy();
    unmount();
    answerShop(aShop({ id: 's1', name: '林晓的山货', payment: { wechatPay: false, transferNote: '微信转账给林晓', transferQrUrl: null } }));
    openShopPage();
    expect(await screen.findByText('林晓的山货')).toBeTruthy();
    expect(screen.queryByText(U.shop.cannotOrder)).toBeNull();
  });
});

describe('returns and money sent back by hand', () => {
  const approvedReturn = (over: Record<string, unknown> = {}) => ({
    type: 'return',
    reason: '尺寸不对',
    status: 'approved',
    note: null,
    requestedAt: '2026-11-30T10:00:00+08:00',
    resolvedAt: '2026-12-01T10:00:00+08:00',
    dueBy: '2026-12-02T10:00:00+08:00',
    overdue: false,
    amountFen: 9800,
    returnAddress: { name: '林晓', phone: '13812345678', detail: '商州区北新街 1 号' },
    returnShipment: null,
    shipBackBy: '2026-12-08T10:00:00+08:00',
    ...over,
  });

  it('the buyer sees where and by when to send it back, then picks a carrier and enters the tracking number', async () => {
    const { BuyerReturnStep } = await import('../../src/features/orders');
    const { container } = render(<BuyerReturnStep order={order({ status: 'after_sale', afterSale: approvedReturn() })} busy={null} act={act} />);
    expect(container.querySelector('.return-deadline')?.textContent).toContain('7 天内寄回');
    expect(screen.getByText('商州区北新街 1 号')).toBeTruthy();
    fireEvent.click(container.querySelector('.action-return-ship')!);
    await typeInto(container, 'return-tracking-no', 'SF1001');
    fireEvent.click(container.querySelector('.submit-return-ship')!);
    expect(errorOf(container, 'return-carrier')).toBe(U.ret.pickCarrier);
    expect(call).not.toHaveBeenCalled();
    fireEvent.click(container.querySelector('.choice-carrier-SF')!);
    fireEvent.click(container.querySelector('.submit-return-ship')!);
    await waitFor(() => expect(call).toHaveBeenCalledWith('order', 'returnShipped', { orderId: 'o1', carrier: 'SF', trackingNo: 'SF1001' }));
  });

  it('the seller confirms the return once shipped back, and marks a transfer refund sent with the amount in large type', async () => {
    const { SellerAfterSaleSteps } = await import('../../src/features/orders/after-sale');
    const Taro = (await import('@tarojs/taro')).default;
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never);
    const shippedBack = order({
      viewerIsOwner: true,
      status: 'after_sale',
      afterSale: approvedReturn({ status: 'returned', returnShipment: { carrier: '顺丰速运', carrierId: 'SF', trackingNo: 'SF1001', shippedAt: '2026-12-02T10:00:00+08:00' } }),
    });
    const { container, unmount } = render(<SellerAfterSaleSteps order={shippedBack} busy={null} act={act} />);
    fireEvent.click(container.querySelector('.action-confirm-return')!);
    await waitFor(() => expect(call).toHaveBeenCalledWith('order', 'confirmReturn', { orderId: 'o1' }));
    unmount();
    const owed: Refund = { id: 'r1', amountFen: 12800, method: 'transfer', status: 'pending', reason: 'after_sale', problem: false, at: '2026-12-01T10:00:00+08:00', doneAt: null };
    const view = render(<SellerAfterSaleSteps order={order({ viewerIsOwner: true, status: 'after_sale', refunds: [owed] })} busy={null} act={act} />);
    expect(view.container.querySelector('.transfer-back-amount')?.textContent).toBe('¥128.00');
    fireEvent.click(view.container.querySelector('.action-refund-sent')!);
    await waitFor(() => expect(call).toHaveBeenCalledWith('order', 'refundSent', { orderId: 'o1' }));
  });
});

// issue 17's review: a pickup or delivery order was handed over in person, yet its return said 寄回 and asked for a
// courier's tracking number the friend cannot have
describe('the return of a pickup or delivery order is handed back in person', () => {
  const items1 = [{ productId: 'jar', qty: 1 }];
  const base = { reason: '一罐摔碎了', note: null, requestedAt: '2026-11-30T10:00:00+08:00', dueBy: '2026-12-02T10:00:00+08:00', overdue: false, amountFen: 9800, items: items1, photos: [] };
  const handedOver = (over: Record<string, unknown>) => order({ status: 'after_sale', fulfilment: { kind: 'pickup', pickupIndex: 0 }, dropId: 'd1', ...over });
  const noPosting = (text: string | null | undefined) => expect(text ?? '').not.toMatch(/寄|快递|单号/);

  it('the friend’s request form says 当面退回, never 寄回', () => {
    for (const fulfilment of [{ kind: 'pickup', pickupIndex: 0 }, { kind: 'delivery' }]) {
      const view = render(<BuyerActions order={order({ status: 'completed', fulfilment })} busy={null} act={act} />);
      fireEvent.click(view.container.querySelector('.action-after-sale')!);
      fireEvent.click(view.container.querySelector('.choice-after-sale-type-return')!);
      expect(view.container.textContent).toContain('当面退回');
      fireEvent.click(view.container.querySelector('.choice-after-sale-type-refund')!);
      noPosting(view.container.querySelector('.after-sale-panel, .action-panel')?.textContent ?? view.container.textContent);
      view.unmount();
    }
  });

  it('the seller approves it without a return address', async () => {
    const view = render(<SellerActions order={handedOver({ viewerIsOwner: true, afterSale: { ...base, type: 'return', status: 'requested', resolvedAt: null } })} busy={null} act={act} />);
    fireEvent.click(view.container.querySelector('.action-resolve')!);
    fireEvent.click(view.container.querySelector('.choice-decision-approve')!);
    expect(view.container.querySelector('.return-address-form')).toBeNull();
    expect(view.container.querySelector('.return-in-person')?.textContent).toContain('当面');
    fireEvent.click(view.container.querySelector('.submit-resolve')!);
    await waitFor(() => expect(call).toHaveBeenCalledWith('order', 'resolveAfterSale', { orderId: 'o1', approve: true }));
  });

  it('the friend is told to agree a hand-back with the seller and says when it is done, with no carrier or number', async () => {
    const { BuyerReturnStep } = await import('../../src/features/orders');
    const Taro = (await import('@tarojs/taro')).default;
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never);
    const approved = handedOver({ afterSale: { ...base, type: 'return', status: 'approved', resolvedAt: '2026-12-01T10:00:00+08:00', returnAddress: null, returnShipment: null, shipBackBy: '2026-12-08T10:00:00+08:00' } });
    const { container } = render(<BuyerReturnStep order={approved} busy={null} act={act} />);
    expect(container.textContent).toContain('请与卖家约定当面退回');
    noPosting(container.textContent);
    expect(container.querySelector('.action-return-ship')).toBeNull();
    fireEvent.click(container.querySelector('.action-return-hand-back')!);
    await waitFor(() => expect(call).toHaveBeenCalledWith('order', 'returnShipped', { orderId: 'o1' }));
  });

  it('the seller then confirms the goods came back, as for a parcel', async () => {
    const { SellerAfterSaleSteps } = await import('../../src/features/orders/after-sale');
    const Taro = (await import('@tarojs/taro')).default;
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never);
    const back = handedOver({ viewerIsOwner: true, afterSale: { ...base, type: 'return', status: 'returned', resolvedAt: '2026-12-01T10:00:00+08:00', returnAddress: null, returnShipment: null, confirmBy: '2026-12-09T10:00:00+08:00' } });
    const { container } = render(<SellerAfterSaleSteps order={back} busy={null} act={act} />);
    expect(container.querySelector('.return-back-line')?.textContent).toBe('买家说已当面退回');
    fireEvent.click(container.querySelector('.action-confirm-return')!);
    await waitFor(() => expect(call).toHaveBeenCalledWith('order', 'confirmReturn', { orderId: 'o1' }));
  });
  // the friend may never tap 我已当面退回: the seller with the goods in hand confirms from approved; a parcel still
  // waits for its tracking number
  it('the seller may confirm an approved in-person return straight away, after a modal; a posted one is not offered', async () => {
    const { SellerAfterSaleSteps } = await import('../../src/features/orders/after-sale');
    const Taro = (await import('@tarojs/taro')).default;
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' } as never);
    const approved = { ...base, type: 'return', status: 'approved', resolvedAt: '2026-12-01T10:00:00+08:00', returnAddress: null, returnShipment: null, shipBackBy: '2026-12-08T10:00:00+08:00' };
    for (const fulfilment of [{ kind: 'pickup', pickupIndex: 0 }, { kind: 'delivery' }]) {
      modal.mockClear();
      call.mockClear();
      const view = render(<SellerAfterSaleSteps order={handedOver({ viewerIsOwner: true, fulfilment, afterSale: approved })} busy={null} act={act} />);
      const button = view.container.querySelector('.action-confirm-return');
      expect(button?.textContent).toBe('确认已收到退货');
      noPosting(view.container.textContent);
      // cancelled in the modal: nothing sent
      fireEvent.click(button!);
      await waitFor(() => expect(modal).toHaveBeenCalled());
      expect(JSON.stringify(modal.mock.calls[0])).toContain('¥98.00');
      expect(call).not.toHaveBeenCalled();
      modal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never);
      fireEvent.click(button!);
      await waitFor(() => expect(call).toHaveBeenCalledWith('order', 'confirmReturn', { orderId: 'o1' }));
      view.unmount();
    }
    // a shipping order's approved return: the buyer posts it first, so the seller has nothing to confirm yet
    const posted = render(
      <SellerAfterSaleSteps order={order({ viewerIsOwner: true, status: 'after_sale', afterSale: { ...approved, returnAddress: { name: '林晓', phone: '13812345678', detail: '商州区北新街 1 号' } } })} busy={null} act={act} />,
    );
    expect(posted.container.querySelector('.action-confirm-return')).toBeNull();
    posted.unmount();
    // the friend's own view of the same in-person return: no seller's button
    const buyer = render(<SellerAfterSaleSteps order={handedOver({ afterSale: approved })} busy={null} act={act} />);
    expect(buyer.container.querySelector('.action-confirm-return')).toBeNull();
  });
});

describe("the note code on the seller's side", () => {
  const awaiting = order({ viewerIsOwner: true, status: 'awaiting_confirmation', totalFen: 12600, noteCode: '0427', address: { name: '小周', phone: '13812345678', detail: 'x' }, createdAt: '2026-12-01T10:00:00+08:00', payment: payment({ method: 'transfer', status: 'awaiting_confirmation', amountFen: 12600, noteCode: '0427' }) });

  it('is in the order list and in the confirm dialog with the amount', async () => {
    const { OrderCard } = await import('../../src/features/orders');
    const { unmount } = render(<OrderCard order={awaiting} onOpen={jest.fn()} />);
    expect(screen.getByText(U.noteCode.inList('0427'))).toBeTruthy();
    unmount();
    const Taro = (await import('@tarojs/taro')).default;
    jest.restoreAllMocks();
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' } as never);
    const { container } = render(<SellerActions order={awaiting} busy={null} act={act} />);
    fireEvent.click(container.querySelector('.action-confirm-paid')!);
    await waitFor(() => expect(modal).toHaveBeenCalled());
    expect(JSON.stringify(modal.mock.calls[0])).toContain(U.noteCode.confirmText('¥126.00', '0427'));
    expect(call).not.toHaveBeenCalled();
  });
});

describe('the after-sale card on both sides', () => {
  it('shows how much was asked back and for which items', async () => {
    const { AfterSaleCard } = await import('../../src/features/orders');
    const asked = order({ status: 'after_sale', afterSale: { type: 'refund', reason: '碎了', status: 'requested', note: null, requestedAt: '2026-11-30T10:00:00+08:00', resolvedAt: null, dueBy: '2026-12-02T10:00:00+08:00', overdue: false, amountFen: 9800, items: [{ productId: 'jar', qty: 1 }] } });
    const { container } = render(<AfterSaleCard order={asked} />);
    expect(container.querySelector('.after-sale__amount')?.textContent).toBe('¥98.00');
    expect(container.querySelector('.after-sale__items')?.textContent).toBe('蜂蜜 × 1');
  });
});
