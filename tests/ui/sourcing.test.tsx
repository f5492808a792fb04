import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import SourcingPage from '../../src/seller/sourcing';
import SourcingDetailPage from '../../src/seller/sourcing-detail';
import ProductEditPage from '../../src/seller/product-edit';
import SellerConsolePage from '../../src/seller/console';
import { ApiError, callFunction } from '../../src/api';
import type { Product, ProductSource } from '../../types/product';
import type { StatementLine, SupplyProduct } from '../../types/supply';
import { sourcingText } from '../../types/zh-CN/sourcing';
import { supplyText } from '../../types/zh-CN/supply';
import { ui } from '../../types/zh-CN/ui';
import { aProduct, aShop } from './fixtures';
import { errorOf, typeInto } from '../helpers/form';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});
jest.mock('../../src/dev/dev-mode', () => ({ probeDevMode: () => Promise.resolve('off') }));

const call = callFunction as jest.MockedFunction<typeof callFunction>;

function aSupplyProduct(overrides: Partial<SupplyProduct> = {}): SupplyProduct {
  return {
    id: 'sp-honey',
    supplierId: 'sup-uncle',
    supplierName: '秦岭老蜂农',
    title: '秦岭土蜂蜜 500g',
    story: '舅舅在秦岭山里养了三十年蜂。',
    images: ['https://img.example.com/honey.jpg'],
    proofImages: ['https://img.example.com/report.jpg'],
    minPriceFen: 5200,
    maxPriceFen: 6800,
    stock: 60,
    shipWithinHours: 48,
    status: 'active',
    carriedBy: 3,
    createdAt: '2026-11-20T10:00:00+08:00',
    updatedAt: '2026-11-20T10:00:00+08:00',
    ...overrides,
  };
}

const source = (overrides: Partial<ProductSource> = {}): ProductSource => ({
  supplierId: 'sup-uncle',
  supplierName: '秦岭老蜂农',
  supplyProductId: 'sp-honey',
  supplierStory: '舅舅在秦岭山里养了三十年蜂。',
  shipWithinHours: 48,
  supplyPriceFen: 3800,
  minPriceFen: 5200,
  maxPriceFen: 6800,
  ...overrides,
});

/** Answers by `function.action`; anything else is refused, so a call the page should not make shows up. */
function backend(answers: Record<string, unknown | ((params: Record<string, unknown>) => unknown)>) {
  call.mockImplementation(((fn: string, action: string, params: Record<string, unknown>) => {
    const answer = answers[`${fn}.${action}`];
    if (answer === undefined) return Promise.reject(new ApiError('INTERNAL', '这一块暂时没有加载出来。'));
    try {
      return Promise.resolve(typeof answer === 'function' ? (answer as (p: Record<string, unknown>) => unknown)(params) : answer);
    } catch (err) {
      return Promise.reject(err);
    }
  }) as unknown as typeof callFunction);
}

function openAt(path: string, params: Record<string, string>) {
  Current.router = { params, path, $taroPath: path.slice(1), onReady: '', onHide: '', onShow: '' };
}

const catalogOf = (products: Product[]) => ({ active: products, archived: [], productCap: 30 });

beforeEach(() => {
  Taro.clearStorageSync();
  call.mockReset();
});

describe('找货源', () => {
  it('lists supply products with supplier, band in yuan, stock, shipping time and how many carry it; marks what the shop carries', async () => {
    const carried = aProduct({ title: '秦岭土蜂蜜 500g', source: source() });
    backend({
      'supply.list': { products: [aSupplyProduct(), aSupplyProduct({ id: 'sp-walnut', title: '商洛核桃 1kg', supplierName: '商洛果园', minPriceFen: 4550, maxPriceFen: 5000, stock: 0, shipWithinHours: 12, carriedBy: 0 })], nextCursor: null },
      'catalog.listMine': catalogOf([carried]),
    });
    const { container } = render(<SourcingPage />);
    await waitFor(() => expect(container.querySelectorAll('.supply-card')).toHaveLength(2));
    const [honey, walnut] = [...container.querySelectorAll('.supply-card')];
    expect(honey.textContent).toContain('秦岭土蜂蜜 500g');
    expect(honey.textContent).toContain('秦岭老蜂农');
    expect(honey.querySelector('.supply-card__band')?.textContent).toBe('建议售价 ¥52–¥68');
    expect(honey.textContent).toContain('库存 60');
    expect(honey.textContent).toContain('2 天内发货');
    expect(honey.textContent).toContain('3 家在卖');
    expect(walnut.querySelector('.supply-card__band')?.textContent).toBe('建议售价 ¥45.50–¥50');
    expect(walnut.textContent).toContain('已售罄');
    expect(walnut.textContent).toContain('12 小时内发货');
    expect(call).toHaveBeenCalledWith('supply', 'list', { q: undefined, cursor: undefined });
    // 已在店里 on the honey (carried), not on the walnuts
    await waitFor(() => expect(honey.querySelector('.in-shop')?.textContent).toBe(sourcingText.alreadyCarried));
    expect(walnut.querySelector('.in-shop')).toBeNull();
  });

  it('searches with q and pages on with nextCursor, appending', async () => {
    backend({
      'supply.list': (p: Record<string, unknown>) =>
        p.cursor === 'c2'
          ? { products: [aSupplyProduct({ id: 'sp-2', title: '槐花蜜' })], nextCursor: null }
          : p.q === '蜂蜜'
            ? { products: [aSupplyProduct()], nextCursor: 'c2' }
            : { products: [], nextCursor: null },
      'catalog.listMine': catalogOf([]),
    });
    const { container } = render(<SourcingPage />);
    expect(await screen.findByText(sourcingText.empty)).toBeTruthy();

    const search = container.querySelector('.supply-search')!;
    await waitFor(() => expect(search.querySelector('input')).not.toBeNull());
    act(() => {
      search.dispatchEvent(new CustomEvent('input', { detail: { value: ' 蜂蜜 ' }, bubbles: true }));
    });
    fireEvent.click(screen.getByText(sourcingText.search));
    // waits bounded generously: on a loaded machine a page's render can take longer than waitFor's default second
    await waitFor(() => expect(container.querySelectorAll('.supply-card')).toHaveLength(1), { timeout: 5000 });
    expect(call).toHaveBeenCalledWith('supply', 'list', { q: '蜂蜜', cursor: undefined });

    fireEvent.click(await screen.findByText(sourcingText.more));
    await waitFor(() => expect(container.querySelectorAll('.supply-card')).toHaveLength(2), { timeout: 5000 });
    expect(call).toHaveBeenCalledWith('supply', 'list', { q: '蜂蜜', cursor: 'c2' });
    expect(screen.queryByText(sourcingText.more)).toBeNull();
  });
});

describe('carrying a supply product', () => {
  it('shows the supplier’s story and proof, says carrying costs nothing, and starts the price at the band’s middle', async () => {
    openAt('/seller/sourcing-detail/index', { supplyProductId: 'sp-honey' });
    backend({ 'supply.get': aSupplyProduct(), 'catalog.listMine': catalogOf([]) });
    const { container } = render(<SourcingDetailPage />);
    expect(await screen.findByText('舅舅在秦岭山里养了三十年蜂。')).toBeTruthy();
    expect(screen.getByText(sourcingText.proofHeading)).toBeTruthy();
    expect(container.querySelectorAll('.supply-proof')).toHaveLength(1);
    expect(screen.getByText(sourcingText.carryFree)).toBeTruthy();
    expect(call).toHaveBeenCalledWith('supply', 'get', { supplyProductId: 'sp-honey' });
    await waitFor(() => expect(container.querySelector('.field--price input')?.getAttribute('value') ?? (container.querySelector('.field--price input') as HTMLInputElement | null)?.value).toBe('60'));
  });

  it('refuses a price outside the band with the backend’s sentence and sends nothing', async () => {
    openAt('/seller/sourcing-detail/index', { supplyProductId: 'sp-honey' });
    backend({ 'supply.get': aSupplyProduct(), 'catalog.listMine': catalogOf([]) });
    const { container } = render(<SourcingDetailPage />);
    await screen.findByText('舅舅在秦岭山里养了三十年蜂。');
    await typeInto(container, 'price', '70');
    fireEvent.click(screen.getByText(sourcingText.carry));
    await waitFor(() => expect(errorOf(container, 'price')).toBe(supplyText.priceOutsideBand(5200, 6800)));
    expect(errorOf(container, 'price')).toBe('售价须在供货商定的 52–68 元之间');
    await typeInto(container, 'price', '51.99');
    fireEvent.click(screen.getByText(sourcingText.carry));
    await waitFor(() => expect(errorOf(container, 'price')).toBe(supplyText.priceOutsideBand(5200, 6800)));
    expect(call).not.toHaveBeenCalledWith('catalog', 'carry', expect.anything());
  });

  it('sends catalog.carry with the price in fen and the seller’s words, then opens the carried product', async () => {
    openAt('/seller/sourcing-detail/index', { supplyProductId: 'sp-honey' });
    const made = aProduct({ id: 'p-carried', source: source() });
    backend({ 'supply.get': aSupplyProduct(), 'catalog.listMine': catalogOf([]), 'catalog.carry': made });
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' } as never);
    const { container } = render(<SourcingDetailPage />);
    await screen.findByText('舅舅在秦岭山里养了三十年蜂。');
    await typeInto(container, 'price', '58.5');
    await typeInto(container, 'story', '我家每天早上一勺。');
    fireEvent.click(screen.getByText(sourcingText.carry));
    await waitFor(() => expect(call).toHaveBeenCalledWith('catalog', 'carry', { supplyProductId: 'sp-honey', priceFen: 5850, story: '我家每天早上一勺。' }));
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/seller/product-edit/index?productId=p-carried' }));
    redirect.mockRestore();
  });

  it('leaves out blank words', async () => {
    openAt('/seller/sourcing-detail/index', { supplyProductId: 'sp-honey' });
    backend({ 'supply.get': aSupplyProduct(), 'catalog.listMine': catalogOf([]), 'catalog.carry': aProduct({ source: source() }) });
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' } as never);
    const { container } = render(<SourcingDetailPage />);
    await screen.findByText('舅舅在秦岭山里养了三十年蜂。');
    await typeInto(container, 'story', '   ');
    fireEvent.click(screen.getByText(sourcingText.carry));
    await waitFor(() => expect(call).toHaveBeenCalledWith('catalog', 'carry', { supplyProductId: 'sp-honey', priceFen: 6000 }));
    redirect.mockRestore();
  });

  it.each([
    ['CONFLICT', '你的店里已经有这件货品了。'],
    ['SHOP_FULL', '店里在售商品已经有 30 件了，先下架一件再上新吧。'],
  ] as const)('shows the backend’s %s sentence and stays on the page', async (code, message) => {
    openAt('/seller/sourcing-detail/index', { supplyProductId: 'sp-honey' });
    backend({
      'supply.get': aSupplyProduct(),
      'catalog.listMine': catalogOf([]),
      'catalog.carry': () => {
        throw new ApiError(code, message);
      },
    });
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' } as never);
    const { container } = render(<SourcingDetailPage />);
    await screen.findByText('舅舅在秦岭山里养了三十年蜂。');
    fireEvent.click(screen.getByText(sourcingText.carry));
    await waitFor(() => expect(container.querySelector('.form-message')?.textContent).toBe(message));
    expect(redirect).not.toHaveBeenCalled();
    redirect.mockRestore();
  });

  it('a product the shop already carries says 已在店里 and offers its own form instead of the carry form', async () => {
    openAt('/seller/sourcing-detail/index', { supplyProductId: 'sp-honey' });
    backend({ 'supply.get': aSupplyProduct({ supplyPriceFen: 3800 }), 'catalog.listMine': catalogOf([aProduct({ id: 'p-mine', source: source() })]) });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
    const { container } = render(<SourcingDetailPage />);
    await waitFor(() => expect(container.querySelector('.carry-card .in-shop')?.textContent).toBe(sourcingText.alreadyCarried));
    expect(screen.queryByText(sourcingText.carry)).toBeNull();
    expect(screen.getByText(sourcingText.supplyPrice('¥38.00'))).toBeTruthy();
    fireEvent.click(screen.getByText(sourcingText.carriedGoEdit));
    expect(navigate).toHaveBeenCalledWith({ url: '/seller/product-edit/index?productId=p-mine' });
    navigate.mockRestore();
  });
});

describe('editing a carried product', () => {
  const carried = aProduct({
    id: 'p-carried',
    title: '秦岭土蜂蜜 500g',
    priceFen: 6000,
    stock: 60,
    story: '我家每天早上一勺。',
    images: ['https://img.example.com/honey.jpg'],
    proofImages: ['https://img.example.com/report.jpg'],
    source: source(),
  });

  it('shows the supplier’s part read-only and sends only the price and the seller’s words', async () => {
    openAt('/seller/product-edit/index', { productId: 'p-carried' });
    backend({ 'catalog.get': carried, 'catalog.update': carried });
    const { container } = render(<ProductEditPage />);
    expect(await screen.findByText(sourcingText.shippedBy('秦岭老蜂农'))).toBeTruthy();
    expect(screen.getByText(sourcingText.carriedBandLine('¥38.00', '¥52', '¥68'))).toBeTruthy();
    // the supplier's fields are text, not inputs
    expect(container.querySelector('.field--title')).toBeNull();
    expect(container.querySelector('.field--stock')).toBeNull();
    expect(container.querySelector('.field--images')).toBeNull();
    expect(container.querySelector('.field--proof-images')).toBeNull();
    expect(container.querySelector('.carried-source__row--title')?.textContent).toContain('秦岭土蜂蜜 500g');
    expect(container.querySelector('.carried-source__row--stock')?.textContent).toContain('60');

    await typeInto(container, 'price', '66');
    await typeInto(container, 'story', '山里的蜜，我自己天天吃。');
    fireEvent.click(screen.getByText(ui.common.save));
    await waitFor(() => expect(call).toHaveBeenCalledWith('catalog', 'update', { productId: 'p-carried', priceFen: 6600, story: '山里的蜜，我自己天天吃。' }));
  });

  it('keeps the price inside the band, with the backend’s sentence', async () => {
    openAt('/seller/product-edit/index', { productId: 'p-carried' });
    backend({ 'catalog.get': carried });
    const { container } = render(<ProductEditPage />);
    await screen.findByText(sourcingText.shippedBy('秦岭老蜂农'));
    await typeInto(container, 'price', '80');
    fireEvent.click(screen.getByText(ui.common.save));
    await waitFor(() => expect(errorOf(container, 'price')).toBe(supplyText.priceOutsideBand(5200, 6800)));
    expect(call).not.toHaveBeenCalledWith('catalog', 'update', expect.anything());
  });

  it('an own product may change its title and stock too, and sends what changed', async () => {
    const own = aProduct({ id: 'p-own', title: '商洛核桃', priceFen: 3000, stock: 5, story: '爸妈种的。' });
    openAt('/seller/product-edit/index', { productId: 'p-own' });
    backend({ 'catalog.get': own, 'catalog.update': own });
    const { container } = render(<ProductEditPage />);
    await waitFor(() => expect(container.querySelector('.field--title')).not.toBeNull());
    expect(container.querySelector('.carried-source')).toBeNull();
    await typeInto(container, 'title', '商洛薄皮核桃');
    await typeInto(container, 'stock', '9');
    fireEvent.click(screen.getByText(ui.common.save));
    await waitFor(() => expect(call).toHaveBeenCalledWith('catalog', 'update', { productId: 'p-own', title: '商洛薄皮核桃', stock: 9 }));
  });
});

describe('the seller’s 货源对账 in the console', () => {
  const line = (overrides: Partial<StatementLine> = {}): StatementLine => ({
    shopId: 'shop-1',
    shopName: '林晓的商洛山货',
    supplierId: 'sup-uncle',
    supplierName: '秦岭老蜂农',
    pieces: 3,
    owedFen: 11400,
    settledFen: 3800,
    balanceFen: 7600,
    settlements: [],
    ...overrides,
  });

  it('lists per supplier the pieces, owed, settled and balance', async () => {
    backend({ 'shop.mine': aShop(), 'supply.statement': { lines: [line()] } });
    const { container } = render(<SellerConsolePage />);
    await waitFor(() => expect(container.querySelector('.supply-statement')).not.toBeNull());
    expect(call).toHaveBeenCalledWith('supply', 'statement', {});
    const row = container.querySelector('.statement-line')!;
    expect(row.textContent).toContain('秦岭老蜂农');
    expect(row.textContent).toContain('3 件');
    expect(row.querySelector('.statement-figure--owed')?.textContent).toBe(`¥114.00${sourcingText.owed}`);
    expect(row.querySelector('.statement-figure--settled')?.textContent).toBe(`¥38.00${sourcingText.settled}`);
    expect(row.querySelector('.statement-figure--balance')?.textContent).toBe(`¥76.00${sourcingText.balance}`);
  });

  it('says 多付 when the seller paid ahead', async () => {
    backend({ 'shop.mine': aShop(), 'supply.statement': { lines: [line({ settledFen: 12000, balanceFen: -600 })] } });
    const { container } = render(<SellerConsolePage />);
    await waitFor(() => expect(container.querySelector('.statement-figure--balance')?.textContent).toBe(`¥6.00${sourcingText.paidAhead}`));
  });

  it('is not there for a shop that carries nothing', async () => {
    backend({ 'shop.mine': aShop(), 'supply.statement': { lines: [] }, 'catalog.listMine': catalogOf([aProduct()]) });
    const { container } = render(<SellerConsolePage />);
    await waitFor(() => expect(call).toHaveBeenCalledWith('catalog', 'listMine', {}));
    await new Promise((r) => setTimeout(r, 0));
    expect(container.querySelector('.supply-statement')).toBeNull();
  });

  it('is there, with a word, for a shop that carries but has sold nothing yet', async () => {
    backend({ 'shop.mine': aShop(), 'supply.statement': { lines: [] }, 'catalog.listMine': catalogOf([aProduct({ source: source() })]) });
    render(<SellerConsolePage />);
    expect(await screen.findByText(sourcingText.statementEmpty)).toBeTruthy();
  });
});
