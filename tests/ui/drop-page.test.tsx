import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import DropPage from '../../src/pages/drop';
import OrderPage from '../../src/pages/order';
import { ApiError, callFunction } from '../../src/api';
import { cutoffAt } from '../../src/features/drop';
import { useAddressBook } from '../../src/stores/address';
import type { DropView } from '../../types/drop';
import type { Order } from '../../types/order';
import { dropUi as T } from '../../types/zh-CN/drop-ui';
import { anOrder } from './fixtures';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});

const mockMode = { single: false };
jest.mock('../../src/features/wechat/single-page', () => ({
  ...jest.requireActual('../../src/features/wechat/single-page'),
  useSinglePageMode: () => mockMode.single,
}));

const call = callFunction as jest.MockedFunction<typeof callFunction>;
const HOUR = 3600_000;

function aDrop(overrides: Partial<DropView['drop']> = {}, view: Partial<Omit<DropView, 'drop'>> = {}): DropView {
  return {
    drop: {
      id: 'd1',
      shopId: 'shop-1',
      timeZone: 'Asia/Shanghai',
      shopName: '阿毛的小店',
      title: '本周秦岭蜂蜜',
      intro: '周四晚八点截止，周六自提',
      items: [
        { productId: 'p-honey', title: '土蜂蜜 500g', priceFen: 6800, image: null, stock: 3, limitPerBuyer: 2 },
        { productId: 'p-jam', title: '桑葚酱', priceFen: 3000, image: null, stock: 10, limitPerBuyer: 5 },
      ],
      closesAt: new Date(Date.now() + 3 * 24 * HOUR).toISOString(),
      fulfilment: { pickup: [{ name: '三号门', address: '幸福小区三号门', window: '周六 10:00–12:00' }], delivery: true, shipping: false },
      showJoiners: true,
      status: 'open',
      closedAt: null,
      createdAt: '2026-11-28T00:00:00Z',
      ...overrides,
    },
    joiners: [
      { name: '李*', qty: 2, at: '2026-11-29T10:00:00Z' },
      { name: '匿名', qty: 1, at: '2026-11-29T09:00:00Z' },
    ],
    joinedCount: 2,
    pieces: 3,
    ...view,
  };
}

type Handler = (params: Record<string, unknown>) => unknown;
function backend(handlers: Record<string, Handler>) {
  call.mockImplementation((async (fn: string, action: string, params: Record<string, unknown>) => {
    const h = handlers[`${fn}.${action}`];
    if (!h) throw new Error(`unexpected ${fn}.${action}`);
    return h(params);
  }) as never);
}

function createCalls() {
  return call.mock.calls.filter((c) => (c[0] as string) === 'order' && (c[1] as string) === 'create').map((c) => c[2] as unknown as Record<string, unknown>);
}

function openDrop(params: Record<string, string> = { dropId: 'd1' }) {
  Current.router = { params, path: '/pages/drop/index', $taroPath: 'pages/drop/index', onReady: '', onHide: '', onShow: '' };
  return render(<DropPage />);
}

const plus = (c: HTMLElement, i: number) => c.querySelectorAll('.drop-plus')[i] as HTMLElement;
const minus = (c: HTMLElement, i: number) => c.querySelectorAll('.drop-minus')[i] as HTMLElement;
const qtys = (c: HTMLElement) => Array.from(c.querySelectorAll('.drop-stepper__value')).map((e) => e.textContent);
const input = (c: HTMLElement, name: string) =>
  c.querySelector(`.field--${name} input, .field--${name} textarea, .field--${name} taro-input-core, .field--${name} taro-textarea-core`) as HTMLElement;
/** Taro's <Input> is a web component: its inner input appears once it has rendered. */
async function field(c: HTMLElement, name: string): Promise<HTMLInputElement> {
  await waitFor(() => expect(input(c, name)).not.toBeNull());
  return input(c, name) as HTMLInputElement;
}
async function type(c: HTMLElement, name: string, value: string) {
  const el = await field(c, name);
  fireEvent(el, new CustomEvent('input', { detail: { value }, bubbles: true }));
}
const confirm = (c: HTMLElement) => fireEvent.click(c.querySelector('.drop-confirm') as Element);

beforeEach(() => {
  call.mockReset();
  mockMode.single = false;
  useAddressBook.setState({ address: null });
  jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' } as never);
});
afterEach(() => jest.restoreAllMocks());

describe('the cutoff', () => {
  const at = Date.parse('2026-11-30T12:00:00Z');
  it('reads in days, then hours and minutes, then by the second in the last hour, then 已截止', () => {
    expect(cutoffAt('2026-12-02T15:00:00Z', at)).toMatchObject({ closed: false, text: '2 天 3 小时' });
    expect(cutoffAt('2026-11-30T17:12:00Z', at)).toMatchObject({ closed: false, text: '5 小时 12 分' });
    expect(cutoffAt('2026-11-30T12:05:09Z', at)).toMatchObject({ closed: false, text: '05:09' });
    expect(cutoffAt('2026-11-30T12:00:00Z', at)).toEqual({ closed: true });
  });

  it('counts down live on the page and turns 已截止 with no join when it passes', async () => {
    jest.useFakeTimers({ now: Date.parse('2026-11-30T12:00:00Z') });
    try {
      backend({ 'drop.get': () => aDrop({ closesAt: '2026-11-30T12:00:03Z' }) });
      const { container } = openDrop();
      await act(async () => {
        await Promise.resolve();
      });
      expect(container.querySelector('.drop-cutoff__left')?.textContent).toBe('00:03');
      expect(screen.getByText(T.join)).toBeTruthy();
      act(() => jest.advanceTimersByTime(1000));
      expect(container.querySelector('.drop-cutoff__left')?.textContent).toBe('00:02');
      act(() => jest.advanceTimersByTime(2000));
      expect(container.querySelector('.drop-cutoff__closed')?.textContent).toBe(T.closed);
      expect(screen.queryByText(T.join)).toBeNull();
      expect(container.querySelector('.drop-stepper')).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('the drop page a friend opens from a group chat', () => {
  it('shows what is on offer, the ways, and the joiners as the backend masked them', async () => {
    backend({ 'drop.get': () => aDrop() });
    const { container } = openDrop();
    expect(await screen.findByText('本周秦岭蜂蜜')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('drop', 'get', { dropId: 'd1' });
    const items = container.querySelectorAll('.drop-item');
    expect(items[0].textContent).toContain('¥68.00');
    expect(items[0].textContent).toContain('每人限 2 件');
    expect(items[0].textContent).toContain('还剩 3 件');
    const ways = Array.from(container.querySelectorAll('.drop-way')).map((w) => w.textContent);
    expect(ways).toEqual(['自提点 · 三号门幸福小区三号门取货时间：周六 10:00–12:00', '送货上门']);
    expect(container.querySelector('.drop-joiners__count')?.textContent).toBe('已跟团 2 人 · 3 件');
    expect(Array.from(container.querySelectorAll('.drop-joiner__name')).map((n) => n.textContent)).toEqual(['李*', '匿名']);
  });

  // issue 17's review: a friend abroad (or any phone not on the shop's clock) read the cutoff on its own clock. The
  // same instant in two shops' zones must read as each shop's wall clock, whatever zone this test process runs in.
  it('says the exact cutoff on the shop’s clock, as the seller announced it, under the countdown', async () => {
    const at = '2099-12-03T12:00:00Z';
    for (const [timeZone, words] of [['Asia/Shanghai', '12月3日 20:00 截止'], ['America/New_York', '12月3日 07:00 截止']]) {
      backend({ 'drop.get': () => aDrop({ closesAt: at, timeZone }) });
      const { container, unmount } = openDrop();
      await screen.findByText('本周秦岭蜂蜜');
      expect(container.querySelector('.drop-cutoff__at')?.textContent).toBe(words);
      unmount();
    }
  });

  it('shows only the count when the seller hides the joiners', async () => {
    backend({ 'drop.get': () => aDrop({ showJoiners: false }, { joiners: [] }) });
    const { container } = openDrop();
    await screen.findByText('本周秦岭蜂蜜');
    expect(container.querySelector('.drop-joiners__count')?.textContent).toBe('已跟团 2 人 · 3 件');
    expect(container.querySelector('.drop-joiner')).toBeNull();
  });

  it('a closed drop says 已截止 and offers no join', async () => {
    backend({ 'drop.get': () => aDrop({ status: 'closed', closedAt: '2026-11-29T12:00:00Z' }) });
    const { container } = openDrop();
    await screen.findByText('本周秦岭蜂蜜');
    expect(container.querySelector('.drop-cutoff__closed')?.textContent).toBe(T.closed);
    expect(screen.getByText(T.closedHint)).toBeTruthy();
    expect(screen.queryByText(T.join)).toBeNull();
  });

  it('starts at one of the first product; steppers stop at the limit and at the stock', async () => {
    backend({ 'drop.get': () => aDrop({ items: [
      { productId: 'p-honey', title: '土蜂蜜 500g', priceFen: 6800, image: null, stock: 3, limitPerBuyer: 2 },
      { productId: 'p-jam', title: '桑葚酱', priceFen: 3000, image: null, stock: 1, limitPerBuyer: 5 },
    ] }) });
    const { container } = openDrop();
    await screen.findByText('本周秦岭蜂蜜');
    expect(qtys(container)).toEqual(['1', '0']);
    fireEvent.click(plus(container, 0));
    fireEvent.click(plus(container, 0));
    expect(qtys(container)[0]).toBe('2'); // limit 2
    expect(plus(container, 0).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(plus(container, 1));
    fireEvent.click(plus(container, 1));
    expect(qtys(container)[1]).toBe('1'); // only 1 left
    fireEvent.click(minus(container, 1));
    fireEvent.click(minus(container, 1));
    expect(qtys(container)[1]).toBe('0');
    expect(container.querySelector('.drop-bar__sum')?.textContent).toBe('共 2 件 · ¥136.00');
  });

  it('joins for pickup in two taps: name and phone only, then the order page to pay; a double tap is one order', async () => {
    useAddressBook.setState({ address: { name: '王小明', phone: '13800000000', detail: '幸福路 1 号' } });
    let answer: (o: Order) => void = () => undefined;
    backend({ 'drop.get': () => aDrop(), 'order.create': () => new Promise<Order>((r) => (answer = r)) });
    const { container } = openDrop();
    await screen.findByText('本周秦岭蜂蜜');
    fireEvent.click(container.querySelector('.drop-way--pickup') as Element);
    fireEvent.click(screen.getByText(T.join));
    expect(container.querySelector('.field--drop-detail')).toBeNull();
    expect((await field(container, 'drop-name')).value).toBe('王小明');
    confirm(container);
    confirm(container);
    await act(async () => answer(anOrder({ id: 'o-9' })));
    const calls = createCalls();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual({
      shopId: 'shop-1',
      items: [{ productId: 'p-honey', qty: 1 }],
      address: { name: '王小明', phone: '13800000000', detail: '' },
      idempotencyKey: expect.any(String),
      dropId: 'd1',
      fulfilment: { kind: 'pickup', pickupIndex: 0 },
      showName: true,
    });
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/order/index?orderId=o-9' });
    // the remembered address keeps its line for the next delivery
    expect(useAddressBook.getState().address?.detail).toBe('幸福路 1 号');
  });

  it('joins for delivery with the address line, anonymously', async () => {
    backend({ 'drop.get': () => aDrop(), 'order.create': () => anOrder({ id: 'o-10' }) });
    const { container } = openDrop();
    await screen.findByText('本周秦岭蜂蜜');
    fireEvent.click(container.querySelector('.drop-way--delivery') as Element);
    fireEvent.click(screen.getByText(T.join));
    await type(container, 'drop-name', '赵六');
    await type(container, 'drop-phone', '13900000000');
    confirm(container);
    expect(container.querySelector('.field--drop-detail .field-error')?.textContent).toBe(T.required);
    expect(createCalls()).toHaveLength(0);
    await type(container, 'drop-detail', '幸福小区 5 栋 302');
    fireEvent.click(container.querySelector('.drop-anonymous') as Element);
    confirm(container);
    await waitFor(() => expect(createCalls()).toHaveLength(1));
    expect(createCalls()[0]).toMatchObject({
      address: { name: '赵六', phone: '13900000000', detail: '幸福小区 5 栋 302' },
      fulfilment: { kind: 'delivery' },
      showName: false,
    });
  });

  it('the sheet says what 确认跟团 confirms: each product × pieces, the way and the total', async () => {
    backend({ 'drop.get': () => aDrop() });
    const { container } = openDrop();
    await screen.findByText('本周秦岭蜂蜜');
    fireEvent.click(plus(container, 0));
    fireEvent.click(plus(container, 1));
    fireEvent.click(container.querySelector('.drop-way--pickup') as Element);
    fireEvent.click(screen.getByText(T.join));
    const summary = container.querySelector('.drop-summary') as HTMLElement;
    expect(Array.from(summary.querySelectorAll('.drop-summary__line')).map((l) => l.textContent)).toEqual(['土蜂蜜 500g × 2', '桑葚酱 × 1']);
    expect(summary.querySelector('.drop-summary__way')?.textContent).toBe('自提 · 三号门 · 周六 10:00–12:00');
    expect(summary.querySelector('.drop-summary__total')?.textContent).toBe('共 3 件 · ¥166.00');
    // above the button it confirms
    expect(summary.compareDocumentPosition(container.querySelector('.drop-confirm') as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    fireEvent.click(screen.getByText(T.cancel));
    fireEvent.click(container.querySelector('.drop-way--delivery') as Element);
    fireEvent.click(screen.getByText(T.join));
    expect(container.querySelector('.drop-summary__way')?.textContent).toBe(T.delivery);
  });

  it('over the per-buyer limit says how many are left; a join after the cutoff turns the page 已截止', async () => {
    let closed = false;
    backend({
      'drop.get': () => (closed ? aDrop({ status: 'closed' }) : aDrop()),
      'order.create': () => {
        throw closed ? new ApiError('CONFLICT', '接龙已截止') : new ApiError('CONFLICT', '超过限购', { remaining: 1 });
      },
    });
    const { container } = openDrop();
    await screen.findByText('本周秦岭蜂蜜');
    fireEvent.click(container.querySelector('.drop-way--pickup') as Element);
    fireEvent.click(screen.getByText(T.join));
    await type(container, 'drop-name', '赵六');
    await type(container, 'drop-phone', '13900000000');
    confirm(container);
    expect(await screen.findByText('你最多还能跟 1 件')).toBeTruthy();

    closed = true;
    confirm(container);
    expect(await screen.findByText(T.closedHint)).toBeTruthy();
    expect(container.querySelector('.drop-cutoff__closed')?.textContent).toBe(T.closed);
    expect(screen.queryByText(T.join)).toBeNull();
  });

  it('in Moments’ single-page mode shows what is on offer and the cutoff, but no join', async () => {
    mockMode.single = true;
    backend({ 'drop.get': () => aDrop() });
    const { container } = openDrop();
    await screen.findByText('本周秦岭蜂蜜');
    expect(container.querySelector('.drop-cutoff__left')?.textContent).toBe('3 天 0 小时');
    expect(screen.getByText(T.singlePage)).toBeTruthy();
    expect(screen.queryByText(T.join)).toBeNull();
    expect(container.querySelector('.drop-stepper')).toBeNull();
  });
});

describe('the buyer’s order page of a drop', () => {
  function openOrder(order: Order) {
    backend({ 'order.get': () => order, 'drop.get': () => aDrop() });
    Current.router = { params: { orderId: order.id }, path: '/pages/order/index', $taroPath: 'pages/order/index', onReady: '', onHide: '', onShow: '' };
    return render(<OrderPage />);
  }
  const dropOrder = (status: Order['status'], pickupCode: string | null) =>
    ({ ...anOrder({ id: 'o-1', status }), dropId: 'd1', fulfilment: { kind: 'pickup', pickupIndex: 0 }, pickupCode }) as Order;

  it('shows the pickup code in big digits and as a QR, with the pickup point, once paid', async () => {
    const { container } = openOrder(dropOrder('paid', '042917'));
    await waitFor(() => expect(container.querySelector('.pickup-code__digits')?.textContent).toBe('042917'));
    expect(container.querySelector('.qr-code')?.getAttribute('data-text')).toBe('042917');
    expect(container.querySelectorAll('.qr-code__row')).toHaveLength(21);
    await waitFor(() => expect(container.querySelector('.pickup-code__point')?.textContent).toContain('幸福小区三号门'));
  });

  it('unpaid, says the goods are handed over once the money is in, never 发货', async () => {
    const { container } = openOrder(dropOrder('pending_payment', null));
    await waitFor(() => expect(container.querySelector('.transfer__explain')).not.toBeNull());
    expect(container.querySelector('.order-status__hint')?.textContent).toBe('店主收到钱后，到货了会通知你来取。');
    expect(container.querySelector('.transfer__explain')?.textContent).toBe('按店主的说明转账后，点“我已转账”，店主确认收款后，到货了会通知你来取。');
    expect(container.textContent).not.toMatch(/发货|快递/);
    // who comes for it, not who receives a parcel
    expect(container.querySelector('.order-address .order-card__title')?.textContent).toBe('取货人');
  });

  it('shows no code before payment', async () => {
    const { container } = openOrder(dropOrder('pending_payment', null));
    await waitFor(() => expect(call).toHaveBeenCalledWith('order', 'get', { orderId: 'o-1' }));
    await act(async () => {
      await Promise.resolve();
    });
    expect(container.querySelector('.pickup-code')).toBeNull();
  });
});
