import { render, screen, waitFor } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import ShopPage from '../../src/pages/shop';
import { ApiError, callFunction } from '../../src/api';
import type { ShopWithProducts } from '../../types/shop';
import { SHOP_DATA_ELEMENT_ID } from '../../types/shop-link';
import { ui } from '../../types/zh-CN/ui';
import { aProduct, aShop } from './fixtures';

// The shop page opened from the short link: the host put shop.get's answer into the page (cloud/host/shop-page.ts).
jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});
jest.mock('../../src/dev/dev-mode', () => ({ probeDevMode: () => Promise.resolve('off') }));

const call = callFunction as jest.MockedFunction<typeof callFunction>;
let shopAnswer: () => Promise<ShopWithProducts> = () => new Promise(() => undefined);

function openShopPage(shopId: string) {
  Current.router = { params: { shopId }, path: '/pages/shop/index', $taroPath: 'pages/shop/index', onReady: '', onHide: '', onShow: '' };
  return render(<ShopPage />);
}

const embedded: ShopWithProducts = { shop: aShop({ id: 'shop-1', name: '页面里带来的店' }), products: [aProduct({ title: '页面里的核桃', position: 1 })] };

beforeAll(() => {
  const el = document.createElement('script');
  el.type = 'application/json';
  el.id = SHOP_DATA_ELEMENT_ID;
  el.textContent = JSON.stringify({ shopId: 'shop-1', data: embedded });
  document.head.appendChild(el);
});

beforeEach(() => {
  call.mockReset();
  call.mockImplementation(((fn: string, action: string) => {
    if (fn === 'shop' && action === 'get') return shopAnswer();
    if (fn === 'drop' && action === 'listShop') return Promise.resolve({ drops: [] });
    return new Promise(() => undefined);
  }) as unknown as typeof callFunction);
});

// In order: the page's data is shown once, for its own shop only.
describe('the shop page opened from the short link', () => {
  it('does not show the page’s data for another shop: it loads that shop', () => {
    const { container, unmount } = openShopPage('shop-2');
    expect(container.querySelector('.loading-state')).not.toBeNull();
    expect(container.querySelector('.product-card')).toBeNull();
    expect(call).toHaveBeenCalledWith('shop', 'get', { shopId: 'shop-2' });
    unmount();
  });

  it('shows the embedded shop and products at once, then refreshes them quietly without a loading flash', async () => {
    let answer!: (v: ShopWithProducts) => void;
    shopAnswer = () => new Promise((resolve) => (answer = resolve));
    const { container, unmount } = openShopPage('shop-1');
    // first render: no answer from the API yet
    expect(container.querySelector('.loading-state')).toBeNull();
    expect(container.querySelector('.shop-name')?.textContent).toBe('页面里带来的店');
    expect(container.querySelector('.product-card .product-title')?.textContent).toBe('页面里的核桃');
    expect(call).toHaveBeenCalledWith('shop', 'get', { shopId: 'shop-1' });

    answer({ shop: embedded.shop, products: [aProduct({ title: '刚上新的蜂蜜', position: 1 })] });
    expect(await screen.findByText('刚上新的蜂蜜')).toBeTruthy();
    expect(container.querySelector('.loading-state')).toBeNull();
    unmount();
  });

  it('a later visit to the shop page asks the API again instead of showing the data from when the link was opened', async () => {
    shopAnswer = () => Promise.reject(new ApiError('INTERNAL', '服务器开小差了'));
    const { container } = openShopPage('shop-1');
    // the second visit does not reuse data from when the link was opened: it asks, showing loading
    expect(container.querySelector('.loading-state')).not.toBeNull();
    await waitFor(() => expect(container.querySelector('.error-state')).not.toBeNull());
    expect(container.textContent).toContain(ui.shop.loadFailed);
  });
});
