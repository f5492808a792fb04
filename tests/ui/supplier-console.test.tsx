import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import SupplierHomePage from '../../src/supplier';
import SupplyProductEditPage from '../../src/supplier/product-edit';
import SupplierOrdersPage from '../../src/supplier/orders';
import SupplierStatementsPage from '../../src/supplier/statements';
import SupplierSellersPage from '../../src/supplier/sellers';
import { ApiError, callFunction } from '../../src/api';
import type { MySupply, StatementLine, Supplier, SupplierOrder, SupplierSeller, SupplyProduct } from '../../types/supply';
import { deliveryText } from '../../types/zh-CN/delivery';
import { supplierConsoleUi as U } from '../../types/zh-CN/supplier-console';
import { ui } from '../../types/zh-CN/ui';
import { errorOf, typeInto } from '../helpers/form';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});
jest.mock('../../src/dev/dev-mode', () => ({ probeDevMode: () => Promise.resolve('off') }));

const call = callFunction as jest.MockedFunction<typeof callFunction>;

function aSupplyProduct(over: Partial<SupplyProduct> = {}): SupplyProduct {
  return {
    id: 'sp-honey',
    supplierId: 'sup-uncle',
    supplierName: '秦岭老周的蜂场',
    title: '秦岭土蜂蜜 500g',
    story: '山里的百花蜜。',
    images: [],
    proofImages: [],
    supplyPriceFen: 3800,
    minPriceFen: 5200,
    maxPriceFen: 6800,
    stock: 60,
    shipWithinHours: 48,
    status: 'active',
    carriedBy: 3,
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    ...over,
  };
}

function anOrder(over: Partial<SupplierOrder> = {}): SupplierOrder {
  return {
    id: 'o-1',
    shopId: 'shop-lin',
    shopName: '林晓的商洛山货',
    status: 'paid',
    items: [{ supplyProductId: 'sp-honey', title: '秦岭土蜂蜜 500g', qty: 2, supplyPriceFen: 3800, image: null }],
    address: { name: '王芳', phone: '13800000000', detail: '西安市雁塔区小寨路 1 号' },
    note: '',
    shipment: null,
    paidAt: '2026-11-20T02:00:00.000Z',
    shipBy: '2026-11-22T02:00:00.000Z',
    createdAt: '2026-11-20T01:59:00.000Z',
    ...over,
  };
}

function aLine(over: Partial<StatementLine> = {}): StatementLine {
  return {
    shopId: 'shop-lin',
    shopName: '林晓的商洛山货',
    supplierId: 'sup-uncle',
    supplierName: '秦岭老周的蜂场',
    pieces: 5,
    owedFen: 19000,
    settledFen: 7600,
    balanceFen: 11400,
    settlements: [{ id: 'st-1', amountFen: 7600, note: '10 月货款', at: '2026-11-02T08:00:00.000Z' }],
    ...over,
  };
}

/** A backend keyed by "function.action"; a function answers with the params, anything missing is INTERNAL. */
function backend(answers: Record<string, unknown>) {
  call.mockImplementation(((fn: string, action: string, params: unknown) => {
    const answer = answers[`${fn}.${action}`];
    if (answer instanceof ApiError) return Promise.reject(answer);
    if (typeof answer === 'function') return Promise.resolve((answer as (p: unknown) => unknown)(params));
    return answer === undefined ? Promise.reject(new ApiError('INTERNAL', '没有这个回答')) : Promise.resolve(answer);
  }) as unknown as typeof callFunction);
}

const uncle: Supplier = { id: 'sup-uncle', name: '秦岭老周的蜂场', intro: '', createdAt: '2026-10-01T00:00:00.000Z' };
const mine = (over: Partial<MySupply> = {}): MySupply => ({ supplier: uncle, products: [aSupplyProduct()], nextCursor: null, ...over });
const noSupplier: MySupply = { supplier: null, products: [], nextCursor: null };
const sellers: SupplierSeller[] = [{ shopId: 'shop-lin', shopName: '林晓的商洛山货', products: [{ supplyProductId: 'sp-honey', title: '秦岭土蜂蜜 500g', priceFen: 5800, pieces: 4 }] }];

/** the idempotency key of each supply.settle sent, in order */
const settleKeys = () => call.mock.calls.filter(([, action]) => action === 'settle').map(([, , params]) => (params as { idempotencyKey?: string }).idempotencyKey);

function openPageAt(path: string, params: Record<string, string> = {}) {
  Current.router = { params, path, $taroPath: path.slice(1), onReady: '', onHide: '', onShow: '' };
}

beforeEach(() => {
  Taro.clearStorageSync();
  call.mockReset();
});

describe('货源后台', () => {
  it('explains 一件代发 to someone who is not a supplier yet and opens one with what they typed', async () => {
    backend({ 'supply.mine': noSupplier, 'supply.open': (p: { name: string }) => ({ id: 'sup-new', name: p.name, intro: '', createdAt: '2026-11-30T00:00:00.000Z' }) });
    const { container } = render(<SupplierHomePage />);
    expect(await screen.findByText(U.noSupplier)).toBeTruthy();
    for (const line of U.explain) expect(screen.getByText(line)).toBeTruthy();

    // an empty name is the schema's error under the field, and nothing is sent
    fireEvent.click(screen.getByText(U.openButton));
    await waitFor(() => expect(errorOf(container, 'supplier-name')).toBeTruthy());
    expect(call.mock.calls.filter(([fn, action]) => fn === 'supply' && action === 'open')).toHaveLength(0);

    await typeInto(container, 'supplier-name', '秦岭老周的蜂场');
    await typeInto(container, 'supplier-contact', '13900000000');
    fireEvent.click(screen.getByText(U.openButton));
    expect(await screen.findByText('秦岭老周的蜂场')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('supply', 'open', { name: '秦岭老周的蜂场', contact: '13900000000' });
    expect(screen.getByText(U.newProduct)).toBeTruthy();
    expect(screen.getByText(U.noProducts)).toBeTruthy();
  });

  it('shows the supplier’s name and its own products as supply.mine answers (supply price, band, stock, shops)', async () => {
    backend({ 'supply.mine': mine() });
    render(<SupplierHomePage />);
    expect(await screen.findByText('秦岭土蜂蜜 500g')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('supply', 'mine', {});
    expect(screen.getByText('秦岭老周的蜂场')).toBeTruthy();
    expect(screen.getByText(`${U.supplyPrice('¥38.00')} · ${U.band('¥52.00', '¥68.00')}`)).toBeTruthy();
    expect(screen.getByText(`${U.stock(60)} · ${U.carriedBy(3)}`)).toBeTruthy();
  });

  it('still lists an archived product, saying it is off sale', async () => {
    backend({ 'supply.mine': mine({ products: [aSupplyProduct({ id: 'sp-old', title: '去年的槐花蜜', status: 'archived', carriedBy: 0 }), aSupplyProduct()] }) });
    render(<SupplierHomePage />);
    expect(await screen.findByText('去年的槐花蜜')).toBeTruthy();
    expect(screen.getByText(`${U.stock(60)} · ${U.carriedBy(0)} · ${U.archived}`)).toBeTruthy();
    expect(screen.getByText(`${U.stock(60)} · ${U.carriedBy(3)}`)).toBeTruthy();
  });

  it('names a supplier with no products yet and offers 新增货品', async () => {
    backend({ 'supply.mine': mine({ products: [] }) });
    render(<SupplierHomePage />);
    expect(await screen.findByText('秦岭老周的蜂场')).toBeTruthy();
    expect(screen.getByText(U.newProduct)).toBeTruthy();
    expect(screen.getByText(U.noProducts)).toBeTruthy();
    expect(screen.queryByText(U.noSupplier)).toBeNull();
  });

  it('loads the next page of a supplier’s many products with the cursor it was given', async () => {
    backend({
      'supply.mine': (p: { cursor?: string }) =>
        p.cursor === 'c-2' ? mine({ products: [aSupplyProduct({ id: 'sp-late', title: '第二页的蜜' })] }) : mine({ nextCursor: 'c-2' }),
    });
    render(<SupplierHomePage />);
    fireEvent.click(await screen.findByText(U.orders.more));
    expect(await screen.findByText('第二页的蜜')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('supply', 'mine', { cursor: 'c-2' });
    expect(screen.getByText('秦岭土蜂蜜 500g')).toBeTruthy();
    expect(screen.queryByText(U.orders.more)).toBeNull();
  });

  it('shows another refusal with its message and a retry', async () => {
    backend({ 'supply.mine': new ApiError('UNAUTHENTICATED', '请先登录微信身份。') });
    render(<SupplierHomePage />);
    expect(await screen.findByText('请先登录微信身份。')).toBeTruthy();
    expect(screen.queryByText(U.noSupplier)).toBeNull();
  });
});

describe('the supply product form', () => {
  it('sends yuan as fen and the shared stock, and shows the backend’s band error under the supply price', async () => {
    openPageAt('/supplier/product-edit/index');
    backend({ 'supply.create': new ApiError('BAD_INPUT', '请检查填写的内容', { fields: { supplyPriceFen: '供货价不能高于最低售价' } }) });
    const { container } = render(<SupplyProductEditPage />);
    await typeInto(container, 'title', '秦岭土蜂蜜 500g');
    await typeInto(container, 'story', '山里的百花蜜。');
    await typeInto(container, 'supply-price', '38');
    await typeInto(container, 'min-price', '52.5');
    await typeInto(container, 'max-price', '68');
    await typeInto(container, 'stock', '60');
    fireEvent.click(screen.getByText(U.form.create));

    await waitFor(() => expect(errorOf(container, 'supply-price')).toBe('供货价不能高于最低售价'));
    expect(call).toHaveBeenCalledWith('supply', 'create', {
      title: '秦岭土蜂蜜 500g',
      story: '山里的百花蜜。',
      images: [],
      proofImages: [],
      supplyPriceFen: 3800,
      minPriceFen: 5250,
      maxPriceFen: 6800,
      stock: 60,
      shipWithinHours: 48,
    });
  });

  it('refuses a price it cannot read without asking the backend', async () => {
    openPageAt('/supplier/product-edit/index');
    const { container } = render(<SupplyProductEditPage />);
    await typeInto(container, 'supply-price', '38.505');
    fireEvent.click(screen.getByText(U.form.create));
    await waitFor(() => expect(errorOf(container, 'supply-price')).toBe(ui.productForm.priceDecimals));
    expect(errorOf(container, 'min-price')).toBe(ui.productForm.priceRequired);
    expect(call).not.toHaveBeenCalled();
  });

  it('edits a product from its stored values and archives it only after the confirm', async () => {
    openPageAt('/supplier/product-edit/index', { supplyProductId: 'sp-honey' });
    backend({ 'supply.get': aSupplyProduct(), 'supply.archive': aSupplyProduct({ status: 'archived' }) });
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' } as never);
    const { container } = render(<SupplyProductEditPage />);
    await waitFor(() => expect(container.querySelector('.field--supply-price input')).not.toBeNull());
    fireEvent.click(screen.getByText(U.form.archive));
    await waitFor(() => expect(modal).toHaveBeenCalled());
    expect(call.mock.calls.some(([, action]) => action === 'archive')).toBe(false);

    modal.mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never);
    fireEvent.click(screen.getByText(U.form.archive));
    await waitFor(() => expect(call).toHaveBeenCalledWith('supply', 'archive', { supplyProductId: 'sp-honey' }));
    modal.mockRestore();
  });
});

describe('editing a supply product sends only what the supplier changed', () => {
  it('a story edit leaves the shared stock alone: friends may have bought since the form loaded it', async () => {
    openPageAt('/supplier/product-edit/index', { supplyProductId: 'sp-honey' });
    backend({ 'supply.get': aSupplyProduct(), 'supply.update': aSupplyProduct({ story: '今年的新蜜。' }) });
    const { container } = render(<SupplyProductEditPage />);
    await waitFor(() => expect(container.querySelector('.field--supply-price input')).not.toBeNull());
    await typeInto(container, 'story', '今年的新蜜。');
    fireEvent.click(screen.getByText(ui.common.save));
    await waitFor(() => expect(call).toHaveBeenCalledWith('supply', 'update', { supplyProductId: 'sp-honey', story: '今年的新蜜。' }));
  });

  it('sends the stock when the supplier typed a new one, with nothing else unchanged', async () => {
    openPageAt('/supplier/product-edit/index', { supplyProductId: 'sp-honey' });
    backend({ 'supply.get': aSupplyProduct(), 'supply.update': aSupplyProduct({ stock: 80 }) });
    const { container } = render(<SupplyProductEditPage />);
    await waitFor(() => expect(container.querySelector('.field--supply-price input')).not.toBeNull());
    await typeInto(container, 'stock', '80');
    fireEvent.click(screen.getByText(ui.common.save));
    await waitFor(() => expect(call).toHaveBeenCalledWith('supply', 'update', { supplyProductId: 'sp-honey', stock: 80 }));
  });
});

describe('the supplier’s orders', () => {
  it('shows the shop, the pieces and the address, and ships with a carrier and a tracking number', async () => {
    backend({
      'supply.orders': { orders: [anOrder()], nextCursor: null, counts: { paid: 1 } },
      'order.ship': anOrder({ status: 'shipped', shipment: { carrier: '顺丰速运', carrierId: 'SF', trackingNo: 'SF1234567', shippedAt: '2026-11-21T00:00:00.000Z', wechatSync: null } }),
    });
    const copy = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok' } as never);
    const { container } = render(<SupplierOrdersPage />);
    expect(await screen.findByText(U.orders.fromShop('林晓的商洛山货'))).toBeTruthy();
    expect(call).toHaveBeenCalledWith('supply', 'orders', { status: 'paid' });
    expect(screen.getByText('× 2')).toBeTruthy();
    expect(screen.getByText('西安市雁塔区小寨路 1 号')).toBeTruthy();

    fireEvent.click(screen.getByText(U.orders.copyAddress));
    await waitFor(() => expect(copy).toHaveBeenCalledWith({ data: '王芳 13800000000 西安市雁塔区小寨路 1 号' }));
    copy.mockRestore();

    fireEvent.click(screen.getByText(U.orders.ship));
    fireEvent.click(screen.getByText(U.orders.shipSubmit));
    await waitFor(() => expect(errorOf(container, 'carrier')).toBe(deliveryText.pickCarrier));
    expect(call.mock.calls.some(([fn]) => fn === 'order')).toBe(false);

    fireEvent.click(container.querySelector('.carrier-SF') as Element);
    await typeInto(container, 'tracking-no', ' SF1234567 ');
    fireEvent.click(screen.getByText(U.orders.shipSubmit));
    expect(await screen.findByText(U.orders.shipment('顺丰速运', 'SF1234567'))).toBeTruthy();
    expect(call).toHaveBeenCalledWith('order', 'ship', { orderId: 'o-1', carrier: 'SF', trackingNo: 'SF1234567' });
    expect(screen.queryByText(U.orders.ship)).toBeNull();
  });

  it('asks for every order on 全部 and shows the backend’s refusal of a shipment under its field', async () => {
    backend({
      'supply.orders': (p: { status?: string }) => ({ orders: [anOrder({ id: p.status ? 'o-paid' : 'o-any' })], nextCursor: null, counts: {} }),
      'order.ship': new ApiError('BAD_INPUT', '请检查填写的内容', { fields: { trackingNo: '快递单号格式不对' } }),
    });
    const { container } = render(<SupplierOrdersPage />);
    await screen.findByText(U.orders.fromShop('林晓的商洛山货'));
    fireEvent.click(screen.getByText(U.orders.tabs.all));
    await waitFor(() => expect(call).toHaveBeenCalledWith('supply', 'orders', {}));

    fireEvent.click(await screen.findByText(U.orders.ship));
    fireEvent.click(container.querySelector('.carrier-ZTO') as Element);
    await typeInto(container, 'tracking-no', '??');
    fireEvent.click(screen.getByText(U.orders.shipSubmit));
    await waitFor(() => expect(errorOf(container, 'tracking-no')).toBe('快递单号格式不对'));
  });
});

describe('对账 and 卖家', () => {
  it('shows each seller’s line and records a payment in fen, showing the new line', async () => {
    backend({
      'supply.mine': mine(),
      'supply.statement': { lines: [aLine(), aLine({ shopId: 'shop-me', shopName: '我自己的小店', supplierId: 'sup-tea', supplierName: '茶园' })] },
      'supply.settle': aLine({ settledFen: 8850, balanceFen: 10150, settlements: [{ id: 'st-2', amountFen: 1250, note: '11 月', at: '2026-11-30T00:00:00.000Z' }, ...aLine().settlements] }),
    });
    const { container } = render(<SupplierStatementsPage />);
    expect(await screen.findByText('林晓的商洛山货')).toBeTruthy();
    // the caller's own shop's line with another supplier is not this console's
    expect(screen.queryByText('我自己的小店')).toBeNull();
    expect(screen.getByText('¥190.00')).toBeTruthy();
    expect(screen.getByText('¥114.00')).toBeTruthy();
    expect(screen.getByText('¥76.00 · 10 月货款')).toBeTruthy();

    fireEvent.click(screen.getByText(U.statements.settle));
    await typeInto(container, 'amount', '12.5');
    await typeInto(container, 'note', '11 月');
    fireEvent.click(screen.getByText(U.statements.save));
    await waitFor(() => expect(call).toHaveBeenCalledWith('supply', 'settle', { shopId: 'shop-lin', amountFen: 1250, note: '11 月', idempotencyKey: expect.any(String) }));
    expect(await screen.findByText('¥101.50')).toBeTruthy();
  });

  it('sends one idempotency key per payment: a retry after a lost answer sends the same, the next payment a new one', async () => {
    backend({ 'supply.mine': mine(), 'supply.statement': { lines: [aLine()] }, 'supply.settle': new ApiError('INTERNAL', '网络不太好') });
    const { container } = render(<SupplierStatementsPage />);
    fireEvent.click(await screen.findByText(U.statements.settle));
    await typeInto(container, 'amount', '12.5');
    fireEvent.click(screen.getByText(U.statements.save));
    await waitFor(() => expect(settleKeys()).toHaveLength(1));
    backend({ 'supply.mine': mine(), 'supply.statement': { lines: [aLine()] }, 'supply.settle': aLine({ settledFen: 8850 }) });
    fireEvent.click(screen.getByText(U.statements.save));
    await waitFor(() => expect(settleKeys()).toHaveLength(2));
    fireEvent.click(await screen.findByText(U.statements.settle));
    await typeInto(container, 'amount', '3');
    fireEvent.click(screen.getByText(U.statements.save));
    await waitFor(() => expect(settleKeys()).toHaveLength(3));
    const [first, retry, next] = settleKeys();
    expect(first).toEqual(expect.any(String));
    expect(retry).toBe(first);
    expect(next).not.toBe(first);
  });

  it('shows none of a seller’s own lines to someone who is not a supplier', async () => {
    backend({ 'supply.mine': noSupplier, 'supply.statement': { lines: [aLine({ shopId: 'shop-me', shopName: '我自己的小店', supplierId: 'sup-tea', supplierName: '茶园' })] } });
    render(<SupplierStatementsPage />);
    expect(await screen.findByText(U.statements.empty)).toBeTruthy();
    expect(screen.queryByText('我自己的小店')).toBeNull();
  });

  it('refuses an amount it cannot read, and shows the backend’s error under the amount', async () => {
    backend({
      'supply.mine': mine(),
      'supply.statement': { lines: [aLine()] },
      'supply.settle': new ApiError('BAD_INPUT', '请检查填写的内容', { fields: { amountFen: '金额须在 1 到 1000000000 之间' } }),
    });
    const { container } = render(<SupplierStatementsPage />);
    fireEvent.click(await screen.findByText(U.statements.settle));
    await typeInto(container, 'amount', '1.234');
    fireEvent.click(screen.getByText(U.statements.save));
    await waitFor(() => expect(errorOf(container, 'amount')).toBe(ui.productForm.priceDecimals));
    expect(call.mock.calls.some(([, action]) => action === 'settle')).toBe(false);

    await typeInto(container, 'amount', '5');
    fireEvent.click(screen.getByText(U.statements.save));
    await waitFor(() => expect(errorOf(container, 'amount')).toBe('金额须在 1 到 1000000000 之间'));
  });

  it('lists the shops that carry its products with pieces sold of each', async () => {
    backend({ 'supply.sellers': sellers });
    render(<SupplierSellersPage />);
    expect(await screen.findByText(U.sellers.line('秦岭土蜂蜜 500g', '¥58.00', 4))).toBeTruthy();
    expect(screen.getByText('林晓的商洛山货')).toBeTruthy();
  });
});
