import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import HomePage from '../../src/pages/home';
import { ApiError, callFunction } from '../../src/api';
import type { Order } from '../../types/order';
import { homeUi } from '../../types/zh-CN/home-ui';
import { aShop } from './fixtures';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});
jest.mock('../../src/dev/dev-mode', () => ({ probeDevMode: () => Promise.resolve('off') }));

const call = callFunction as jest.MockedFunction<typeof callFunction>;

type Answer = unknown | ApiError;
function backend(answers: { mine: Answer; following: Answer; listMine: Answer }) {
  call.mockImplementation(((fn: string, action: string) => {
    const key = fn === 'shop' && action === 'mine' ? 'mine' : fn === 'shop' && action === 'following' ? 'following' : fn === 'order' && action === 'listMine' ? 'listMine' : null;
    if (!key) return Promise.reject(new Error(`unexpected ${fn}.${action}`));
    const a = answers[key];
    return a instanceof ApiError ? Promise.reject(a) : Promise.resolve(a);
  }) as unknown as typeof callFunction);
}

const unauthenticated = () => new ApiError('UNAUTHENTICATED', '请先登录');
const anOrder = (id: string, shopName: string): Order =>
  ({
    id,
    shopId: 'shop-9',
    shopName,
    status: 'shipped',
    items: [{ productId: 'p1', title: '秦岭土蜂蜜', priceFen: 6800, qty: 1, image: null }],
    totalFen: 6800,
    createdAt: '2026-11-20T10:00:00+08:00',
    viewerIsOwner: false,
  }) as unknown as Order;

function openHome() {
  Current.router = { params: {}, path: '/pages/home/index', $taroPath: 'pages/home/index', onReady: '', onHide: '', onShow: '' };
  return render(<HomePage />);
}

let navigate: jest.SpyInstance;
beforeEach(() => {
  call.mockReset();
  navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
});
afterEach(() => navigate.mockRestore());

describe('the launch page (opened without a link)', () => {
  it('leads the seller to their console and their own shop', async () => {
    backend({ mine: aShop({ id: 'shop-1', name: '林晓的商洛山货' }), following: { shops: [] }, listMine: { orders: [], nextCursor: null, counts: {} } });
    const { container } = openHome();
    expect(await screen.findByText('林晓的商洛山货')).toBeTruthy();
    expect(container.querySelector('.open-shop-card')).toBeNull();
    fireEvent.click(screen.getByText(homeUi.myShop.console));
    expect(navigate).toHaveBeenLastCalledWith({ url: '/seller/console/index' });
    fireEvent.click(screen.getByText(homeUi.myShop.view));
    expect(navigate).toHaveBeenLastCalledWith({ url: '/pages/shop/index?shopId=shop-1' });
  });

  it('offers a newcomer to open a shop, and shows the shops they follow or muted and their latest orders', async () => {
    backend({
      mine: new ApiError('NOT_FOUND', '你还没有开店'),
      following: { shops: [{ id: 'shop-a', name: '甲的核桃', avatarUrl: null, state: 'following' }, { id: 'shop-b', name: '乙的蜂蜜', avatarUrl: null, state: 'muted' }] },
      listMine: { orders: [anOrder('o-1', '丙的茶'), anOrder('o-2', '丙的茶'), anOrder('o-3', '丁的米'), anOrder('o-4', '戊的油')], nextCursor: 'c', counts: {} },
    });
    const { container } = openHome();
    expect(await screen.findByText('甲的核桃')).toBeTruthy();
    expect(container.querySelector('.open-shop-card')).not.toBeNull();
    expect(container.querySelector('.my-shop-card')).toBeNull();
    expect(container.querySelector('.followed-shop--muted')?.textContent).toContain(homeUi.following.muted);
    expect(container.querySelector('.followed-shop--following')?.textContent).toContain(homeUi.following.following);
    // The latest three orders, the rest one tap away.
    await waitFor(() => expect(container.querySelectorAll('.recent-orders .order-row')).toHaveLength(3));

    fireEvent.click(container.querySelector('.open-shop-entry') as Element);
    expect(navigate).toHaveBeenLastCalledWith({ url: '/seller/console/index' });
    fireEvent.click(screen.getByText('乙的蜂蜜'));
    expect(navigate).toHaveBeenLastCalledWith({ url: '/pages/shop/index?shopId=shop-b' });
    fireEvent.click(container.querySelectorAll('.recent-orders .order-row')[0]);
    expect(navigate).toHaveBeenLastCalledWith({ url: '/pages/order/index?orderId=o-1' });
    fireEvent.click(screen.getByText(homeUi.orders.all));
    expect(navigate).toHaveBeenLastCalledWith({ url: '/pages/orders/index' });
  });

  it('puts a returning friend\'s shops and orders first, and 开一家小店 as one small entry after them', async () => {
    backend({
      mine: new ApiError('NOT_FOUND', '你还没有开店'),
      following: { shops: [{ id: 'shop-a', name: '甲的核桃', avatarUrl: null, state: 'following' }] },
      listMine: { orders: [anOrder('o-1', '丙的茶')], nextCursor: null, counts: {} },
    });
    const { container } = openHome();
    await waitFor(() => expect(container.querySelectorAll('.recent-orders .order-row')).toHaveLength(1));
    expect(await screen.findByText('甲的核桃')).toBeTruthy();
    const order = [...container.querySelectorAll('.followed-shops, .recent-orders, .open-shop-card')].map((el) => el.classList[0] === 'open-shop-card' ? 'open' : el.classList[1]);
    expect(order).toEqual(['followed-shops', 'recent-orders', 'open']);
    // Not the big card with its explanation: a compact row that still opens the console.
    expect(screen.queryByText(homeUi.openShop.text)).toBeNull();
    fireEvent.click(container.querySelector('.open-shop-entry') as Element);
    expect(navigate).toHaveBeenLastCalledWith({ url: '/seller/console/index' });
  });

  it('shows a newcomer with no orders and no shops 开一家小店 first, explained', async () => {
    backend({ mine: new ApiError('NOT_FOUND', '你还没有开店'), following: { shops: [] }, listMine: { orders: [], nextCursor: null, counts: {} } });
    const { container } = openHome();
    expect(await screen.findByText(homeUi.openShop.text)).toBeTruthy();
    await screen.findByText(homeUi.orders.empty);
    const first = container.querySelector('.open-shop-card, .followed-shops, .recent-orders');
    expect(first?.classList.contains('open-shop-card')).toBe(true);
  });

  it('says where to go, without sections that need an identity, to someone anonymous', async () => {
    backend({ mine: unauthenticated(), following: unauthenticated(), listMine: unauthenticated() });
    const { container } = openHome();
    expect(await screen.findByText(homeUi.anonymous.title)).toBeTruthy();
    expect(container.querySelector('.followed-shops')).toBeNull();
    expect(container.querySelector('.recent-orders')).toBeNull();
    expect(container.querySelector('.open-shop-card')).toBeNull();
    expect(container.querySelector('.error-state')).toBeNull();
  });

  it('keeps the other sections when one fails, and retries it', async () => {
    backend({ mine: new ApiError('NOT_FOUND', '你还没有开店'), following: new ApiError('INTERNAL', '服务器开小差了'), listMine: { orders: [anOrder('o-1', '丙的茶')], nextCursor: null, counts: {} } });
    const { container } = openHome();
    expect(await screen.findByText(homeUi.following.loadFailed)).toBeTruthy();
    expect(container.querySelector('.open-shop-card')).not.toBeNull();
    await waitFor(() => expect(container.querySelectorAll('.recent-orders .order-row')).toHaveLength(1));

    backend({ mine: new ApiError('NOT_FOUND', '你还没有开店'), following: { shops: [{ id: 'shop-a', name: '甲的核桃', avatarUrl: null, state: 'following' }] }, listMine: { orders: [], nextCursor: null, counts: {} } });
    fireEvent.click(container.querySelector('.followed-shops .retry-button') as Element);
    expect(await screen.findByText('甲的核桃')).toBeTruthy();
    expect(screen.queryByText(homeUi.following.loadFailed)).toBeNull();
  });
});
