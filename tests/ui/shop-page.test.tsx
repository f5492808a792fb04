import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import ShopPage from '../../src/pages/shop';
import { ApiError, callFunction } from '../../src/api';
import type { Drop } from '../../types/drop';
import type { ShopWithProducts } from '../../types/shop';
import { dropUi } from '../../types/zh-CN/drop-ui';
import { ui } from '../../types/zh-CN/ui';
import { aProduct, aShop } from './fixtures';

// The page's only way out is the api module: mock it at that boundary.
jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});
// The dev identity switcher asks the host whether it is in dev mode; not this test's subject.
jest.mock('../../src/dev/dev-mode', () => ({ probeDevMode: () => Promise.resolve('off') }));

const call = callFunction as jest.MockedFunction<typeof callFunction>;

function openShopPage(params: Record<string, string>) {
  Current.router = { params, path: '/pages/shop/index', $taroPath: 'pages/shop/index', onReady: '', onHide: '', onShow: '' };
  return render(<ShopPage />);
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * The backend by action name: `shop.get` answers from a queue (one answer per load), `drop.listShop` with the
 * shop's drops (none unless a test sets them), anything else (the follow bar's own question) stays unanswered.
 * Answering by call order would let the drop card's `drop.listShop` take an answer meant for the shop.
 */
const shopAnswers: Array<() => Promise<unknown>> = [];
let shopDrops: Drop[] = [];
function answerShop(value: ShopWithProducts | Promise<ShopWithProducts>) {
  shopAnswers.push(() => Promise.resolve(value));
}
function failShop(error: ApiError) {
  shopAnswers.push(() => Promise.reject(error));
}

beforeEach(() => {
  call.mockReset();
  shopAnswers.length = 0;
  shopDrops = [];
  call.mockImplementation(((fn: string, action: string) => {
    if (fn === 'shop' && action === 'get') {
      const next = shopAnswers.shift();
      return next ? next() : Promise.reject(new Error('shop.get asked more often than the test expects'));
    }
    if (fn === 'drop' && action === 'listShop') return Promise.resolve({ drops: shopDrops });
    return new Promise(() => undefined);
  }) as unknown as typeof callFunction);
});

describe('the shop page a friend opens', () => {
  it('shows loading, then the shop’s name, intro and products with prices, sold out marked', async () => {
    const pending = deferred<ShopWithProducts>();
    answerShop(pending.promise);
    const { container } = openShopPage({ shopId: 'shop-1' });

    expect(container.querySelector('.loading-state')).not.toBeNull();
    expect(call).toHaveBeenCalledWith('shop', 'get', { shopId: 'shop-1' });

    pending.resolve({
      shop: aShop(),
      products: [
        aProduct({ title: '古法压榨山茶油 2.5L', priceFen: 26800, stock: 8, position: 1, images: ['https://img.example/oil.jpg'] }),
        aProduct({ title: '山茶籽 5 斤', priceFen: 4500, stock: 0, position: 2 }),
      ],
    });

    expect(await screen.findByText('林晓的商洛山货')).toBeTruthy();
    expect(container.querySelector('.loading-state')).toBeNull();
    expect(container.querySelector('.shop-name')?.textContent).toBe('林晓的商洛山货');
    expect(screen.getByText('陕西商洛老家的核桃和蜂蜜，爸妈自己种自己收。')).toBeTruthy();

    const cards = Array.from(container.querySelectorAll('.product-card'));
    expect(cards).toHaveLength(2);
    expect(cards[0].querySelector('.product-title')?.textContent).toBe('古法压榨山茶油 2.5L');
    expect(cards[0].querySelector('.product-price')?.textContent).toBe('¥268.00');
    expect(cards[0].textContent).not.toContain(ui.shop.soldOut);
    expect(cards[1].querySelector('.product-price')?.textContent).toBe('¥45.00');
    expect(cards[1].textContent).toContain('售罄');
  });

  it('shows the products in the seller’s order', async () => {
    answerShop({
      shop: aShop(),
      products: [aProduct({ title: '第二', position: 2 }), aProduct({ title: '第一', position: 1 })],
    });
    const { container } = openShopPage({ shopId: 'shop-1' });
    await screen.findByText('第一');
    const titles = Array.from(container.querySelectorAll('.product-title')).map((el) => el.textContent);
    expect(titles).toEqual(['第一', '第二']);
  });

  it('shows the initial of the name when the shop has no avatar', async () => {
    answerShop({ shop: aShop({ avatarUrl: null }), products: [aProduct()] });
    const { container } = openShopPage({ shopId: 'shop-1' });
    await screen.findByText('林晓的商洛山货');
    expect(container.querySelector('.shop-avatar--placeholder')?.textContent).toBe('林');
  });

  it('shows an empty state when the seller has not listed anything yet', async () => {
    answerShop({ shop: aShop({ name: '刚开张的小店' }), products: [] });
    const { container } = openShopPage({ shopId: 'shop-1' });
    await screen.findByText('刚开张的小店');
    expect(container.querySelector('.empty-state')?.textContent).toContain(ui.shop.empty);
    expect(container.querySelectorAll('.product-card')).toHaveLength(0);
  });

  it('shows “shop not found” with the backend’s zh-CN message for an unknown shop', async () => {
    failShop(new ApiError('NOT_FOUND', '没有找到这家店铺。'));
    const { container } = openShopPage({ shopId: 'does-not-exist' });
    await screen.findByText('没有找到这家店铺。');
    const error = container.querySelector('.error-state');
    expect(error?.textContent).toContain(ui.shop.notFound);
    expect(error?.textContent).toContain('店铺');
    // retrying a shop that is not there would fail again (tests/ui/friend-paths.test.tsx: what it offers instead)
    expect(screen.queryByText(ui.common.retry)).toBeNull();
  });

  it('shows the error’s message and loads again on retry', async () => {
    failShop(new ApiError('INTERNAL', ui.common.networkError));
    const { container } = openShopPage({ shopId: 'shop-1' });
    await screen.findByText(ui.common.networkError);
    expect(container.querySelector('.error-state')?.textContent).toContain(ui.shop.loadFailed);

    answerShop({ shop: aShop(), products: [aProduct({ title: '秦岭土蜂蜜 500g' })] });
    fireEvent.click(screen.getByText(ui.common.retry));

    expect(await screen.findByText('秦岭土蜂蜜 500g')).toBeTruthy();
    expect(container.querySelector('.error-state')).toBeNull();
    // the shop was asked for twice (the follow bar asks its own question besides)
    expect(call.mock.calls.filter((c) => (c[1] as string) === 'get')).toHaveLength(2);
  });

  it('shows an error without asking the backend when the link has no shopId', async () => {
    const { container } = openShopPage({});
    expect(container.querySelector('.error-state')?.textContent).toContain(ui.shop.missingShopId);
    expect(screen.queryByText(ui.common.retry)).toBeNull();
    await waitFor(() => expect(call).not.toHaveBeenCalled());
  });

  it('decodes an encoded shopId from the link', async () => {
    answerShop({ shop: aShop(), products: [] });
    openShopPage({ shopId: 'shop%2D1' });
    await screen.findByText('林晓的商洛山货');
    expect(call).toHaveBeenCalledWith('shop', 'get', { shopId: 'shop-1' });
  });
});

describe('the shop’s open drops', () => {
  const HOUR = 3600_000;
  function aDrop(overrides: Partial<Drop> = {}): Drop {
    return {
      id: 'drop-7',
      shopId: 'shop-1',
      timeZone: 'Asia/Shanghai',
      shopName: '林晓的商洛山货',
      title: '本周接龙：新核桃',
      intro: '',
      items: [{ productId: 'p-1', title: '新核桃', priceFen: 3900, image: null, stock: 20, limitPerBuyer: 2 }],
      closesAt: new Date(Date.now() + 2 * 24 * HOUR).toISOString(),
      fulfilment: { pickup: [{ name: '三号门', address: '幸福小区三号门', window: '周六 10:00–12:00' }], delivery: false, shipping: false },
      showJoiners: true,
      status: 'open',
      closedAt: null,
      createdAt: '2026-11-28T00:00:00Z',
      ...overrides,
    };
  }

  it('shows an open drop above the products and opens its page on a tap', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
    shopDrops = [
      aDrop(),
      aDrop({ id: 'drop-old', title: '上周的蜂蜜', status: 'closed', closedAt: '2026-11-27T12:00:00Z' }),
      aDrop({ id: 'drop-past', title: '已过截止时间', closesAt: new Date(Date.now() - HOUR).toISOString() }),
    ];
    answerShop({ shop: aShop(), products: [aProduct({ title: '秦岭土蜂蜜 500g' })] });
    const { container } = openShopPage({ shopId: 'shop-1' });

    const title = await screen.findByText('本周接龙：新核桃');
    expect(call).toHaveBeenCalledWith('drop', 'listShop', { shopId: 'shop-1' });
    const card = container.querySelector('.shop-drops') as Element;
    expect(card.textContent).toContain(dropUi.shopCardHeading);
    // only what a friend can still join
    expect(card.textContent).not.toContain('上周的蜂蜜');
    expect(card.textContent).not.toContain('已过截止时间');
    // above the products
    const products = container.querySelector('.product-section') as Element;
    expect(card.compareDocumentPosition(products) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    fireEvent.click(title);
    expect(navigate).toHaveBeenCalledWith({ url: '/pages/drop/index?dropId=drop-7' });
    navigate.mockRestore();
  });

  // issue 17's review: the card said the cutoff on the phone's clock; it is the shop's (what the seller announced)
  it('says each drop’s cutoff on its shop’s clock, whatever zone the phone is in', async () => {
    const at = '2099-12-03T12:00:00Z';
    shopDrops = [aDrop({ closesAt: at }), aDrop({ id: 'drop-ny', title: '纽约的接龙', closesAt: at, timeZone: 'America/New_York' })];
    answerShop({ shop: aShop(), products: [aProduct({ title: '秦岭土蜂蜜 500g' })] });
    const { container } = openShopPage({ shopId: 'shop-1' });
    await screen.findByText('纽约的接龙');
    expect(Array.from(container.querySelectorAll('.shop-drop__cutoff')).map((e) => e.textContent)).toEqual(['12月3日 20:00 截止', '12月3日 07:00 截止']);
  });

  it('shows no card when the shop has no open drop', async () => {
    answerShop({ shop: aShop(), products: [aProduct({ title: '秦岭土蜂蜜 500g' })] });
    const { container } = openShopPage({ shopId: 'shop-1' });
    await screen.findByText('秦岭土蜂蜜 500g');
    await waitFor(() => expect(call).toHaveBeenCalledWith('drop', 'listShop', { shopId: 'shop-1' }));
    expect(container.querySelector('.shop-drops')).toBeNull();
  });
});
