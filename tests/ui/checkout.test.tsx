import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import CheckoutPage from '../../src/pages/checkout';
import { ApiError, callFunction } from '../../src/api';
import { lineFromProduct } from '../../src/features/cart';
import { validateAddress } from '../../src/features/checkout/address-form';
import { validateAddress as validateWechatAddress } from '../../src/features/checkout/address-form.weapp';
import { addressFromWechat } from '../../src/features/checkout/wechat-address';
import { useAddressBook } from '../../src/stores/address';
import { useCart } from '../../src/stores/cart';
import type { Order } from '../../types/order';
import { ordersUi } from '../../types/zh-CN/orders-ui';
import { aProduct, aShop } from './fixtures';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});

const call = callFunction as jest.MockedFunction<typeof callFunction>;
const walnut = aProduct({ id: 'p-walnut', shopId: 'shop-1', title: '核桃', priceFen: 6800, stock: 10 });
const honey = aProduct({ id: 'p-honey', shopId: 'shop-1', title: '蜂蜜', priceFen: 5800, stock: 5 });
const other = aProduct({ id: 'p-other', shopId: 'shop-2', title: '别家的茶', priceFen: 1000, stock: 5 });

function anOrder(): Order {
  return { id: 'o-1', shopId: 'shop-1' } as Order;
}

type CreateParams = { idempotencyKey: string; items: unknown; address: unknown };

function createCalls(): CreateParams[] {
  return call.mock.calls.filter((c) => (c[0] as string) === 'order' && (c[1] as string) === 'create').map((c) => c[2] as unknown as CreateParams);
}

function openCheckout(params: Record<string, string>) {
  Current.router = { params, path: '/pages/checkout/index', $taroPath: 'pages/checkout/index', onReady: '', onHide: '', onShow: '' };
  return render(<CheckoutPage />);
}

function fill(container: HTMLElement, field: string, value: string) {
  const el = container.querySelector(`.field--${field} input, .field--${field} textarea`) as HTMLInputElement;
  fireEvent.input(el, { target: { value }, detail: { value } });
}

beforeEach(() => {
  call.mockReset();
  useCart.getState().clear();
  useAddressBook.setState({ address: null });
  useCart.getState().add(lineFromProduct(walnut, 2));
  useCart.getState().add(lineFromProduct(honey, 1));
  useCart.getState().add(lineFromProduct(other, 1));
});

describe('the address form (browser)', () => {
  it('names each field’s problem in zh-CN, with the backend’s own schema', () => {
    const empty = validateAddress({ name: '', phone: '', detail: '  ' });
    expect(empty).toEqual({ ok: false, errors: { name: '收货人不能为空', phone: '手机号不能为空', detail: '详细地址不能为空' } });
    const badPhone = validateAddress({ name: '王小明', phone: 'abc', detail: '北京市海淀区' });
    expect(badPhone.ok).toBe(false);
    if (!badPhone.ok) expect(badPhone.errors.phone).toMatch(/手机号/);
    expect(validateAddress({ name: ' 王小明 ', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' })).toEqual({
      ok: true,
      address: { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' },
    });
  });

  it('WeChat’s stand-in only checks that an address was chosen; WeChat’s address becomes one line', () => {
    expect(validateWechatAddress({ name: '', phone: '', detail: '' }).ok).toBe(false);
    expect(
      addressFromWechat({ userName: '王小明', telNumber: '13800138000', provinceName: '北京市', cityName: '北京市', countyName: '海淀区', detailInfo: '中关村大街 1 号' }),
    ).toEqual({ name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' });
  });
});

describe('checkout', () => {
  it('shows the shop’s lines with line totals and the total, and field errors before asking the backend', async () => {
    call.mockImplementation(async (fn, action) => {
      if (fn === 'shop' && action === 'get') return { shop: aShop(), products: [walnut, honey] } as never;
      throw new Error(`unexpected ${fn}.${action}`);
    });
    const { container } = openCheckout({ shopId: 'shop-1' });
    expect(await screen.findByText('林晓的商洛山货')).toBeTruthy();
    expect(container.querySelectorAll('.checkout-line')).toHaveLength(2);
    expect([...container.querySelectorAll('.line-total')].map((e) => e.textContent)).toEqual(['¥136.00', '¥58.00']);
    expect(container.querySelector('.checkout-total')?.textContent).toBe('¥194.00');

    fireEvent.click(container.querySelector('.submit-order') as Element);
    expect(container.querySelector('.field--address-name .field-error')?.textContent).toBe('收货人不能为空');
    expect(container.querySelector('.field--address-phone .field-error')?.textContent).toBe('手机号不能为空');
    expect(createCalls()).toHaveLength(0);
  });

  it('a double tap sends one request; a retry of the same attempt reuses its idempotency key', async () => {
    let finish: (o: Order) => void = () => undefined;
    let fail: (e: unknown) => void = () => undefined;
    let attempt = 0;
    call.mockImplementation((fn, action) => {
      if (fn === 'shop' && action === 'get') return Promise.resolve({ shop: aShop(), products: [walnut, honey] } as never);
      if (fn === 'order' && (action as string) === 'create') {
        attempt += 1;
        return new Promise((resolve, reject) => {
          if (attempt === 1) fail = reject;
          else finish = resolve as (o: Order) => void;
        }) as never;
      }
      return Promise.reject(new Error(`unexpected ${fn}.${action}`));
    });
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' } as never);
    const { container } = openCheckout({ shopId: 'shop-1' });
    await screen.findByText('林晓的商洛山货');
    // The address form renders after the shop; on a loaded machine not in the same tick.
    await waitFor(() => expect(container.querySelector('.field--address-detail textarea, .field--address-detail input')).not.toBeNull());
    fill(container, 'address-name', '王小明');
    fill(container, 'address-phone', '13800138000');
    fill(container, 'address-detail', '北京市海淀区中关村大街 1 号');

    const submit = container.querySelector('.submit-order') as Element;
    fireEvent.click(submit);
    fireEvent.click(submit);
    expect(createCalls()).toHaveLength(1);
    expect(submit.className).toContain('submit-button--disabled');
    expect(submit.textContent).toBe(ordersUi.checkout.submitting);

    // The answer is lost: the retry is the same attempt, with the same key.
    await act(async () => fail(new ApiError('INTERNAL', '网络不可用，请检查网络后重试。', { network: true })));
    expect(await screen.findByText('网络不可用，请检查网络后重试。')).toBeTruthy();
    fireEvent.click(container.querySelector('.submit-order') as Element);
    fireEvent.click(container.querySelector('.submit-order') as Element);
    const sent = createCalls();
    expect(sent).toHaveLength(2);
    expect(sent[1].idempotencyKey).toBe(sent[0].idempotencyKey);
    expect(sent[0].idempotencyKey.length).toBeGreaterThanOrEqual(8);
    expect(sent[0].items).toEqual([{ productId: 'p-walnut', qty: 2 }, { productId: 'p-honey', qty: 1 }]);
    expect(sent[0].address).toEqual({ name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' });

    await act(async () => finish(anOrder()));
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/pages/order/index?orderId=o-1' }));
    // The ordered lines left the cart; the other shop's line stayed; the address is remembered.
    expect(useCart.getState().lines.map((l) => l.productId)).toEqual(['p-other']);
    expect(useAddressBook.getState().address?.name).toBe('王小明');
    redirect.mockRestore();
  });

  it('shows the backend’s OUT_OF_STOCK sentence and bounds the line by what is left', async () => {
    call.mockImplementation(async (fn, action) => {
      if (fn === 'shop' && action === 'get') return { shop: aShop(), products: [walnut, honey] } as never;
      throw new ApiError('OUT_OF_STOCK', '「核桃」只剩 1 件了。', { productId: 'p-walnut', available: 1 });
    });
    useAddressBook.setState({ address: { name: '王小明', phone: '13800138000', detail: '北京市海淀区' } });
    const { container } = openCheckout({ shopId: 'shop-1' });
    await screen.findByText('林晓的商洛山货');
    fireEvent.click(container.querySelector('.submit-order') as Element);
    expect(await screen.findByText('「核桃」只剩 1 件了。')).toBeTruthy();
    expect(useCart.getState().lines.find((l) => l.productId === 'p-walnut')).toMatchObject({ stock: 1, qty: 1 });
  });

  it('buy-now checks out just that item and leaves the cart alone', async () => {
    call.mockImplementation(async (fn, action) => {
      if (fn === 'shop' && action === 'get') return { shop: aShop(), products: [walnut, honey] } as never;
      return anOrder() as never;
    });
    jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' } as never);
    useCart.getState().setBuyNow(lineFromProduct(honey, 1));
    useAddressBook.setState({ address: { name: '王小明', phone: '13800138000', detail: '北京市海淀区' } });
    const { container } = openCheckout({ shopId: 'shop-1', mode: 'buyNow' });
    await screen.findByText('林晓的商洛山货');
    expect(container.querySelectorAll('.checkout-line')).toHaveLength(1);
    fireEvent.click(container.querySelector('.submit-order') as Element);
    await waitFor(() => expect(createCalls()).toHaveLength(1));
    expect(createCalls()[0].items).toEqual([{ productId: 'p-honey', qty: 1 }]);
    await waitFor(() => expect(useCart.getState().buyNow).toBeNull());
    expect(useCart.getState().lines).toHaveLength(3);
  });
});
