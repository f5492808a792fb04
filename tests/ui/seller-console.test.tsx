import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import SellerConsolePage from '../../src/seller/console';
import { ApiError, callFunction } from '../../src/api';
import { ui } from '../../types/zh-CN/ui';
import { crmUi } from '../../types/zh-CN/crm-ui';
import { firstRunUi } from '../../types/zh-CN/first-run';
import type { OrderStatus } from '../../types/order';
import type { Product } from '../../types/product';
import { DEFAULT_POLICY, type Shop } from '../../types/shop';
import { aProduct, aShop } from './fixtures';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});
jest.mock('../../src/dev/dev-mode', () => ({ probeDevMode: () => Promise.resolve('off') }));

const call = callFunction as jest.MockedFunction<typeof callFunction>;

beforeEach(() => {
  Taro.clearStorageSync();
  call.mockReset();
  // The console's other sections (orders waiting, posts, sales, followers) are not these tests'
  // subject: they answer with an error, which each section shows on its own, instead of undefined.
  call.mockImplementation(() => Promise.reject(new ApiError('INTERNAL', '这一块暂时没有加载出来。')));
});

describe('the seller console', () => {
  it('shows the seller’s shop and links to its public page', async () => {
    call.mockResolvedValueOnce(aShop({ id: 'shop-42', name: '林晓的商洛山货' }));
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
    render(<SellerConsolePage />);
    expect(await screen.findByText('林晓的商洛山货')).toBeTruthy();
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

/** The backend of a seller's console: the shop, its products and posts, and the order counts of `order.listShop`. */
function sellerBackend(shop: Shop, { products = [], posts = [], counts = {} }: { products?: Product[]; posts?: { id: string; status: string }[]; counts?: Partial<Record<OrderStatus, number>> }) {
  call.mockImplementation(((fn: string, action: string) => {
    const answers: Record<string, unknown> = {
      'shop.mine': shop,
      'shop.get': { shop, products },
      'post.list': posts,
      'order.listShop': { orders: [], nextCursor: null, counts },
      'shop.followers': { following: 0, muted: 0 },
      'post.policy': { policy: DEFAULT_POLICY, usage: { today: 0, last7Days: 0 }, nextAllowedAt: null },
      'crm.followups': [],
    };
    const key = `${fn}.${action}`;
    return key in answers ? Promise.resolve(answers[key]) : Promise.reject(new ApiError('INTERNAL', '这一块暂时没有加载出来。'));
  }) as unknown as typeof callFunction);
}

const before = (a: Element | null, b: Element | null) => !!a && !!b && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

describe('a new seller’s first-run checklist', () => {
  const transfer = { wechatPay: false, transferNote: '微信转账给林晓', transferQrUrl: null };

  it('comes first, with each step’s state from the shop’s data, and no wall of zeros', async () => {
    const half = aProduct({ id: 'p-honey', story: '舅舅养的蜂。', proofImages: [] });
    sellerBackend(aShop({ id: 's1', avatarUrl: null, payment: transfer }), { products: [half], posts: [{ id: 'post-1', status: 'scheduled' }] });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
    const { container } = render(<SellerConsolePage />);
    await waitFor(() => expect(container.querySelector('.first-run')).not.toBeNull());
    await waitFor(() => expect(container.querySelector('.today-orders--none')).not.toBeNull());

    // what is left, each saying what is missing; what is done folds into one line
    const todo = [...container.querySelectorAll('.first-run-step')].map((el) => el.className.match(/first-run-step--(\w+)/)?.[1]);
    expect(todo).toEqual(['profile', 'product', 'share', 'notices']);
    expect(container.querySelector('.first-run-step--profile')?.textContent).toContain(firstRunUi.missing.avatar);
    expect(container.querySelector('.first-run-step--product')?.textContent).toContain(firstRunUi.missing.proof);
    expect(container.querySelector('.first-run__done')?.textContent).toContain(firstRunUi.short.payment);
    expect(container.querySelector('.first-run__done')?.textContent).toContain(firstRunUi.short.post);
    expect(screen.getByText(firstRunUi.progress(2, 6))).toBeTruthy();

    // first on the page; orders: a sentence, not 0 / 0 / 0; no 30 days of zeros
    expect(before(container.querySelector('.first-run'), container.querySelector('.my-shop'))).toBe(true);
    expect(before(container.querySelector('.my-shop'), container.querySelector('.today-section'))).toBe(true);
    expect(container.querySelectorAll('.today-tile')).toHaveLength(0);
    expect(container.querySelector('.sales-section')).toBeNull();
    await waitFor(() => expect(call).toHaveBeenCalledWith('crm', 'followups', {}));
    await waitFor(() => expect(call).toHaveBeenCalledWith('post', 'list', expect.objectContaining({ from: expect.any(String) })));
    await new Promise((r) => setTimeout(r, 0)); // the answers settle
    expect(container.querySelector('.today-posts')).toBeNull();
    expect(container.querySelector('.today-followups')).toBeNull();

    // each step a tap away from where it is done
    fireEvent.click(container.querySelector('.first-run-step--product')!);
    expect(navigate).toHaveBeenLastCalledWith({ url: '/seller/product-edit/index?productId=p-honey' });
    fireEvent.click(container.querySelector('.first-run-step--profile')!);
    expect(navigate).toHaveBeenLastCalledWith({ url: '/seller/settings/index' });
    fireEvent.click(container.querySelector('.first-run-step--share')!);
    expect(navigate).toHaveBeenLastCalledWith({ url: '/pages/shop/index?shopId=s1' });
    await waitFor(() => expect(container.querySelector('.first-run-step--share')).toBeNull());
    expect(container.querySelector('.first-run__done')?.textContent).toContain(firstRunUi.short.share);
    navigate.mockRestore();
  });

  it('a shop with no product yet is sent to the new-product form', async () => {
    sellerBackend(aShop({ id: 's1' }), {});
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
    const { container } = render(<SellerConsolePage />);
    await waitFor(() => expect(container.querySelector('.first-run-step--product')).not.toBeNull());
    expect(container.querySelector('.first-run-step--payment')).not.toBeNull();
    fireEvent.click(container.querySelector('.first-run-step--product')!);
    expect(navigate).toHaveBeenLastCalledWith({ url: '/seller/product-edit/index' });
    navigate.mockRestore();
  });

  it('once closed (after asking), stays closed on this phone', async () => {
    sellerBackend(aShop({ id: 's1' }), {});
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never);
    const first = render(<SellerConsolePage />);
    await waitFor(() => expect(first.container.querySelector('.first-run')).not.toBeNull());
    fireEvent.click(screen.getByText(firstRunUi.dismiss));
    await waitFor(() => expect(modal).toHaveBeenCalled());
    await waitFor(() => expect(first.container.querySelector('.first-run')).toBeNull());
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: firstRunUi.dismissTitle }));
    first.unmount();

    const again = render(<SellerConsolePage />);
    await waitFor(() => expect(again.container.querySelector('.my-shop')).not.toBeNull());
    await waitFor(() => expect(call).toHaveBeenCalledWith('order', 'listShop', {}));
    expect(again.container.querySelector('.first-run')).toBeNull();
    modal.mockRestore();
  });

  it('is gone when every step is done', async () => {
    Taro.setStorageSync('shuren:sellerNotices:s1', true);
    const shop = aShop({ id: 's1', avatarUrl: 'https://example.com/a.png', payment: transfer });
    sellerBackend(shop, { products: [aProduct({ proofImages: ['https://example.com/proof.png'] })], posts: [{ id: 'post-1', status: 'posted' }], counts: { completed: 1 } });
    const { container } = render(<SellerConsolePage />);
    await waitFor(() => expect(container.querySelector('.today-tile')).not.toBeNull());
    await waitFor(() => expect(call).toHaveBeenCalledWith('shop', 'get', { shopId: 's1' }));
    await new Promise((r) => setTimeout(r, 0));
    expect(container.querySelector('.first-run')).toBeNull();
  });
});

describe('a seller with orders', () => {
  it('sees today’s to-dos first, and a tile opens the orders list on that tab', async () => {
    sellerBackend(aShop({ id: 's1' }), { counts: { awaiting_confirmation: 2, paid: 3, after_sale: 1, completed: 4 } });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
    const { container } = render(<SellerConsolePage />);
    await waitFor(() => expect(container.querySelector('.today-tile--paid')).not.toBeNull());
    expect(container.querySelector('.today-tile--paid .today-tile__count')?.textContent).toBe('3');
    await waitFor(() => expect(container.querySelector('.today-followups')).not.toBeNull());
    expect(before(container.querySelector('.today-section'), container.querySelector('.my-shop'))).toBe(true);
    await waitFor(() => expect(container.querySelector('.first-run')).not.toBeNull());
    expect(before(container.querySelector('.today-section'), container.querySelector('.first-run'))).toBe(true);

    fireEvent.click(container.querySelector('.today-tile--awaiting_confirmation')!);
    expect(navigate).toHaveBeenLastCalledWith({ url: '/seller/orders/index?status=awaiting_confirmation' });
    fireEvent.click(container.querySelector('.today-tile--paid')!);
    expect(navigate).toHaveBeenLastCalledWith({ url: '/seller/orders/index?status=paid' });
    fireEvent.click(screen.getByText(crmUi.today.afterSale));
    expect(navigate).toHaveBeenLastCalledWith({ url: '/seller/orders/index?status=after_sale' });
    navigate.mockRestore();
  });
});
