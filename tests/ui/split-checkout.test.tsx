import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import CartPage from '../../src/pages/cart';
import CheckoutPage from '../../src/pages/checkout';
import OrderPage from '../../src/pages/order';
import { ApiError, callFunction } from '../../src/api';
import { lineFromProduct } from '../../src/features/cart';
import { useAddressBook } from '../../src/stores/address';
import { useCart } from '../../src/stores/cart';
import type { Order } from '../../types/order';
import type { ProductSource } from '../../types/product';
import { fulfillerUi } from '../../types/zh-CN/fulfiller';
import { ordersUi } from '../../types/zh-CN/orders-ui';
import { aProduct, aShop, anOrder } from './fixtures';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});

const call = callFunction as jest.MockedFunction<typeof callFunction>;

const uncle: ProductSource = {
  supplierId: 'sup-uncle',
  supplierName: '秦岭蜂场',
  supplyProductId: 'sp-honey',
  supplierStory: '',
  shipWithinHours: 48,
  minPriceFen: 5200,
  maxPriceFen: 6800,
};
const walnut = aProduct({ id: 'p-walnut', shopId: 'shop-1', title: '核桃', priceFen: 6800, stock: 10 });
const honey = aProduct({ id: 'p-honey', shopId: 'shop-1', title: '秦岭土蜂蜜', priceFen: 5800, stock: 50, source: uncle });
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };

type CreateParams = { idempotencyKey: string; items: { productId: string; qty: number }[]; address: unknown; shopId: string };

function createCalls(): CreateParams[] {
  return call.mock.calls.filter((c) => (c[0] as string) === 'order' && (c[1] as string) === 'create').map((c) => c[2] as unknown as CreateParams);
}

function open(path: string, params: Record<string, string>, page: JSX.Element) {
  Current.router = { params, path, $taroPath: path.slice(1), onReady: '', onHide: '', onShow: '' };
  return render(page);
}

/** The backend as it will be: one order per call, refusing nothing unless told to. */
function backend(answer: (params: CreateParams, n: number) => Promise<Order>) {
  let n = 0;
  call.mockImplementation(((fn: string, action: string, params: unknown) => {
    if (fn === 'shop' && action === 'get') return Promise.resolve({ shop: aShop(), products: [walnut, honey] });
    if (fn === 'order' && action === 'create') {
      n += 1;
      return answer(params as CreateParams, n);
    }
    return Promise.reject(new Error(`unexpected ${fn}.${action}`));
  }) as never);
}

function orderFor(params: CreateParams, id: string): Order {
  const carried = params.items.some((i) => i.productId === 'p-honey');
  return anOrder({
    id,
    totalFen: params.items.reduce((sum, i) => sum + i.qty * (i.productId === 'p-honey' ? 5800 : 6800), 0),
    fulfiller: carried ? { kind: 'supplier', supplierId: 'sup-uncle', supplierName: '秦岭蜂场' } : { kind: 'shop', supplierId: null, supplierName: null },
  });
}

let redirect: jest.SpyInstance;

beforeEach(() => {
  call.mockReset();
  useCart.getState().clear();
  useAddressBook.setState({ address });
  useCart.getState().add(lineFromProduct(walnut, 2));
  useCart.getState().add(lineFromProduct(honey, 1));
  redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' } as never);
});

afterEach(() => redirect.mockRestore());

describe('the cart with a carried product', () => {
  it('groups one shop’s lines by who ships them, each under a small header', async () => {
    backend(() => Promise.reject(new Error('no order here')));
    const { container } = open('/pages/cart/index', {}, <CartPage />);
    await screen.findByText('林晓的商洛山货');
    const groups = [...container.querySelectorAll('.cart-fulfiller')];
    expect(groups.map((g) => g.querySelector('.cart-fulfiller__head')?.textContent)).toEqual(['店主发货', '由 秦岭蜂场 发货']);
    expect(groups.map((g) => [...g.querySelectorAll('.cart-line__title')].map((t) => t.textContent))).toEqual([['核桃'], ['秦岭土蜂蜜']]);
    // Still one checkout for the shop: checkout makes the orders.
    expect(container.querySelectorAll('.checkout-shop')).toHaveLength(1);
  });

  it('shows no header when everything ships from one place', async () => {
    useCart.getState().remove(['p-honey']);
    backend(() => Promise.reject(new Error('no order here')));
    const { container } = open('/pages/cart/index', {}, <CartPage />);
    await screen.findByText('林晓的商洛山货');
    expect(container.querySelectorAll('.cart-fulfiller')).toHaveLength(1);
    expect(container.querySelector('.cart-fulfiller__head')).toBeNull();
  });
});

describe('checkout of a cart that ships from two places', () => {
  it('says it makes two orders before paying, and places one per fulfiller with its own items and key', async () => {
    backend((params, n) => Promise.resolve(orderFor(params, `o-${n}`)));
    const { container } = open('/pages/checkout/index', { shopId: 'shop-1' }, <CheckoutPage />);
    await screen.findByText('林晓的商洛山货');
    expect(container.querySelector('.split-notice__text')?.textContent).toBe('将分成 2 笔订单：店主发货 1 笔，由 秦岭蜂场 发货 1 笔');
    expect([...container.querySelectorAll('.checkout-fulfiller__head')].map((h) => h.textContent)).toEqual(['店主发货', '由 秦岭蜂场 发货']);

    const submit = container.querySelector('.submit-order') as Element;
    fireEvent.click(submit);
    fireEvent.click(submit);
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/pages/orders/index' }));

    const sent = createCalls();
    expect(sent.map((p) => p.items)).toEqual([[{ productId: 'p-walnut', qty: 2 }], [{ productId: 'p-honey', qty: 1 }]]);
    expect(sent.every((p) => p.shopId === 'shop-1')).toBe(true);
    expect(new Set(sent.map((p) => p.idempotencyKey)).size).toBe(2);
    expect(sent.every((p) => p.idempotencyKey.length >= 8 && p.idempotencyKey.length <= 64)).toBe(true);
    expect(useCart.getState().lines).toEqual([]);
  });

  it('says under the note that it goes on every order and that the supplier who ships reads it too', async () => {
    backend((params, n) => Promise.resolve(orderFor(params, `o-${n}`)));
    const { container } = open('/pages/checkout/index', { shopId: 'shop-1' }, <CheckoutPage />);
    await screen.findByText('林晓的商洛山货');
    const note = container.querySelector('.field__hint');
    expect(note?.textContent).toBe('这条留言会带到每一笔订单上，店主和发货的 秦岭蜂场 都能看到。');
  });

  it('when the second order fails, the first stays placed; the retry places only the failed one, with the same key', async () => {
    let honeyTries = 0;
    backend((params, n) => {
      if (params.items[0].productId !== 'p-honey') return Promise.resolve(orderFor(params, `o-${n}`));
      honeyTries += 1;
      if (honeyTries === 1) return Promise.reject(new ApiError('INTERNAL', '网络不可用，请检查网络后重试。', { network: true }));
      return Promise.resolve(orderFor(params, `o-${n}`));
    });
    const { container } = open('/pages/checkout/index', { shopId: 'shop-1' }, <CheckoutPage />);
    await screen.findByText('林晓的商洛山货');
    fireEvent.click(container.querySelector('.submit-order') as Element);

    expect(await screen.findByText('网络不可用，请检查网络后重试。')).toBeTruthy();
    // What was placed, what was not, and a retry that says it is only for the rest.
    const placed = container.querySelector('.placed-order') as Element;
    expect(placed.textContent).toContain(fulfillerUi.checkout.placed);
    expect(placed.textContent).toContain('店主发货');
    expect(placed.textContent).toContain('¥136.00');
    const unplaced = container.querySelector('.unplaced-order') as Element;
    expect(unplaced.textContent).toContain(fulfillerUi.checkout.notPlaced);
    expect(unplaced.textContent).toContain('由 秦岭蜂场 发货');
    expect(container.querySelector('.split-notice__text')?.textContent).toBe('将分成 2 笔订单：店主发货 1 笔，由 秦岭蜂场 发货 1 笔');
    expect(container.querySelector('.submit-order')?.textContent).toBe('重新提交未下单的 1 笔');
    expect(container.querySelectorAll('.checkout-line')).toHaveLength(1);
    expect(useCart.getState().lines.map((l) => l.productId)).toEqual(['p-honey']);
    expect(redirect).not.toHaveBeenCalled();

    // The placed order can be opened (and paid) on its own page already.
    const nav = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
    fireEvent.click(placed);
    expect(nav).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/order/index?orderId=o-1' }));
    nav.mockRestore();

    fireEvent.click(container.querySelector('.submit-order') as Element);
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/pages/orders/index' }));
    const sent = createCalls();
    expect(sent.map((p) => p.items[0].productId)).toEqual(['p-walnut', 'p-honey', 'p-honey']);
    expect(sent[2].idempotencyKey).toBe(sent[1].idempotencyKey);
    expect(sent[2].idempotencyKey).not.toBe(sent[0].idempotencyKey);
  });

  it('one fulfiller is one order, no notice, straight to it', async () => {
    useCart.getState().remove(['p-walnut']);
    backend((params) => Promise.resolve(orderFor(params, 'o-honey')));
    const { container } = open('/pages/checkout/index', { shopId: 'shop-1' }, <CheckoutPage />);
    await screen.findByText('林晓的商洛山货');
    expect(container.querySelector('.split-notice')).toBeNull();
    expect(container.querySelector('.checkout-fulfiller__head')).toBeNull();
    expect(container.querySelector('.submit-order')?.textContent).toBe(ordersUi.checkout.submit);
    fireEvent.click(container.querySelector('.submit-order') as Element);
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/pages/order/index?orderId=o-honey' }));
    expect(createCalls()).toHaveLength(1);
  });
});

describe('the friend’s order page', () => {
  it('says the supplier ships it and the seller still answers after-sales; says nothing for the shop’s own', async () => {
    const shipped = anOrder({ fulfiller: { kind: 'supplier', supplierId: 'sup-uncle', supplierName: '秦岭蜂场' } });
    call.mockImplementation((async () => shipped) as never);
    const first = open('/pages/order/index', { orderId: 'o1' }, <OrderPage />);
    const note = await waitFor(() => {
      const el = first.container.querySelector('.fulfiller-note');
      expect(el).not.toBeNull();
      return el as Element;
    });
    expect(note.textContent).toContain('由 秦岭蜂场 直接发货');
    expect(note.textContent).toContain('林晓的商洛山货');
    first.unmount();

    call.mockImplementation((async () => anOrder()) as never);
    const second = open('/pages/order/index', { orderId: 'o1' }, <OrderPage />);
    await waitFor(() => expect(second.container.querySelector('.order-status')).not.toBeNull());
    expect(second.container.querySelector('.fulfiller-note')).toBeNull();
  });
});
