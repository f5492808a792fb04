import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import ProductPage from '../../src/pages/product';
import { ApiError, callFunction } from '../../src/api';
import { formatReviewDate, stars } from '../../src/features/product';
import type { ProductWithReviews } from '../../types/product';
import { sourcingText } from '../../types/zh-CN/sourcing';
import { ui } from '../../types/zh-CN/ui';
import { aProduct } from './fixtures';
import { useCart } from '../../src/stores/cart';
import { ordersUi } from '../../types/zh-CN/orders-ui';
import { fulfillerUi } from '../../types/zh-CN/fulfiller';
import type { ProductSource } from '../../types/product';
import { STORY_FOLD_CHARS } from '../../src/features/product/components/supplier-section';
import { ProductCard } from '../../src/features/shop/components/product-card';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});

const call = callFunction as jest.MockedFunction<typeof callFunction>;

function openProductPage(params: Record<string, string>) {
  Current.router = { params, path: '/pages/product/index', $taroPath: 'pages/product/index', onReady: '', onHide: '', onShow: '' };
  return render(<ProductPage />);
}

function honey(overrides: Partial<ProductWithReviews> = {}): ProductWithReviews {
  return {
    ...aProduct({
      id: 'p-honey',
      title: '秦岭土蜂蜜 500g',
      priceFen: 6850,
      stock: 12,
      story: '我爸在秦岭山里养了二十年土蜂，一年只取一次蜜。',
      images: ['https://img.example/honey-1.jpg', 'https://img.example/honey-2.jpg'],
      proofImages: ['https://img.example/report.jpg'],
    }),
    reviews: [
      { id: 'r1', orderId: 'o1', rating: 5, text: '味道很正，孩子很爱喝。', reply: '谢谢支持！', createdAt: '2026-11-03T12:00:00+08:00', reviewerName: '李*', purchasedAt: '2026-10-28T12:00:00+08:00', productId: 'p1', wholeOrder: false },
      { id: 'r2', orderId: 'o2', rating: 4, text: '包装很用心。', reply: null, createdAt: '2026-10-20T12:00:00+08:00', reviewerName: '张*', purchasedAt: '2026-10-12T12:00:00+08:00', productId: null, wholeOrder: true },
    ],
    ...overrides,
  };
}

beforeEach(() => call.mockReset());

describe('the product page a friend opens', () => {
  it('shows the price, stock, story, the seller’s proof apart, and reviews with stars, dates and replies', async () => {
    call.mockResolvedValueOnce(honey());
    const { container } = openProductPage({ productId: 'p-honey' });
    expect(container.querySelector('.loading-state')).not.toBeNull();

    expect(await screen.findByText('秦岭土蜂蜜 500g')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('catalog', 'get', { productId: 'p-honey' });
    expect(container.querySelector('.product-summary__price')?.textContent).toBe('¥68.50');
    expect(container.querySelector('.product-summary__stock')?.textContent).toBe('库存 12');
    expect(container.querySelector('.story-section')?.textContent).toContain('我爸在秦岭山里养了二十年土蜂，一年只取一次蜜。');
    expect(container.querySelectorAll('.gallery__image')).toHaveLength(2);

    const proof = container.querySelector('.proof-section');
    expect(proof?.textContent).toContain(ui.product.proofHeading);
    expect(proof?.querySelectorAll('.proof-image')).toHaveLength(1);

    const reviews = container.querySelectorAll('.review');
    expect(reviews).toHaveLength(2);
    expect(reviews[0].querySelector('.review__stars')?.textContent).toBe('★★★★★');
    expect(reviews[0].querySelector('.review__date')?.textContent).toBe('2026年11月3日');
    expect(reviews[0].textContent).toContain('味道很正，孩子很爱喝。');
    expect(reviews[0].querySelector('.review__reply')?.textContent).toContain('谢谢支持！');
    expect(reviews[1].querySelector('.review__stars')?.textContent).toBe('★★★★☆');
    expect(reviews[1].querySelector('.review__reply')).toBeNull();
    // who wrote it, masked, and when they bought — never the full name
    expect(reviews[0].querySelector('.review__name')?.textContent).toBe('李*');
    expect(reviews[0].querySelector('.review__bought')?.textContent).toBe('2026年10月28日 购买');
    expect(reviews[0].querySelector('.review__scope')).toBeNull();
    // a review that named no product, of an order of several, says it is about the whole order
    expect(reviews[1].querySelector('.review__name')?.textContent).toBe('张*');
    expect(reviews[1].querySelector('.review__scope')?.textContent).toBe('评价的是整笔订单');
  });

  it('says there are no reviews yet, and hides the proof section when there is no proof', async () => {
    call.mockResolvedValueOnce(honey({ reviews: [], proofImages: [] }));
    const { container } = openProductPage({ productId: 'p-honey' });
    expect(await screen.findByText(ui.product.noReviews)).toBeTruthy();
    expect(container.querySelector('.proof-section')).toBeNull();
  });

  it('opens the images full screen on tap', async () => {
    call.mockResolvedValueOnce(honey());
    const preview = jest.spyOn(Taro, 'previewImage').mockResolvedValue({ errMsg: 'previewImage:ok' } as never);
    const { container } = openProductPage({ productId: 'p-honey' });
    await screen.findByText('秦岭土蜂蜜 500g');
    fireEvent.click(container.querySelectorAll('.gallery__image')[1]);
    expect(preview).toHaveBeenCalledWith({ urls: ['https://img.example/honey-1.jpg', 'https://img.example/honey-2.jpg'], current: 'https://img.example/honey-2.jpg' });
    fireEvent.click(container.querySelector('.proof-image') as Element);
    expect(preview).toHaveBeenLastCalledWith({ urls: ['https://img.example/report.jpg'], current: 'https://img.example/report.jpg' });
    preview.mockRestore();
  });

  it('adds to the cart, buys now through checkout, promises the after-sale answer time, and is disabled when sold out', async () => {
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' } as never);
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
    useCart.getState().clear();
    call.mockResolvedValueOnce(honey());
    const first = openProductPage({ productId: 'p-honey' });
    await screen.findByText('秦岭土蜂蜜 500g');
    expect(first.container.querySelector('.after-sale-promise')?.textContent).toBe('售后：店主承诺 48 小时内回复');

    fireEvent.click(screen.getByText(ui.product.addToCart));
    fireEvent.click(screen.getByText(ui.product.addToCart));
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: ordersUi.cart.added }));
    expect(useCart.getState().lines).toEqual([expect.objectContaining({ productId: 'p-honey', shopId: 'shop-1', qty: 2, priceFen: 6850, stock: 12 })]);
    expect(first.container.querySelector('.cart-badge')?.textContent).toBe('2');

    fireEvent.click(screen.getByText(ui.product.buyNow));
    expect(navigate).toHaveBeenCalledWith({ url: '/pages/checkout/index?shopId=shop-1&mode=buyNow' });
    expect(useCart.getState().buyNow).toMatchObject({ productId: 'p-honey', qty: 1 });
    expect(useCart.getState().lines[0].qty).toBe(2);
    first.unmount();

    toast.mockClear();
    useCart.getState().clear();
    call.mockResolvedValueOnce(honey({ stock: 0 }));
    const { container } = openProductPage({ productId: 'p-honey' });
    await screen.findByText('秦岭土蜂蜜 500g');
    expect(container.querySelector('.product-summary__stock')?.textContent).toBe('售罄');
    const cart = container.querySelector('.add-to-cart');
    expect(cart?.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(cart as Element);
    expect(toast).not.toHaveBeenCalled();
    expect(useCart.getState().lines).toEqual([]);
    toast.mockRestore();
    navigate.mockRestore();
  });

  it('shows an archived product to everyone, marked 已下架, with its reviews, and cannot put it in the cart or buy it', async () => {
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' } as never);
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
    useCart.getState().clear();
    call.mockResolvedValueOnce(honey({ status: 'archived' }));
    const { container } = openProductPage({ productId: 'p-honey' });
    await screen.findByText('秦岭土蜂蜜 500g');
    expect(container.querySelector('.archived-note')?.textContent).toBe(ui.product.archived);
    expect(container.querySelectorAll('.review')).toHaveLength(2);
    const cart = container.querySelector('.add-to-cart') as Element;
    const buy = container.querySelector('.buy-now') as Element;
    expect([cart.getAttribute('aria-disabled'), buy.getAttribute('aria-disabled')]).toEqual(['true', 'true']);
    expect(buy.textContent).toBe(ui.product.archivedButton);
    fireEvent.click(cart);
    fireEvent.click(buy);
    expect(useCart.getState().lines).toEqual([]);
    expect(useCart.getState().buyNow).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
    expect(toast).not.toHaveBeenCalled();
    toast.mockRestore();
    navigate.mockRestore();
  });

  it('shows “not found” for an unknown product', async () => {
    call.mockRejectedValueOnce(new ApiError('NOT_FOUND', '没有找到这件商品。'));
    const { container } = openProductPage({ productId: 'gone' });
    expect(await screen.findByText('没有找到这件商品。')).toBeTruthy();
    expect(container.querySelector('.error-state')?.textContent).toContain(ui.product.notFound);
  });

  it('shows an error without asking the backend when the link has no productId', () => {
    const { container } = openProductPage({});
    expect(container.querySelector('.error-state')?.textContent).toContain(ui.product.missingProductId);
    expect(call).not.toHaveBeenCalled();
  });
});

const uncle: ProductSource = {
  supplierId: 'sup-uncle',
  supplierName: '秦岭蜂场',
  supplyProductId: 'sp-honey',
  supplierStory: '蜂场在海拔一千二百米的山里，',
  shipWithinHours: 48,
  minPriceFen: 5200,
  // honey() sells at ¥68.50, inside the band
  maxPriceFen: 8800,
};

describe('a carried product (一件代发) on a friend’s page', () => {
  it('cannot be bought while its price lies outside the supplier’s new band, and says so instead of checking out into an error', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
    useCart.getState().clear();
    call.mockResolvedValueOnce(honey({ priceFen: 5200, source: { ...uncle, minPriceFen: 6000, maxPriceFen: 8000 } }));
    const { container } = openProductPage({ productId: 'p-honey' });
    await screen.findByText('秦岭土蜂蜜 500g');
    const cart = container.querySelector('.add-to-cart') as Element;
    const buy = container.querySelector('.buy-now') as Element;
    expect([cart.getAttribute('aria-disabled'), buy.getAttribute('aria-disabled')]).toEqual(['true', 'true']);
    expect(buy.textContent).toBe(sourcingText.notBuyableNow);
    fireEvent.click(buy);
    fireEvent.click(cart);
    expect(useCart.getState().lines).toEqual([]);
    expect(useCart.getState().buyNow).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
    navigate.mockRestore();
  });

  it('puts the seller’s words first, then who ships it, the supplier’s report, their words and how soon it ships', async () => {
    call.mockResolvedValueOnce(honey({ story: '我同事的舅舅养的蜂，我家一直吃这个。', source: uncle }));
    const { container } = openProductPage({ productId: 'p-honey' });
    await screen.findByText('秦岭土蜂蜜 500g');

    const story = container.querySelector('.story-section') as Element;
    const supplier = container.querySelector('.supplier-section') as Element;
    expect(story.textContent).toContain('我同事的舅舅养的蜂，我家一直吃这个。');
    // The seller's story comes before the supplier's block.
    expect(story.compareDocumentPosition(supplier) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(supplier.querySelector('.supplier-section__title')?.textContent).toBe('由 秦岭蜂场 发货 · 质检报告');
    expect(supplier.textContent).toContain('付款后 48 小时内发货');
    expect(supplier.textContent).toContain('蜂场在海拔一千二百米的山里，');
    expect(supplier.querySelectorAll('.proof-image')).toHaveLength(1);
    // The proof is the supplier's, not presented as the seller's.
    expect(container.textContent).not.toContain(ui.product.proofHeading);
    expect(container.querySelector('.proof-section')).toBeNull();

    const preview = jest.spyOn(Taro, 'previewImage').mockResolvedValue({ errMsg: 'previewImage:ok' } as never);
    fireEvent.click(supplier.querySelector('.proof-image') as Element);
    expect(preview).toHaveBeenCalledWith({ urls: ['https://img.example/report.jpg'], current: 'https://img.example/report.jpg' });
    preview.mockRestore();
  });

  // Its photos are the supplier's (the seller cannot add any): 「店主还没有上传图片」 blamed the wrong person.
  it('with no photos says the supplier has not uploaded any; the shop’s own says the shopkeeper', async () => {
    call.mockResolvedValueOnce(honey({ source: uncle, images: [] }));
    const carried = openProductPage({ productId: 'p-honey' });
    await screen.findByText('秦岭土蜂蜜 500g');
    expect(carried.container.querySelector('.gallery__placeholder')?.textContent).toBe('供货商还没有上传图片');
    carried.unmount();
    call.mockResolvedValueOnce(honey({ images: [] }));
    const own = openProductPage({ productId: 'p-honey' });
    await screen.findByText('秦岭土蜂蜜 500g');
    expect(own.container.querySelector('.gallery__placeholder')?.textContent).toBe(ui.product.noImage);
  });

  it('folds a long supplier story until the friend asks for it', async () => {
    const long = '山'.repeat(STORY_FOLD_CHARS) + '最后这句只在展开后看得到。';
    call.mockResolvedValueOnce(honey({ source: { ...uncle, supplierStory: long } }));
    const { container } = openProductPage({ productId: 'p-honey' });
    await screen.findByText('秦岭土蜂蜜 500g');
    const text = () => container.querySelector('.supplier-section__story-text')?.textContent ?? '';
    expect(text()).not.toContain('最后这句只在展开后看得到。');
    fireEvent.click(screen.getByText(fulfillerUi.product.more));
    expect(text()).toBe(long);
    fireEvent.click(screen.getByText(fulfillerUi.product.less));
    expect(text()).not.toContain('最后这句只在展开后看得到。');
  });

  it('a product the shop made itself shows no supplier at all, and its proof as the seller’s', async () => {
    call.mockResolvedValueOnce(honey());
    const { container } = openProductPage({ productId: 'p-honey' });
    await screen.findByText('秦岭土蜂蜜 500g');
    expect(container.querySelector('.supplier-section')).toBeNull();
    expect(container.textContent).not.toContain('小时内发货');
    expect(container.querySelector('.proof-section')?.textContent).toContain(ui.product.proofHeading);
  });

  it('its card in the shop carries a small mark of who ships it; the shop’s own card none', () => {
    const carried = render(<ProductCard product={honey({ source: uncle })} />);
    expect(carried.container.querySelector('.product-source')?.textContent).toBe('秦岭蜂场 发货');
    carried.unmount();
    const own = render(<ProductCard product={honey()} />);
    expect(own.container.querySelector('.product-source')).toBeNull();
  });

  it('puts the carried product in the cart with who ships it', async () => {
    call.mockResolvedValueOnce(honey({ source: uncle }));
    useCart.getState().clear();
    const { container } = openProductPage({ productId: 'p-honey' });
    await screen.findByText('秦岭土蜂蜜 500g');
    fireEvent.click(container.querySelector('.add-to-cart') as Element);
    expect(useCart.getState().lines[0]).toMatchObject({ productId: 'p-honey', supplierId: 'sup-uncle', supplierName: '秦岭蜂场' });
  });
});

describe('review formatting', () => {
  it('dates in zh-CN and stars out of five', () => {
    expect(formatReviewDate('2026-01-05T12:00:00+08:00')).toBe('2026年1月5日');
    expect(formatReviewDate('nonsense')).toBe('');
    expect(stars(3)).toBe('★★★☆☆');
    expect(stars(9)).toBe('★★★★★');
  });
});
