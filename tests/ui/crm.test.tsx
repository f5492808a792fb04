import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import SellerConsolePage from '../../src/seller/console';
import FollowUpsPage from '../../src/seller/followups';
import CustomerPage from '../../src/seller/customer';
import { ApiError, callFunction } from '../../src/api';
import { barsOf, rememberCustomers, tagError, tagsError } from '../../src/features/crm';
import type { Customer, FollowUp, SalesSummary } from '../../types/crm';
import type { Order } from '../../types/order';
import type { PostPolicyView } from '../../types/post';
import { DEFAULT_POLICY } from '../../types/shop';
import { crmUi } from '../../types/zh-CN/crm-ui';
import { formsUi } from '../../types/zh-CN/forms-ui';
import { aShop } from './fixtures';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});
jest.mock('../../src/dev/dev-mode', () => ({ probeDevMode: () => Promise.resolve('off') }));
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual<Record<string, unknown> & { default: Record<string, unknown> }>('@tarojs/taro');
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: { customerId: 'cus-1' } }) };
});

const call = callFunction as jest.MockedFunction<typeof callFunction>;
type Handler = (params: Record<string, unknown>) => unknown;

/** The mocked backend: `fn.action` → an answer (or a thrown error). */
function backend(table: Record<string, Handler>) {
  call.mockImplementation(((fn: string, action: string, params: Record<string, unknown>) => {
    const h = table[`${fn}.${action}`];
    if (!h) return Promise.reject(new Error(`unexpected ${fn}.${action}`));
    try {
      return Promise.resolve(h(params));
    } catch (err) {
      return Promise.reject(err);
    }
  }) as never);
}

function anOrder(id: string, name: string, overdue: boolean, dueBy: string): Order {
  return {
    id,
    status: 'after_sale',
    address: { name, phone: '13800138000', detail: '某地' },
    afterSale: { type: 'refund', reason: '坏了', status: 'requested', note: null, requestedAt: dueBy, resolvedAt: null, dueBy, overdue },
  } as unknown as Order;
}

const summary: SalesSummary = {
  days: 30,
  revenueFen: 123456,
  orders: 17,
  buyers: 9,
  repeatBuyerRate: 0.3333,
  bestProducts: [
    { productId: 'p1', title: '商洛核桃', qty: 12, revenueFen: 81600 },
    { productId: 'p2', title: '土蜂蜜', qty: 5, revenueFen: 29000 },
  ],
  daily: [
    { date: '2026-11-21', revenueFen: 10000, orders: 1 },
    { date: '2026-11-22', revenueFen: 0, orders: 0 },
    { date: '2026-11-23', revenueFen: 40000, orders: 3 },
    { date: '2026-11-24', revenueFen: 20000, orders: 2 },
  ],
};

const policyView: PostPolicyView = { policy: DEFAULT_POLICY, usage: { today: 1, last7Days: 3 } as PostPolicyView['usage'], nextAllowedAt: null };

function aFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'fu-1',
    customerId: 'cus-1',
    customerName: '王小明',
    orderId: 'ord-1',
    productTitles: ['商洛核桃'],
    completedAt: '2026-11-16T02:00:00Z',
    dueAt: '2026-11-23T02:00:00Z',
    status: 'due',
    text: '王小明你好呀！前阵子的商洛核桃收到一段时间了，用着还满意吗？',
    ...overrides,
  };
}

function aCustomer(overrides: Partial<Customer> = {}): Customer {
  return { id: 'cus-1', name: '王小明', orders: 2, totalFen: 13600, lastOrderAt: '2026-11-16T02:00:00Z', afterSales: 0, note: '', tags: [], ...overrides };
}

beforeEach(() => call.mockReset());

describe('the console’s today and sales sections', () => {
  it('shows the counts, overdue after-sales first, follow-ups due and the sales figures, all from the api', async () => {
    backend({
      'shop.mine': () => aShop({ name: '林晓的商洛山货' }),
      'order.listShop': (p) =>
        p.status === 'after_sale'
          ? { orders: [anOrder('o-late', '李四', false, '2026-11-25T00:00:00Z'), anOrder('o-over', '张三', true, '2026-11-26T00:00:00Z')], nextCursor: null, counts: {} }
          : { orders: [], nextCursor: null, counts: { awaiting_confirmation: 2, paid: 3, after_sale: 2 } },
      'post.policy': () => policyView,
      'post.list': () => [],
      'crm.followups': () => [aFollowUp(), aFollowUp({ id: 'fu-2', status: 'snoozed' })],
      'stats.summary': () => summary,
      'shop.followers': () => ({ following: 12, muted: 2 }),
    });
    const { container } = render(<SellerConsolePage />);
    expect(await screen.findByText('¥1234.56')).toBeTruthy();
    expect(screen.getByText(crmUi.today.heading)).toBeTruthy();

    const tile = (status: string) => container.querySelector(`.today-tile--${status} .today-tile__count`)?.textContent;
    expect(tile('awaiting_confirmation')).toBe('2');
    expect(tile('paid')).toBe('3');
    expect(tile('after_sale')).toBe('2');
    expect(screen.getByText(crmUi.today.overdueCount(1))).toBeTruthy();
    const rows = Array.from(container.querySelectorAll('.after-sale-row__name'), (el) => el.textContent);
    expect(rows).toEqual(['张三', '李四']);

    expect(container.querySelector('.followups-due-count')?.textContent).toBe('1');
    expect(screen.getByText('17')).toBeTruthy();
    expect(screen.getByText('9')).toBeTruthy();
    expect(screen.getByText('33.3%')).toBeTruthy();
    expect(screen.getByText('商洛核桃')).toBeTruthy();
    expect(screen.getByText(crmUi.sales.bestLine(12, '¥816.00'))).toBeTruthy();
    expect(screen.getByText(crmUi.followers.counts(12, 2))).toBeTruthy();
    expect(call).toHaveBeenCalledWith('stats', 'summary', {});
    expect(call).toHaveBeenCalledWith('order', 'listShop', { status: 'after_sale' });

    // The bars: one per day, heights proportional to revenue (the best day is full height).
    const bars = Array.from(container.querySelectorAll<HTMLElement>('.daily-bar'), (el) => el.style.height);
    expect(bars).toEqual(['25%', '0%', '100%', '50%']);

    // The existing links are still there.
    for (const cls of ['orders-link', 'posts-link', 'catalog-link', 'settings-link', 'view-shop-link', 'customers-link']) {
      expect(container.querySelector(`.${cls}`)).not.toBeNull();
    }
  });

  it('bar heights are shares of the best day; all zero when nothing sold', () => {
    expect(barsOf(summary.daily).map((b) => b.heightPct)).toEqual([25, 0, 100, 50]);
    expect(barsOf([{ date: '2026-11-01', revenueFen: 0, orders: 0 }]).map((b) => b.heightPct)).toEqual([0]);
  });
});

describe('tags validation', () => {
  it('refuses blank, too long, duplicate and the eleventh tag, in zh-CN', () => {
    expect(tagError('  ', [])).toBe(crmUi.tags.empty);
    expect(tagError('一二三四五六七八九十一', [])).toBe(crmUi.tags.tooLong(10));
    expect(tagError('一二三四五六七八九十', [])).toBeNull();
    expect(tagError('少糖', ['少糖'])).toBe(crmUi.tags.duplicate);
    const ten = Array.from({ length: 10 }, (_, i) => `t${i}`);
    expect(tagError('新的', ten)).toBe(crmUi.tags.tooMany(10));
    expect(tagsError([...ten, 'x'])).toBe(crmUi.tags.tooMany(10));
    expect(tagsError(ten)).toBeNull();
  });

  it('the editor shows the error, and each add and remove is saved with crm.tag at once (no save button)', async () => {
    rememberCustomers([aCustomer({ tags: ['老客'] })]);
    backend({ 'crm.tag': (p) => aCustomer({ tags: p.tags as string[] }), 'crm.list': () => ({ customers: [aCustomer({ tags: ['老客'] })], nextCursor: null }) });
    const { container } = render(<CustomerPage />);
    expect(await screen.findByText('王小明')).toBeTruthy();

    const input = () => container.querySelector('.tags-editor__input') as HTMLElement;
    const type = (value: string) =>
      act(() => {
        fireEvent(input(), new CustomEvent('input', { detail: { value } }));
      });
    fireEvent.click(container.querySelector('.add-tag') as HTMLElement);
    expect(await screen.findByText(crmUi.tags.empty)).toBeTruthy();

    await type('这个标签实在是太长了啊啊');
    fireEvent.click(container.querySelector('.add-tag') as HTMLElement);
    expect(await screen.findByText(crmUi.tags.tooLong(10))).toBeTruthy();

    expect(call).not.toHaveBeenCalledWith('crm', 'tag', expect.anything());

    await type('喜欢少糖');
    fireEvent.click(container.querySelector('.add-tag') as HTMLElement);
    await waitFor(() => expect(container.querySelectorAll('.tag-chip--editable')).toHaveLength(2));
    await waitFor(() => expect(call).toHaveBeenCalledWith('crm', 'tag', { customerId: 'cus-1', tags: ['老客', '喜欢少糖'] }));
    expect(await screen.findByText(formsUi.tags.saved)).toBeTruthy();
    fireEvent.click(container.querySelector('[data-tag="老客"] .tag-chip__remove') as HTMLElement);
    await waitFor(() => expect(container.querySelectorAll('.tag-chip--editable')).toHaveLength(1));
    await waitFor(() => expect(call).toHaveBeenCalledWith('crm', 'tag', { customerId: 'cus-1', tags: ['喜欢少糖'] }));
    expect(container.querySelector('.save-tags')).toBeNull();
    expect(screen.queryByText('保存标签')).toBeNull();
  });

  it('a tag the server did not take stays on screen, says so, and 重试 sends it again', async () => {
    rememberCustomers([aCustomer({ tags: ['老客'] })]);
    let down = true;
    backend({
      'crm.tag': (p) => {
        if (down) throw new ApiError('INTERNAL', '网络不太好，请稍后再试', {});
        return aCustomer({ tags: p.tags as string[] });
      },
    });
    const { container } = render(<CustomerPage />);
    expect(await screen.findByText('王小明')).toBeTruthy();
    act(() => {
      fireEvent(container.querySelector('.tags-editor__input') as HTMLElement, new CustomEvent('input', { detail: { value: '爱吃辣' } }));
    });
    fireEvent.click(container.querySelector('.add-tag') as HTMLElement);

    expect(await screen.findByText(`${formsUi.tags.failed}：网络不太好，请稍后再试`)).toBeTruthy();
    expect(container.querySelector('[data-tag="爱吃辣"]')).toBeTruthy();
    expect(screen.queryByText(formsUi.tags.saved)).toBeNull();

    down = false;
    fireEvent.click(container.querySelector('.retry-tags') as HTMLElement);
    expect(await screen.findByText(formsUi.tags.saved)).toBeTruthy();
    expect(call).toHaveBeenLastCalledWith('crm', 'tag', { customerId: 'cus-1', tags: ['老客', '爱吃辣'] });
    expect(container.querySelector('.retry-tags')).toBeNull();
    expect(container.querySelector('[data-tag="爱吃辣"]')).toBeTruthy();
  });

  it('leaving the page with a tag typed but not added saves it instead of dropping it', async () => {
    rememberCustomers([aCustomer({ tags: [] })]);
    backend({ 'crm.tag': (p) => aCustomer({ tags: p.tags as string[] }) });
    const { container, unmount } = render(<CustomerPage />);
    expect(await screen.findByText('王小明')).toBeTruthy();
    act(() => {
      fireEvent(container.querySelector('.tags-editor__input') as HTMLElement, new CustomEvent('input', { detail: { value: '周末在家' } }));
    });
    unmount();
    expect(call).toHaveBeenCalledWith('crm', 'tag', { customerId: 'cus-1', tags: ['周末在家'] });
  });
});

describe('the follow-ups page', () => {
  it('copies the text, marks done, and snoozes 3 days through crm.done', async () => {
    const copy = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'ok' } as never);
    backend({
      'crm.followups': () => [aFollowUp(), aFollowUp({ id: 'fu-2', customerName: '李四' }), aFollowUp({ id: 'fu-3', status: 'done', customerName: '不显示' })],
      'crm.done': (p) => aFollowUp({ id: String(p.followUpId), status: p.snoozeDays ? 'snoozed' : 'done' }),
    });
    const { container } = render(<FollowUpsPage />);
    expect(await screen.findByText('李四')).toBeTruthy();
    expect(screen.queryByText('不显示')).toBeNull();
    expect(screen.getByText(crmUi.followUps.hint)).toBeTruthy();

    const card = (id: string) => container.querySelector(`.followup-card[data-id="${id}"]`) as HTMLElement;
    fireEvent.click(card('fu-1').querySelector('.copy-followup') as HTMLElement);
    await waitFor(() => expect(copy).toHaveBeenCalledWith({ data: aFollowUp().text }));

    fireEvent.click(card('fu-1').querySelector('.done-followup') as HTMLElement);
    await waitFor(() => expect(call).toHaveBeenCalledWith('crm', 'done', { followUpId: 'fu-1' }));
    await waitFor(() => expect(card('fu-1')).toBeNull());

    fireEvent.click(card('fu-2').querySelector('.snooze-followup') as HTMLElement);
    await waitFor(() => expect(call).toHaveBeenCalledWith('crm', 'done', { followUpId: 'fu-2', snoozeDays: 3 }));
    await waitFor(() => expect(card('fu-2')).toBeNull());
    expect(await screen.findByText(crmUi.followUps.empty)).toBeTruthy();
    copy.mockRestore();
  });
});
