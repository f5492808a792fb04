import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import type { Drop, DropView, PickList } from '../../types/drop';
import type { Product } from '../../types/product';
import { dropsUi } from '../../types/zh-CN/drops-ui';
import { ApiError, callFunction } from '../../src/api';
import DropEditPage from '../../src/seller/drop-edit';
import SellerDropPage from '../../src/seller/drop';
import SellerDropsPage from '../../src/seller/drops';
import { aProduct, aShop, anOrder } from './fixtures';
import { errorOf, typeInto } from '../helpers/form';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});

const call = callFunction as jest.MockedFunction<typeof callFunction>;
type Answer = (params: Record<string, unknown>) => unknown;

/** Answers per `function.action`; anything else fails the test loudly. */
function backend(answers: Record<string, Answer>) {
  call.mockImplementation(((name: string, action: string, params: Record<string, unknown>) => {
    const answer = answers[`${name}.${action}`];
    if (!answer) return Promise.reject(new Error(`unexpected call ${name}.${action}`));
    try {
      return Promise.resolve(answer(params));
    } catch (err) {
      return Promise.reject(err);
    }
  }) as unknown as typeof callFunction);
}

const callsOf = (name: string, action: string) => call.mock.calls.filter(([n, a]) => n === name && a === action).map(([, , p]) => p);

const DAY = 24 * 60 * 60 * 1000;
/** "YYYY-MM-DD" in Asia/Shanghai (UTC+8 all year), `days` from now. */
function shanghaiDate(days: number): string {
  return new Date(Date.now() + days * DAY + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const own = aProduct({ id: 'honey', title: '秦岭土蜂蜜 500g', priceFen: 6800, stock: 40 });
const walnut = aProduct({ id: 'walnut', title: '商洛核桃 1kg', priceFen: 4500, stock: 20 });
const carried = aProduct({
  id: 'tea',
  title: '安化黑茶',
  source: { supplierId: 's1', supplierName: '云岭茶厂', supplyProductId: 'sp1', supplierStory: '', shipWithinHours: 48, minPriceFen: 3000, maxPriceFen: 5000 },
});

function aDrop(overrides: Partial<Drop> = {}): Drop {
  return {
    id: 'drop-1',
    shopId: 'shop-1',
    timeZone: 'Asia/Shanghai',
    shopName: '林晓的商洛山货',
    title: '本周土蜂蜜',
    intro: '',
    items: [{ productId: 'honey', title: '秦岭土蜂蜜 500g', priceFen: 6800, image: null, stock: 30, limitPerBuyer: 5 }],
    closesAt: new Date(Date.now() + 2 * DAY + 3 * 60 * 60 * 1000 + 30 * 60 * 1000).toISOString(),
    fulfilment: {
      pickup: [
        { name: '3 号门', address: '幸福小区 3 号门', window: '周六 10:00–12:00' },
        { name: '公司前台', address: '科技园 A 座', window: '周六 14:00–16:00' },
      ],
      delivery: true,
      shipping: false,
    },
    showJoiners: true,
    status: 'open',
    closedAt: null,
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

function at(path: string, params: Record<string, string>) {
  Current.router = { params, path: `/${path}`, $taroPath: path, onReady: '', onHide: '', onShow: '' };
}

function openForm(products: Product[] = [own, walnut, carried], params: Record<string, string> = {}) {
  at('seller/drop-edit/index', params);
  backend({
    'shop.mine': () => aShop(),
    'catalog.listMine': () => ({ active: products, archived: [], productCap: 30 }),
    'drop.open': () => aDrop({ id: 'drop-new' }),
  });
  return render(<DropEditPage />);
}

const choice = (container: HTMLElement, title: string) => {
  const row = Array.from(container.querySelectorAll('.new-drop-choice')).find((r) => r.textContent?.includes(title));
  if (!row) throw new Error(`no product ${title}`);
  return row as HTMLElement;
};

function pick(container: HTMLElement, which: 'date' | 'time', value: string) {
  const el = container.querySelector(`.cutoff-${which}`);
  if (!el) throw new Error(`no ${which} picker`);
  act(() => {
    el.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }));
  });
}

beforeEach(() => {
  call.mockReset();
  jest.restoreAllMocks();
});

describe('发起接龙', () => {
  it('sends the products with their limits, the cutoff as an ISO instant on the shop’s clock, and the ways', async () => {
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' } as never);
    const { container } = openForm();
    await screen.findByText('秦岭土蜂蜜 500g');
    await typeInto(container, 'title', '本周土蜂蜜，周四晚 8 点截单');
    await typeInto(container, 'intro', '爸妈刚摇的蜜。');
    fireEvent.click(choice(container, '秦岭土蜂蜜').querySelector('.new-drop-choice__main') as Element);
    fireEvent.click(choice(container, '商洛核桃').querySelector('.new-drop-choice__main') as Element);
    // the limit starts at 5; the seller makes the walnuts 2 each
    const limits = container.querySelectorAll('.limit-input');
    expect(limits).toHaveLength(2);
    act(() => {
      limits[1].dispatchEvent(new CustomEvent('input', { detail: { value: '2' }, bubbles: true }));
    });
    const date = shanghaiDate(2);
    pick(container, 'date', date);
    pick(container, 'time', '20:00');
    expect(container.querySelector('.cutoff-words')?.textContent).toMatch(/^周[日一二三四五六] 20:00 截止$/);
    await typeInto(container, 'pickup-0-name', '3 号门');
    await typeInto(container, 'pickup-0-address', '幸福小区 3 号门');
    await typeInto(container, 'pickup-0-window', '周六 10:00–12:00');
    fireEvent.click(container.querySelector('.toggle-delivery') as Element);

    fireEvent.click(screen.getByText(dropsUi.form.submit));
    await waitFor(() => expect(callsOf('drop', 'open')).toHaveLength(1));
    expect(callsOf('drop', 'open')[0]).toEqual({
      title: '本周土蜂蜜，周四晚 8 点截单',
      intro: '爸妈刚摇的蜜。',
      items: [
        { productId: 'honey', limitPerBuyer: 5 },
        { productId: 'walnut', limitPerBuyer: 2 },
      ],
      closesAt: new Date(`${date}T20:00:00+08:00`).toISOString(),
      fulfilment: { pickup: [{ name: '3 号门', address: '幸福小区 3 号门', window: '周六 10:00–12:00' }], delivery: true, shipping: false },
      showJoiners: true,
    });
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/seller/drop/index?dropId=drop-new' }));
  });

  it('shows a carried product disabled with the reason, and it cannot be chosen', async () => {
    const { container } = openForm();
    await screen.findByText('安化黑茶');
    const row = choice(container, '安化黑茶');
    expect(row.classList.contains('new-drop-choice--disabled')).toBe(true);
    expect(row.textContent).toContain(dropsUi.form.carriedReason('云岭茶厂'));
    fireEvent.click(row.querySelector('.new-drop-choice__main') as Element);
    expect(row.querySelector('.limit-input')).toBeNull();
    expect(row.querySelector('[aria-checked="true"]')).toBeNull();
  });

  it('refuses no way of fulfilment, a cutoff in the past, and nothing chosen, sending nothing', async () => {
    const { container } = openForm();
    await screen.findByText('秦岭土蜂蜜 500g');
    await typeInto(container, 'title', '本周土蜂蜜');
    fireEvent.click(container.querySelector('.remove-pickup') as Element); // the one empty pickup point
    pick(container, 'date', shanghaiDate(-1));
    pick(container, 'time', '20:00');

    fireEvent.click(screen.getByText(dropsUi.form.submit));
    await waitFor(() => expect(errorOf(container, 'fulfilment')).toBe(dropsUi.form.noWay));
    expect(errorOf(container, 'closes-at')).toBe(dropsUi.form.cutoffPast);
    expect(errorOf(container, 'items')).toBeTruthy();
    expect(screen.getByText(dropsUi.form.fixErrors)).toBeTruthy();
    expect(callsOf('drop', 'open')).toHaveLength(0);
  });

  it('refuses a cutoff more than 14 days ahead', async () => {
    const { container } = openForm();
    await screen.findByText('秦岭土蜂蜜 500g');
    pick(container, 'date', shanghaiDate(16));
    pick(container, 'time', '20:00');
    fireEvent.click(screen.getByText(dropsUi.form.submit));
    await waitFor(() => expect(errorOf(container, 'closes-at')).toBe(dropsUi.form.cutoffTooFar(14)));
  });

  it('shows the backend’s BAD_INPUT under the field it names', async () => {
    const { container } = openForm();
    await screen.findByText('秦岭土蜂蜜 500g');
    await typeInto(container, 'title', '本周土蜂蜜');
    fireEvent.click(choice(container, '秦岭土蜂蜜').querySelector('.new-drop-choice__main') as Element);
    pick(container, 'date', shanghaiDate(3));
    pick(container, 'time', '09:30');
    await typeInto(container, 'pickup-0-name', '3 号门');
    await typeInto(container, 'pickup-0-address', '幸福小区');
    await typeInto(container, 'pickup-0-window', '周六上午');
    backend({
      'shop.mine': () => aShop(),
      'catalog.listMine': () => ({ active: [own], archived: [], productCap: 30 }),
      'drop.open': () => {
        throw new ApiError('BAD_INPUT', '有内容需要修改', { fields: { 'fulfilment.pickup.0.name': '自提点名称不能为空', 'items.0.limitPerBuyer': '每人限购须在 1 到 99 之间' } });
      },
    });
    fireEvent.click(screen.getByText(dropsUi.form.submit));
    await waitFor(() => expect(errorOf(container, 'pickup-0-name')).toBe('自提点名称不能为空'));
    expect(choice(container, '秦岭土蜂蜜').querySelector('.field-error')?.textContent).toBe('每人限购须在 1 到 99 之间');
    expect(screen.getByText('有内容需要修改')).toBeTruthy();
  });

  it('starts with the product the catalog’s 发起接龙 came from', async () => {
    const { container } = openForm(undefined, { productId: 'walnut' });
    await waitFor(() => expect(choice(container, '商洛核桃').querySelector('.limit-input')).not.toBeNull());
    expect(choice(container, '秦岭土蜂蜜').querySelector('.limit-input')).toBeNull();
  });
});

function aPickList(drop: Drop): PickList {
  const line = (title: string, qty: number, productId = 'honey') => ({ productId, title, qty });
  return {
    drop,
    groups: [
      {
        way: { kind: 'pickup', pickupIndex: 0, point: drop.fulfilment.pickup[0] },
        totals: [line('秦岭土蜂蜜 500g', 3)],
        orders: [
          { orderId: 'o1', status: 'paid', name: '王小明', phone: '13800138000', detail: null, lines: [line('秦岭土蜂蜜 500g', 2)], pickupCode: '204816', showName: true },
          { orderId: 'o2', status: 'ready', name: '李四', phone: '13900139000', detail: null, lines: [line('秦岭土蜂蜜 500g', 1)], pickupCode: '310577', showName: true },
        ],
      },
      {
        way: { kind: 'pickup', pickupIndex: 1, point: drop.fulfilment.pickup[1] },
        totals: [line('秦岭土蜂蜜 500g', 4)],
        orders: [{ orderId: 'o3', status: 'paid', name: '赵五', phone: '13700137000', detail: null, lines: [line('秦岭土蜂蜜 500g', 4)], pickupCode: '771203', showName: true }],
      },
      {
        way: { kind: 'delivery' },
        totals: [line('秦岭土蜂蜜 500g', 1)],
        orders: [{ orderId: 'o4', status: 'paid', name: '钱六', phone: '13600136000', detail: '科技园 B 座 5 楼', lines: [line('秦岭土蜂蜜 500g', 1)], pickupCode: '550011', showName: true }],
      },
    ],
  };
}

function openLive(overrides: Record<string, Answer> = {}) {
  const drop = aDrop();
  const view: DropView = { drop, joiners: [{ name: '王*', qty: 2, at: drop.createdAt }, { name: '匿名', qty: 4, at: drop.createdAt }], joinedCount: 6, pieces: 10, counts: { pending_payment: 1, paid: 3, ready: 1, completed: 1 } };
  at('seller/drop/index', { dropId: 'drop-1' });
  backend({
    'drop.get': () => view,
    'drop.pickList': () => aPickList(drop),
    'shop.mine': () => aShop(),
    ...overrides,
  });
  return render(<SellerDropPage />);
}

describe('one drop, live', () => {
  it('shows the countdown, who joined, paid and unpaid, and the pick list per way with totals and orders', async () => {
    const { container } = openLive();
    await screen.findByText('本周土蜂蜜');
    expect(callsOf('drop', 'get')).toEqual([{ dropId: 'drop-1' }]);
    expect(callsOf('drop', 'pickList')).toEqual([{ dropId: 'drop-1' }]);
    expect(container.querySelector('.countdown')?.textContent).toMatch(/^还剩 2 天 \d+ 小时$/);
    expect(screen.getByText(dropsUi.live.joined(6))).toBeTruthy();
    // the pick list holds the paid and ready orders; the other joins are unpaid or handed over already
    expect(screen.getByText(dropsUi.live.paid(4))).toBeTruthy();
    // exact counts from drop.get's owner-only `counts`: 1 not paid, 1 handed over (was 「未付款或已交付 2 单」)
    expect(container.querySelector('.live-stat--unpaid')?.textContent).toBe('待付款 1 单');
    expect(container.querySelector('.live-stat--handed-over')?.textContent).toBe('已交付 1 单');
    expect(container.querySelector('.live-stat--to-confirm')).toBeNull();
    expect(Array.from(container.querySelectorAll('.joiner')).map((e) => e.textContent)).toEqual(['王* ×2', '匿名 ×4']);

    const groups = Array.from(container.querySelectorAll('.pick-group'));
    expect(groups.map((g) => g.querySelector('.pick-group__title')?.textContent)).toEqual(['自提 · 3 号门', '自提 · 公司前台', '送货上门']);
    expect(groups[0].querySelector('.pick-group__count')?.textContent).toBe('2 单 · 3 件');
    expect(groups[0].querySelector('.pick-total')?.textContent).toBe('秦岭土蜂蜜 500g ×3');
    expect(groups[0].textContent).toContain('取货码 204816');
    expect(groups[0].textContent).toContain('待取货');
    expect(groups[2].textContent).toContain('科技园 B 座 5 楼');
    // a paid order at a point reads as on its own page and in the order list: 待到货 (not the shop's 待发货)
    expect(Array.from(groups[0].querySelectorAll('.pick-order__status')).map((e) => e.textContent)).toEqual(expect.arrayContaining(['待到货', '待取货']));
    expect(groups[2].querySelector('.pick-order__status')?.textContent).toBe('待送货');
    expect(container.textContent).not.toContain('待发货');
    // 到货了 only at pickup points
    expect(groups.map((g) => g.querySelector('.mark-ready') !== null)).toEqual([true, true, false]);
  });

  it('到货了 asks first (it tells every paid buyer there), then marks that point ready', async () => {
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never);
    const { container } = openLive({ 'drop.markReady': () => ({ moved: 1 }) });
    await screen.findByText('本周土蜂蜜');
    fireEvent.click(container.querySelectorAll('.mark-ready')[1]);
    await waitFor(() => expect(callsOf('drop', 'markReady')).toEqual([{ dropId: 'drop-1', pickupIndex: 1 }]));
    expect(modal.mock.calls[0][0]).toMatchObject({ title: dropsUi.pick.readyTitle('公司前台'), content: dropsUi.pick.readyBody(1) });
  });

  it('a pickup point with nothing paid says so and offers no 到货了', async () => {
    const drop = aDrop();
    const list = aPickList(drop);
    list.groups[1] = { ...list.groups[1], totals: [], orders: [] };
    const { container } = openLive({ 'drop.pickList': () => list });
    await screen.findByText('本周土蜂蜜');
    const empty = container.querySelector('.pick-group--pickup-1') as Element;
    expect(empty.textContent).toContain(dropsUi.pick.none);
    expect(empty.querySelector('.mark-ready')).toBeNull();
    expect(empty.querySelector('.pick-group__totals')).toBeNull();
  });

  it('到货了 declined sends nothing', async () => {
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' } as never);
    const { container } = openLive();
    await screen.findByText('本周土蜂蜜');
    fireEvent.click(container.querySelectorAll('.mark-ready')[0]);
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled());
    await act(async () => Promise.resolve());
    expect(callsOf('drop', 'markReady')).toEqual([]);
  });

  it('提前截止 closes after a confirm', async () => {
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never);
    openLive({ 'drop.close': () => aDrop({ status: 'closed', closedAt: new Date().toISOString() }) });
    await screen.findByText('本周土蜂蜜');
    fireEvent.click(screen.getByText(dropsUi.live.close));
    await waitFor(() => expect(callsOf('drop', 'close')).toEqual([{ dropId: 'drop-1' }]));
  });

  it('a pickup code completes that order and says whose it was', async () => {
    const { container } = openLive({ 'order.verifyPickup': () => anOrder({ address: { name: '王小明', phone: '13800138000', detail: '' } }) });
    await screen.findByText('本周土蜂蜜');
    const input = container.querySelector('.pickup-code-input') as Element;
    await waitFor(() => expect(input.querySelector('input')).not.toBeNull());
    act(() => {
      input.dispatchEvent(new CustomEvent('input', { detail: { value: '20 48-12' }, bubbles: true }));
    });
    fireEvent.click(screen.getByText(dropsUi.code.submit));
    // sent with this drop's id: a code of another drop is not handed over here
    await waitFor(() => expect(callsOf('order', 'verifyPickup')).toEqual([{ code: '204812', dropId: 'drop-1' }]));
    expect(await screen.findByText(dropsUi.code.done('王小明'))).toBeTruthy();
  });

  it('an unknown code says so clearly; a short or mistyped one is not sent', async () => {
    const { container } = openLive({
      'order.verifyPickup': () => {
        throw new ApiError('NOT_FOUND', '没有找到');
      },
    });
    await screen.findByText('本周土蜂蜜');
    const input = container.querySelector('.pickup-code-input') as Element;
    await waitFor(() => expect(input.querySelector('input')).not.toBeNull());
    act(() => {
      input.dispatchEvent(new CustomEvent('input', { detail: { value: '2048' }, bubbles: true }));
    });
    fireEvent.click(screen.getByText(dropsUi.code.submit));
    expect(await screen.findByText(dropsUi.code.invalid(6))).toBeTruthy();
    expect(callsOf('order', 'verifyPickup')).toEqual([]);

    // one digit off (204812's last digit mistyped): the check digit catches it before anything is sent
    act(() => {
      input.dispatchEvent(new CustomEvent('input', { detail: { value: '204816' }, bubbles: true }));
    });
    fireEvent.click(screen.getByText(dropsUi.code.submit));
    expect(await screen.findByText('取货码有误，请核对')).toBeTruthy();
    expect(callsOf('order', 'verifyPickup')).toEqual([]);

    act(() => {
      input.dispatchEvent(new CustomEvent('input', { detail: { value: '999999' }, bubbles: true }));
    });
    fireEvent.click(screen.getByText(dropsUi.code.submit));
    expect(await screen.findByText(dropsUi.code.notFound)).toBeTruthy();
    expect(callsOf('order', 'verifyPickup')).toEqual([{ code: '999999', dropId: 'drop-1' }]);
  });

  it('导出 CSV asks export.csv for this drop’s pick list and downloads the file', async () => {
    const file = { filename: '接龙分货单.csv', url: '/uploads/exports/abc.csv', fileID: null, rows: 4, bytes: 300, expiresAt: new Date().toISOString() };
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' } as never);
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    openLive({ 'export.csv': () => file });
    await screen.findByText('本周土蜂蜜');
    fireEvent.click(screen.getByText(dropsUi.pick.exportCsv));
    await waitFor(() => expect(callsOf('export', 'csv')).toEqual([{ kind: 'drop', dropId: 'drop-1' }]));
    await waitFor(() => expect(clicked).toEqual(['接龙分货单.csv']));
    expect(toast).toHaveBeenCalled();
    click.mockRestore();
  });

  it('offers no 扫码 in the browser (WeChat only)', async () => {
    openLive();
    await screen.findByText('本周土蜂蜜');
    expect(screen.queryByText(dropsUi.code.scan)).toBeNull();
  });
});

describe('the seller’s drops', () => {
  it('lists open drops first, then closed ones, and opens a drop from its row', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
    backend({
      'drop.list': () => ({
        drops: [aDrop({ id: 'old', title: '上周核桃', status: 'closed', closedAt: new Date(Date.now() - 3 * DAY).toISOString() }), aDrop({ id: 'now', title: '本周土蜂蜜' })],
      }),
      'shop.mine': () => aShop(),
    });
    at('seller/drops/index', {});
    const { container } = render(<SellerDropsPage />);
    await screen.findByText('本周土蜂蜜');
    expect(Array.from(container.querySelectorAll('.drops-row__title')).map((e) => e.textContent)).toEqual(['本周土蜂蜜', '上周核桃']);
    expect(container.querySelector('.drops-row--open .drops-row__when')?.textContent).toMatch(/截止$/);
    fireEvent.click(container.querySelector('.drops-row--open') as Element);
    expect(navigate).toHaveBeenCalledWith({ url: '/seller/drop/index?dropId=now' });
  });
});
