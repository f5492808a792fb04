/**
 * Issue 14: a friend never loses their way. One bottom bar (店铺 · 购物车 n · 我的订单) on the friend's pages,
 * 再来一单 on the order (today's price, bounded by stock, saying what could not be added), and a useful next
 * step instead of 重试 when what a link points at is gone.
 */
import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import ShopPage from '../../src/pages/shop';
import ProductPage from '../../src/pages/product';
import OrderPage from '../../src/pages/order';
import OrdersPage from '../../src/pages/orders';
import CartPage from '../../src/pages/cart';
import { ApiError, callFunction } from '../../src/api';
import { OrderWayBack } from '../../src/features/friend-nav';
import { reorderPlan } from '../../src/features/cart';
import { useCart } from '../../src/stores/cart';
import { createLastShopStore, useLastShop } from '../../src/stores/last-shop';
import type { Order } from '../../types/order';
import { friendNavUi as F } from '../../types/zh-CN/friend-nav';
import { ui } from '../../types/zh-CN/ui';
import { ordersUi } from '../../types/zh-CN/orders-ui';
import { anOrder, aProduct, aShop } from './fixtures';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});
jest.mock('../../src/dev/dev-mode', () => ({ probeDevMode: () => Promise.resolve('off') }));

const call = callFunction as jest.MockedFunction<typeof callFunction>;
type Answer = (fn: string, action: string) => unknown;
function answer(fn: Answer) {
  call.mockImplementation(((f: string, a: string) => {
    const v = fn(f, a);
    return v instanceof Error ? Promise.reject(v) : Promise.resolve(v);
  }) as unknown as typeof callFunction);
}
function open(page: string, params: Record<string, string>, Page: () => JSX.Element) {
  Current.router = { params, path: `/pages/${page}/index`, $taroPath: `pages/${page}/index`, onReady: '', onHide: '', onShow: '' };
  return render(<Page />);
}

const shop = aShop({ id: 'sShop23456789', name: '林晓的商洛山货' });
const honey = aProduct({ id: 'pHoney', shopId: shop.id, title: '秦岭土蜂蜜 500g', priceFen: 6800, stock: 5 });
const walnut = aProduct({ id: 'pWalnut', shopId: shop.id, title: '商洛核桃 2 斤', priceFen: 4500, stock: 1 });
const tea = aProduct({ id: 'pTea', shopId: shop.id, title: '紫阳富硒茶', priceFen: 3800, stock: 0 });
const order = (over: Partial<Order> = {}) =>
  anOrder({
    shopId: shop.id,
    shopName: shop.name,
    totalFen: 22100,
    items: [
      { productId: 'pHoney', title: '秦岭土蜂蜜 500g', priceFen: 5800, qty: 2, image: null },
      { productId: 'pWalnut', title: '商洛核桃 2 斤', priceFen: 4500, qty: 3, image: null },
      { productId: 'pTea', title: '紫阳富硒茶', priceFen: 3800, qty: 1, image: null },
      { productId: 'pGone', title: '去年的板栗', priceFen: 3000, qty: 1, image: null },
    ],
    ...over,
  });

let navigate: jest.SpyInstance;
let modal: jest.SpyInstance;
beforeEach(() => {
  call.mockReset();
  useCart.getState().clear();
  useLastShop.setState({ shopId: null, name: null });
  navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
  modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never);
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' } as never);
});
afterEach(() => jest.restoreAllMocks());

const urls = () => navigate.mock.calls.map((c) => (c[0] as { url: string }).url);
const tab = (container: HTMLElement, key: string) => container.querySelector(`.friend-nav__tab--${key}`) as Element;

describe('the bottom bar on the friend’s pages', () => {
  it('shows the frame at once while the shop loads, then leads to 我的订单 and the cart (with its count) in one tap', async () => {
    useCart.getState().add({ productId: 'pHoney', shopId: shop.id, title: '秦岭土蜂蜜 500g', priceFen: 6800, image: null, qty: 2, stock: 5 });
    let resolve!: (v: unknown) => void;
    call.mockImplementation((() => new Promise((r) => (resolve = r))) as unknown as typeof callFunction);
    const { container } = open('shop', { shopId: shop.id }, ShopPage);
    // the frame before any answer: the skeleton and the bar
    expect(container.querySelector('.page-skeleton')).not.toBeNull();
    expect(container.querySelector('.friend-nav')).not.toBeNull();
    expect(container.querySelector('.cart-badge')?.textContent).toBe('2');
    resolve({ shop, products: [honey] });
    expect(await screen.findByText('秦岭土蜂蜜 500g')).toBeTruthy();
    expect(container.querySelector('.page-skeleton')).toBeNull();
    // the shop is where the cart and the orders lead back to
    expect(useLastShop.getState()).toMatchObject({ shopId: shop.id, name: shop.name });

    fireEvent.click(tab(container, 'shop')); // already here: nothing happens
    fireEvent.click(tab(container, 'orders'));
    fireEvent.click(tab(container, 'cart'));
    expect(urls()).toEqual(['/pages/orders/index', '/pages/cart/index']);
  });

  it('puts the product’s 加入购物车 / 立即购买 beside 店铺 · 购物车 · 我的订单, 店铺 leading to the product’s shop', async () => {
    // A shop that can be paid (a transfer note): the product page asks the shop and keeps its buttons.
    const payable = { ...shop, payment: { ...shop.payment, transferNote: '微信转账给林晓' } };
    answer((f) => (f === 'catalog' ? { ...honey, reviews: [] } : f === 'shop' ? { shop: payable, products: [honey] } : new Error(f)));
    const { container } = open('product', { productId: 'pHoney' }, ProductPage);
    await screen.findByText('秦岭土蜂蜜 500g');
    // the product page asks the shop whether it can take orders; let that answer arrive before looking at the bar
    await waitFor(() => expect(call.mock.calls.some(([f]) => f === 'shop')).toBe(true));
    await act(async () => undefined);
    const bar = container.querySelector('.friend-nav') as Element;
    expect(bar.querySelector('.add-to-cart')).not.toBeNull();
    expect(bar.querySelector('.buy-now')).not.toBeNull();
    fireEvent.click(bar.querySelector('.add-to-cart') as Element);
    await waitFor(() => expect(container.querySelector('.cart-badge')?.textContent).toBe('1'));
    fireEvent.click(tab(container, 'shop'));
    expect(urls()).toEqual([`/pages/shop/index?shopId=${shop.id}`]);
  });

  it('leads from the orders list and the empty cart back to the last shop looked at, or to the launch page when there is none', async () => {
    answer(() => ({ orders: [], counts: {}, nextCursor: null }));
    const first = open('cart', {}, CartPage);
    fireEvent.click(screen.getByText(`${F.back.toHome} ›`));
    expect(urls()).toEqual(['/pages/home/index']);
    first.unmount();

    useLastShop.getState().seen(shop.id, shop.name);
    const { container } = open('orders', {}, OrdersPage);
    await screen.findByText(ordersUi.orders.empty);
    fireEvent.click(screen.getByText(`${F.back.toShop(shop.name)} ›`));
    fireEvent.click(tab(container, 'shop'));
    expect(urls().slice(1)).toEqual([`/pages/shop/index?shopId=${shop.id}`, `/pages/shop/index?shopId=${shop.id}`]);
  });

  it('remembers the last shop across launches, and ignores a damaged record', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
    createLastShopStore(storage).getState().seen(shop.id, shop.name);
    createLastShopStore(storage).getState().seen(shop.id); // a product page of the same shop keeps the name
    expect(createLastShopStore(storage).getState()).toMatchObject({ shopId: shop.id, name: shop.name });
    map.set('shuren.lastShop', JSON.stringify({ state: { shopId: 42, name: '<b>' }, version: 1 }));
    expect(createLastShopStore(storage).getState()).toMatchObject({ shopId: null, name: null });
  });
});

describe('再来一单', () => {
  it('plans today’s price, bounded by stock and by what the cart holds, and names what could not be added', () => {
    const plan = reorderPlan(order().items, [{ ...honey, priceFen: 6800 }, walnut, tea], new Map([['pHoney', 4]]));
    expect(plan.lines.map((l) => [l.productId, l.qty, l.priceFen])).toEqual([
      ['pHoney', 1, 6800],
      ['pWalnut', 1, 4500],
    ]);
    expect(plan.notes).toEqual([F.reorder.fewer('秦岭土蜂蜜 500g', 1), F.reorder.fewer('商洛核桃 2 斤', 1), F.reorder.soldOut('紫阳富硒茶'), F.reorder.gone('去年的板栗')]);
  });

  it('on the order page: puts what can be bought in the cart, says what could not, then opens the cart', async () => {
    answer((f, a) => (f === 'order' && a === 'get' ? order() : f === 'shop' && a === 'get' ? { shop, products: [honey, walnut, tea] } : new Error(`${f}.${a}`)));
    const { container } = open('order', { orderId: 'o1' }, OrderPage);
    const button = await screen.findByText(F.reorder.button);
    expect(container.querySelector('.order-way-back .shop-way-back')?.textContent).toBe(`${F.back.toShop(shop.name)} ›`);
    // two quick taps before the page re-renders: the second adds nothing
    act(() => {
      fireEvent.click(button);
      fireEvent.click(button);
    });
    await waitFor(() => expect(urls()).toEqual(['/pages/cart/index']));
    expect(useCart.getState().lines.map((l) => [l.productId, l.qty, l.priceFen])).toEqual([
      ['pHoney', 2, 6800],
      ['pWalnut', 1, 4500],
    ]);
    const said = (modal.mock.calls[0][0] as { content: string }).content;
    expect(said).toContain(F.reorder.fewer('商洛核桃 2 斤', 1));
    expect(said).toContain(F.reorder.soldOut('紫阳富硒茶'));
    expect(said).toContain(F.reorder.gone('去年的板栗'));
    // the shop's link on the order
    fireEvent.click(container.querySelector('.order-way-back .shop-way-back') as Element);
    expect(urls()[1]).toBe(`/pages/shop/index?shopId=${shop.id}`);
  });

  it('is not offered before the order is paid (finish this one first); the way back to the shop always is', async () => {
    for (const status of ['pending_payment', 'awaiting_confirmation'] as const) {
      const { container, unmount } = render(<OrderWayBack order={order({ status })} />);
      expect(container.querySelector('.reorder')).toBeNull();
      expect(container.querySelector('.order-way-back .shop-way-back')?.textContent).toBe(`${F.back.toShop(shop.name)} ›`);
      unmount();
    }
    for (const status of ['paid', 'shipped', 'completed', 'cancelled', 'after_sale', 'refunded'] as const) {
      const { container, unmount } = render(<OrderWayBack order={order({ status })} />);
      expect(container.querySelector('.reorder')?.textContent).toBe(F.reorder.button);
      expect(container.querySelector('.order-way-back .shop-way-back')).not.toBeNull();
      unmount();
    }
  });

  // A drop's order (issue 17) was the drop's: it is over, and 再来一单 would put its products in the shop's cart at
  // the shop's price, by courier — not what a friend who joined a 接龙 for a pickup expects.
  it('is not offered on a drop’s order, in any status; the way back to the shop still is', async () => {
    for (const status of ['paid', 'ready', 'completed', 'cancelled', 'refunded'] as const) {
      const { container, unmount } = render(<OrderWayBack order={{ ...order({ status }), dropId: 'd1' }} />);
      expect(container.querySelector('.reorder')).toBeNull();
      expect(container.querySelector('.order-way-back .shop-way-back')).not.toBeNull();
      unmount();
    }
  });

  it('adds nothing and opens nothing when none of the order can be bought now', async () => {
    answer(() => ({ shop, products: [tea] }));
    render(<OrderWayBack order={order({ items: [order().items[2]] })} />);
    fireEvent.click(screen.getByText(F.reorder.button));
    await waitFor(() => expect(modal).toHaveBeenCalled());
    expect((modal.mock.calls[0][0] as { content: string }).content).toContain(F.reorder.noneAdded);
    expect(useCart.getState().lines).toEqual([]);
    expect(navigate).not.toHaveBeenCalled();
  });
});

describe('when what a link points at is gone', () => {
  it('a gone shop offers 回到首页 and 我的订单, not 重试', async () => {
    answer(() => new ApiError('NOT_FOUND', '没有找到这家店铺。'));
    const { container } = open('shop', { shopId: 'gone' }, ShopPage);
    await screen.findByText('没有找到这家店铺。');
    expect(container.querySelector('.error-state')?.textContent).toContain(ui.shop.notFound);
    expect(screen.queryByText(ui.common.retry)).toBeNull();
    fireEvent.click(screen.getByText(F.back.toHome));
    fireEvent.click(screen.getByText(F.back.myOrders));
    expect(urls()).toEqual(['/pages/home/index', '/pages/orders/index']);
  });

  it('a gone product leads back to the last shop the friend looked at', async () => {
    useLastShop.getState().seen(shop.id, shop.name);
    answer(() => new ApiError('NOT_FOUND', '没有找到这件商品。'));
    open('product', { productId: 'gone' }, ProductPage);
    await screen.findByText('没有找到这件商品。');
    expect(screen.queryByText(ui.common.retry)).toBeNull();
    fireEvent.click(screen.getByText(F.back.toShop(shop.name)));
    expect(urls()).toEqual([`/pages/shop/index?shopId=${shop.id}`]);
  });

  it('an order not found leads to 我的订单', async () => {
    answer(() => new ApiError('NOT_FOUND', '没有找到这个订单。'));
    open('order', { orderId: 'gone' }, OrderPage);
    await screen.findByText('没有找到这个订单。');
    expect(screen.queryByText(ui.common.retry)).toBeNull();
    fireEvent.click(screen.getByText(F.back.myOrders));
    expect(urls()).toEqual(['/pages/orders/index']);
  });
});
