import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import SellerConsolePage from '../../src/seller/console';
import { ApiError, callFunction } from '../../src/api';
import { ui } from '../../types/zh-CN/ui';
import { aShop } from './fixtures';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});
jest.mock('../../src/dev/devMode', () => ({ probeDevMode: () => Promise.resolve('off') }));

const call = callFunction as jest.MockedFunction<typeof callFunction>;

beforeEach(() => {
  call.mockReset();
  // The console's other sections (orders waiting, posts, sales, followers) are not these tests'
  // subject: they answer with an error, which each section shows on its own, instead of undefined.
  call.mockImplementation(() => Promise.reject(new ApiError('INTERNAL', '这一块暂时没有加载出来。')));
});

describe('the seller console', () => {
  it('shows the seller’s shop and links to its public page', async () => {
    call.mockResolvedValueOnce(aShop({ id: 'shop-42', name: '晓林的商洛山货' }));
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
    render(<SellerConsolePage />);
    expect(await screen.findByText('晓林的商洛山货')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('shop', 'mine', {});

    fireEvent.click(screen.getByText(ui.seller.viewShop));
    expect(navigate).toHaveBeenCalledWith({ url: '/pages/shop/index?shopId=shop-42' });
    navigate.mockRestore();
  });

  it('explains how to start when the caller has no shop yet (NOT_FOUND)', async () => {
    call.mockRejectedValueOnce(new ApiError('NOT_FOUND', '你还没有开店。'));
    render(<SellerConsolePage />);
    expect(await screen.findByText(ui.seller.noShop)).toBeTruthy();
    expect(screen.getByText(ui.seller.noShopExplain)).toBeTruthy();
  });

  it('shows other errors with their message and a retry', async () => {
    call.mockRejectedValueOnce(new ApiError('UNAUTHENTICATED', '请先登录微信身份。'));
    render(<SellerConsolePage />);
    expect(await screen.findByText('请先登录微信身份。')).toBeTruthy();

    call.mockResolvedValueOnce(aShop({ name: '阿珍的山茶油' }));
    fireEvent.click(screen.getByText(ui.common.retry));
    expect(await screen.findByText('阿珍的山茶油')).toBeTruthy();
  });
});
