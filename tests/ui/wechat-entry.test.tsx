import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import ProductPage from '../../src/pages/product';
import ShopPage from '../../src/pages/shop';
import { ApiError, callFunction } from '../../src/api';
import { isSinglePageMode } from '../../src/features/wechat/single-page';
import type { ProductWithReviews } from '../../types/product';
import { ui } from '../../types/zh-CN/ui';
import { wechatUi } from '../../types/zh-CN/wechat-ui';
import { aProduct, aShop } from './fixtures';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});
jest.mock('../../src/dev/dev-mode', () => ({ probeDevMode: () => Promise.resolve('off') }));
const mockMode = { single: false };
jest.mock('../../src/features/wechat/single-page', () => ({
  ...jest.requireActual('../../src/features/wechat/single-page'),
  useSinglePageMode: () => mockMode.single,
}));

const call = callFunction as jest.MockedFunction<typeof callFunction>;

function open(page: 'product' | 'shop', params: Record<string, string>) {
  Current.router = { params, path: `/pages/${page}/index`, $taroPath: `pages/${page}/index`, onReady: '', onHide: '', onShow: '' };
  return render(page === 'product' ? <ProductPage /> : <ShopPage />);
}

const honey = (): ProductWithReviews => ({ ...aProduct({ id: 'pHoney2345678', shopId: 'sShop23456789', title: '秦岭土蜂蜜 500g', stock: 5 }), reviews: [] });

let navigate: jest.SpyInstance;
beforeEach(() => {
  call.mockReset();
  mockMode.single = false;
  navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
});
afterEach(() => navigate.mockRestore());

describe('a poster’s mini program code', () => {
  it('opens the product page with the raw options.scene WeChat passes', async () => {
    call.mockImplementation(((fn: string, action: string) =>
      fn === 'catalog' && action === 'get' ? Promise.resolve(honey()) : Promise.reject(new Error('anonymous'))) as unknown as typeof callFunction);
    open('product', { scene: 'p%3DpHoney2345678' });
    expect(await screen.findByText('秦岭土蜂蜜 500g')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('catalog', 'get', { productId: 'pHoney2345678' });
    expect(screen.queryByText(ui.product.missingProductId)).toBeNull();
  });

  it('opens the shop page with a shop code’s scene', async () => {
    call.mockImplementation(((fn: string, action: string) =>
      fn === 'shop' && action === 'get' ? Promise.resolve({ shop: aShop({ id: 'sShop23456789', name: '林晓的商洛山货' }), products: [] }) : Promise.reject(new Error('anonymous'))) as unknown as typeof callFunction);
    open('shop', { scene: 's%3DsShop23456789' });
    expect(await screen.findByText('林晓的商洛山货')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('shop', 'get', { shopId: 'sShop23456789' });
  });

  it('still says the link is incomplete for a scene that is not ours', async () => {
    open('product', { scene: 'x%3Dwhatever' });
    expect(await screen.findByText(ui.product.missingProductId)).toBeTruthy();
    expect(call).not.toHaveBeenCalled();
  });
});

describe('Moments single-page mode (scene 1154)', () => {
  it('is detected from the scene WeChat reports, only inside WeChat', () => {
    const taro = Taro as unknown as { getEnterOptionsSync?: () => { scene: number } };
    const had = taro.getEnterOptionsSync;
    const env = process.env.TARO_ENV;
    try {
      taro.getEnterOptionsSync = () => ({ scene: 1154 });
      process.env.TARO_ENV = 'weapp';
      expect(isSinglePageMode()).toBe(true);
      taro.getEnterOptionsSync = () => ({ scene: 1007 }); // a chat's share card
      expect(isSinglePageMode()).toBe(false);
      taro.getEnterOptionsSync = () => ({ scene: 1154 });
      process.env.TARO_ENV = 'h5';
      expect(isSinglePageMode()).toBe(false);
    } finally {
      taro.getEnterOptionsSync = had;
      process.env.TARO_ENV = env;
    }
  });

  it('shows the product to read, and says how to buy instead of buttons that would fail', async () => {
    mockMode.single = true;
    call.mockImplementation(((fn: string, action: string) =>
      fn === 'catalog' && action === 'get' ? Promise.resolve(honey()) : Promise.reject(new Error(`no identity for ${fn}.${action}`))) as unknown as typeof callFunction);
    const { container } = open('product', { productId: 'pHoney2345678' });
    expect(await screen.findByText('秦岭土蜂蜜 500g')).toBeTruthy();
    expect(screen.getByText(wechatUi.singlePage.product)).toBeTruthy();
    expect(screen.queryByText(ui.product.addToCart)).toBeNull();
    expect(screen.queryByText(ui.product.buyNow)).toBeNull();
    expect(container.querySelector('.friend-nav')).toBeNull();
    expect(container.querySelector('.shop-link')).toBeNull();
    // Nothing that needs an identity is asked for: only public reads (the product, its shop).
    const asked = call.mock.calls.map((c) => `${c[0]}.${c[1]}`);
    expect(asked).toContain('catalog.get');
    expect(asked.filter((a) => a !== 'catalog.get' && a !== 'shop.get')).toEqual([]);
  });

  it('shows the shop to read, without the follow bar, the cart or navigation', async () => {
    mockMode.single = true;
    // answered by action name: the shop, its open drop (drop.listShop is public), nothing that needs an identity
    const openDrop = {
      id: 'dDrop2345678',
      shopId: 'sShop23456789',
      shopName: '林晓的商洛山货',
      title: '本周接龙：新核桃',
      intro: '',
      items: [],
      closesAt: new Date(Date.now() + 48 * 3600_000).toISOString(),
      fulfilment: { pickup: [], delivery: true, shipping: false },
      showJoiners: true,
      status: 'open',
      closedAt: null,
      createdAt: '2026-11-28T00:00:00Z',
    };
    call.mockImplementation(((fn: string, action: string) =>
      fn === 'shop' && action === 'get'
        ? Promise.resolve({ shop: aShop({ id: 'sShop23456789', name: '林晓的商洛山货' }), products: [aProduct({ id: 'pHoney2345678', title: '秦岭土蜂蜜 500g' })] })
        : fn === 'drop' && action === 'listShop'
          ? Promise.resolve({ drops: [openDrop] })
          : Promise.reject(new Error(`no identity for ${fn}.${action}`))) as unknown as typeof callFunction);
    const { container } = open('shop', { shopId: 'sShop23456789' });
    expect(await screen.findByText('秦岭土蜂蜜 500g')).toBeTruthy();
    expect(screen.getByText(wechatUi.singlePage.shop)).toBeTruthy();
    expect(container.querySelector('.follow-bar')).toBeNull();
    expect(container.querySelector('.friend-nav')).toBeNull();
    fireEvent.click(container.querySelector('.product-card') as Element);
    // the drop is there to read, without a way into a page Moments would not open
    fireEvent.click(await screen.findByText('本周接龙：新核桃'));
    expect(container.querySelector('.shop-drop__cta')).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
    expect(call.mock.calls.map((c) => `${c[0]}.${c[1]}`).sort()).toEqual(['drop.listShop', 'shop.get']);
  });

  it('says a shop or product is gone without offering ways on that Moments would refuse', async () => {
    mockMode.single = true;
    call.mockImplementation((() => Promise.reject(new ApiError('NOT_FOUND', '没有找到。'))) as unknown as typeof callFunction);
    for (const page of ['shop', 'product'] as const) {
      const { container, unmount } = open(page, page === 'shop' ? { shopId: 'sGone' } : { productId: 'pGone' });
      await screen.findByText('没有找到。');
      expect(container.querySelector('.next-steps')).toBeNull();
      expect(container.querySelector('.friend-nav')).toBeNull();
      unmount();
    }
  });
});
