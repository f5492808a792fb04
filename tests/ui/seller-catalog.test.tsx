import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import SellerCatalogPage from '../../src/seller/catalog';
import { ApiError, callFunction } from '../../src/api';
import { ui } from '../../types/zh-CN/ui';
import { aProduct } from './fixtures';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});

const call = callFunction as jest.MockedFunction<typeof callFunction>;

beforeEach(() => call.mockReset());

const products = (n: number) => Array.from({ length: n }, (_, i) => aProduct({ title: `好物 ${i + 1}`, position: i + 1 }));

describe('the seller’s catalog', () => {
  it('shows the cap meter, the active products in order and the archived ones apart', async () => {
    call.mockResolvedValueOnce({ active: products(12), archived: [aProduct({ title: '去年的春茶', status: 'archived' })], productCap: 30 });
    const { container } = render(<SellerCatalogPage />);
    expect(await screen.findByText('12 / 30')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('catalog', 'listMine', {});
    const active = Array.from(container.querySelectorAll('.catalog-list--active .catalog-row__title')).map((e) => e.textContent);
    expect(active).toEqual(products(12).map((_, i) => `好物 ${i + 1}`));
    expect(container.querySelector('.catalog-list--archived')?.textContent).toContain('去年的春茶');

    const add = container.querySelector('.add-product');
    expect(add?.classList.contains('catalog-add--disabled')).toBe(false);
    expect(container.querySelector('.row-action--restore')?.classList.contains('row-action--disabled')).toBe(false);
    // the first cannot move up, the last cannot move down
    const rows = container.querySelectorAll('.catalog-list--active .catalog-row');
    expect(rows[0].querySelector('.row-action--move-up')?.classList.contains('row-action--disabled')).toBe(true);
    expect(rows[11].querySelector('.row-action--move-down')?.classList.contains('row-action--disabled')).toBe(true);
  });

  it('flags a carried product whose price the supplier’s new band left outside, with the band to move it into', async () => {
    const source = { supplierId: 'sup-1', supplierName: '秦岭蜂场', supplyProductId: 'sp-1', supplierStory: '', shipWithinHours: 48, supplyPriceFen: 6000, minPriceFen: 6000, maxPriceFen: 8000 };
    call.mockResolvedValueOnce({
      active: [aProduct({ id: 'p-low', title: '土蜂蜜', priceFen: 5200, source }), aProduct({ id: 'p-in', title: '百花蜜', priceFen: 6500, source })],
      archived: [],
      productCap: 30,
    });
    const { container } = render(<SellerCatalogPage />);
    expect(await screen.findByText('供货商调整了价格区间，请把售价改到 ¥60–¥80 之间')).toBeTruthy();
    const rows = Array.from(container.querySelectorAll('.catalog-list--active .catalog-row'));
    expect(rows.map((r) => Boolean(r.querySelector('.catalog-row__band-changed')))).toEqual([true, false]);
  });

  it('disables 上新 and 恢复上架 at the cap, and says why', async () => {
    call.mockResolvedValueOnce({ active: products(30), archived: [aProduct({ status: 'archived' })], productCap: 30 });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
    const { container } = render(<SellerCatalogPage />);
    expect(await screen.findByText('30 / 30')).toBeTruthy();

    const add = screen.getByText(ui.catalog.add);
    expect(add.classList.contains('catalog-add--disabled')).toBe(true);
    expect(add.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(ui.catalog.atCap(30))).toBeTruthy();
    expect(container.querySelector('.row-action--restore')?.classList.contains('row-action--disabled')).toBe(true);

    fireEvent.click(add);
    expect(navigate).not.toHaveBeenCalled();
    navigate.mockRestore();
  });

  it('moves a product down with catalog.move and shows the new order', async () => {
    const [a, b] = [aProduct({ title: '甲' }), aProduct({ title: '乙' })];
    call.mockResolvedValueOnce({ active: [a, b], archived: [], productCap: 30 });
    const { container } = render(<SellerCatalogPage />);
    await screen.findByText('甲');

    call.mockResolvedValueOnce([b, a]).mockResolvedValueOnce({ active: [b, a], archived: [], productCap: 30 });
    fireEvent.click(container.querySelectorAll('.row-action--move-down')[0]);
    await waitFor(() => expect(call).toHaveBeenCalledWith('catalog', 'move', { productId: a.id, direction: 'down' }));
    await waitFor(() =>
      expect(Array.from(container.querySelectorAll('.catalog-row__title')).map((e) => e.textContent)).toEqual(['乙', '甲']),
    );
  });

  it('asks before archiving, then archives', async () => {
    const p = aProduct({ title: '山茶油' });
    call.mockResolvedValueOnce({ active: [p], archived: [], productCap: 30 });
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never);
    const { container } = render(<SellerCatalogPage />);
    await screen.findByText('山茶油');

    call.mockResolvedValueOnce({ ...p, status: 'archived' }).mockResolvedValueOnce({ active: [], archived: [{ ...p, status: 'archived' }], productCap: 30 });
    fireEvent.click(container.querySelector('.row-action--archive') as Element);
    await waitFor(() => expect(call).toHaveBeenCalledWith('catalog', 'archive', { productId: p.id }));
    expect(modal.mock.calls[0][0]).toMatchObject({ title: ui.catalog.archiveConfirmTitle });
    expect(await screen.findByText('0 / 30')).toBeTruthy();
    modal.mockRestore();
  });

  it('shows the backend’s SHOP_FULL sentence when a restore is refused', async () => {
    const p = aProduct({ title: '旧款', status: 'archived' });
    call.mockResolvedValueOnce({ active: products(3), archived: [p], productCap: 30 });
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never);
    const { container } = render(<SellerCatalogPage />);
    await screen.findByText('旧款');

    call.mockRejectedValueOnce(new ApiError('SHOP_FULL', '店里在售商品已经有 30 件了，先下架一件再上新吧。'));
    call.mockResolvedValueOnce({ active: products(3), archived: [p], productCap: 30 });
    fireEvent.click(container.querySelector('.row-action--restore') as Element);
    await waitFor(() => expect(modal).toHaveBeenCalledWith(expect.objectContaining({ content: '店里在售商品已经有 30 件了，先下架一件再上新吧。' })));
    modal.mockRestore();
  });

  it('without a shop (FORBIDDEN), says so and offers to open one', async () => {
    call.mockRejectedValueOnce(new ApiError('FORBIDDEN', '开店之后才能上架商品。'));
    render(<SellerCatalogPage />);
    expect(await screen.findByText('开店之后才能上架商品。')).toBeTruthy();
    expect(screen.getByText(ui.catalog.goOpenShop)).toBeTruthy();
  });
});
