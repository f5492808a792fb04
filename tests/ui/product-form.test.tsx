import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import ProductEditPage from '../../src/seller/product-edit';
import { ApiError, callFunction } from '../../src/api';
import { validateProductForm } from '../../src/features/catalog';
import { ui } from '../../types/zh-CN/ui';
import { aProduct } from './fixtures';
import { errorOf, typeInto } from '../helpers/form';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});

const call = callFunction as jest.MockedFunction<typeof callFunction>;

function openForm(params: Record<string, string> = {}) {
  Current.router = { params, path: '/seller/product-edit/index', $taroPath: 'seller/product-edit/index', onReady: '', onHide: '', onShow: '' };
  return render(<ProductEditPage />);
}

beforeEach(() => call.mockReset());

describe('the product form validates with the backend’s schemas', () => {
  it('shows each field’s zh-CN error and does not call the backend when the form is empty', async () => {
    const { container } = openForm();
    fireEvent.click(screen.getByText(ui.productForm.create));

    await waitFor(() => expect(errorOf(container, 'title')).toBe('商品名称不能为空'));
    expect(errorOf(container, 'story')).toBe('商品故事不能为空');
    expect(errorOf(container, 'stock')).toBe('库存不能为空');
    expect(errorOf(container, 'price')).toBe(ui.productForm.priceRequired);
    expect(container.querySelector('.form-message')?.textContent).toBe(ui.productForm.fixErrors);
    expect(call).not.toHaveBeenCalled();
  });

  it('shows bound errors: too many decimals, out-of-range stock, a fractional stock, a long title', async () => {
    const { container } = openForm();
    await typeInto(container, 'title', '好'.repeat(61));
    await typeInto(container, 'price', '68.505');
    await typeInto(container, 'stock', '10000');
    await typeInto(container, 'story', '爸妈自己种的。');
    fireEvent.click(screen.getByText(ui.productForm.create));

    await waitFor(() => expect(errorOf(container, 'title')).toBe('商品名称最多 60 个字'));
    expect(errorOf(container, 'price')).toBe(ui.productForm.priceDecimals);
    expect(errorOf(container, 'stock')).toBe('库存须在 0 到 9999 之间');
    expect(errorOf(container, 'story')).toBeNull();

    await typeInto(container, 'stock', '2.5');
    await typeInto(container, 'price', '0');
    fireEvent.click(screen.getByText(ui.productForm.create));
    await waitFor(() => expect(errorOf(container, 'stock')).toBe('库存须为整数'));
    expect(errorOf(container, 'price')).toBe(ui.productForm.priceRange);
    expect(call).not.toHaveBeenCalled();
  });

  it('counts the story’s characters', async () => {
    const { container } = openForm();
    await typeInto(container, 'story', '秦岭深处');
    expect(container.querySelector('.field--story .field__counter')?.textContent).toBe('4 / 2000');
  });

  it('sends a valid form as catalog.create with the price in fen', async () => {
    call.mockResolvedValueOnce(aProduct({ title: '秦岭土蜂蜜 500g' }));
    const { container } = openForm();
    await typeInto(container, 'title', '  秦岭土蜂蜜 500g ');
    await typeInto(container, 'price', '68.5');
    await typeInto(container, 'stock', '12');
    await typeInto(container, 'story', '山里的土蜂，一年只取一次。');
    fireEvent.click(screen.getByText(ui.productForm.create));

    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('catalog', 'create', {
        title: '秦岭土蜂蜜 500g',
        priceFen: 6850,
        stock: 12,
        story: '山里的土蜂，一年只取一次。',
        images: [],
        proofImages: [],
      }),
    );
  });

  it('shows the backend’s field errors under the fields', async () => {
    call.mockRejectedValueOnce(new ApiError('BAD_INPUT', '填写的内容有误，请检查后再试。', { fields: { title: '商品名称不能包含这个词' } }));
    const { container } = openForm();
    await typeInto(container, 'title', '蜂蜜');
    await typeInto(container, 'price', '68');
    await typeInto(container, 'stock', '1');
    await typeInto(container, 'story', '自家的。');
    fireEvent.click(screen.getByText(ui.productForm.create));
    await waitFor(() => expect(errorOf(container, 'title')).toBe('商品名称不能包含这个词'));
    expect(container.querySelector('.form-message')?.textContent).toBe('填写的内容有误，请检查后再试。');
  });

  it('edits: loads the product into the form and sends catalog.update', async () => {
    call.mockResolvedValueOnce({ ...aProduct({ id: 'p-7', title: '核桃', priceFen: 4550, stock: 3, story: '老家的。', images: ['/uploads/a.png'] }), reviews: [] });
    const { container } = openForm({ productId: 'p-7' });
    await waitFor(() => expect(container.querySelector('.field--price taro-input-core')?.getAttribute('value')).toBe('45.50'));
    expect(call).toHaveBeenCalledWith('catalog', 'get', { productId: 'p-7' });
    expect(container.querySelectorAll('.image-picker--images .image-tile--done')).toHaveLength(1);

    call.mockResolvedValueOnce(aProduct({ id: 'p-7' }));
    await typeInto(container, 'stock', '8');
    fireEvent.click(screen.getByText(ui.common.save));
    await waitFor(() =>
      // only what changed: the fields left out keep what the shop has now
      expect(call).toHaveBeenLastCalledWith('catalog', 'update', { productId: 'p-7', stock: 8 }),
    );
  });

  it('a story edit leaves the stock alone: friends may have bought since the form loaded it', async () => {
    call.mockResolvedValueOnce({ ...aProduct({ id: 'p-7', title: '核桃', priceFen: 4550, stock: 3, story: '老家的。' }), reviews: [] });
    const { container } = openForm({ productId: 'p-7' });
    await waitFor(() => expect(container.querySelector('.field--price taro-input-core')?.getAttribute('value')).toBe('45.50'));
    call.mockResolvedValueOnce(aProduct({ id: 'p-7' }));
    await typeInto(container, 'story', '老家山上的。');
    fireEvent.click(screen.getByText(ui.common.save));
    await waitFor(() => expect(call).toHaveBeenLastCalledWith('catalog', 'update', { productId: 'p-7', story: '老家山上的。' }));
  });
});

describe('validateProductForm', () => {
  it('says which image is not an address, under the images field', () => {
    const r = validateProductForm({ title: 't', price: '1', stock: '1', story: 's' }, ['not a url'], []);
    expect(r).toEqual({ ok: false, errors: { images: '商品图片须为图片地址' } });
  });

  it('refuses more than 9 proof images with the schema’s message', () => {
    const r = validateProductForm({ title: 't', price: '1', stock: '1', story: 's' }, [], Array.from({ length: 10 }, (_, i) => `/uploads/${i}.png`));
    expect(r).toEqual({ ok: false, errors: { proofImages: '品质证明最多 9 项' } });
  });
});
