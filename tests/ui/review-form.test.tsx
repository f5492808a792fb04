import { act as reactAct, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { callFunction } from '../../src/api';
import { BuyerActions, ReviewCard } from '../../src/features/orders';
import type { Order } from '../../types/order';
import { reviewText } from '../../types/zh-CN/reviews';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});

const call = callFunction as jest.MockedFunction<typeof callFunction>;

const line = (productId: string, title: string) => ({ productId, title, priceFen: 3800, qty: 1, image: '' });
const completed = (items: Order['items']) => ({ id: 'o1', status: 'completed', viewerIsOwner: false, review: null, afterSale: null, payment: null, items }) as unknown as Order;

async function openReview(order: Order) {
  const act = jest.fn(async (_name: string, run: () => Promise<Order | void>) => (await run(), true));
  const view = render(<BuyerActions order={order} busy={null} act={act} />);
  fireEvent.click(view.container.querySelector('.action-review') as Element);
  // Taro's textarea reports typing as a CustomEvent with detail.value (as tests/ui/after-sale.test.tsx does)
  const el = view.container.querySelector('.field--review-text taro-textarea-core');
  if (!el) throw new Error('no review text field');
  await waitFor(() => expect(el.querySelector('textarea')).not.toBeNull());
  reactAct(() => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value: '蜂蜜很香' }, bubbles: true }));
  });
  return view;
}

beforeEach(() => call.mockReset().mockResolvedValue(undefined));

describe('the buyer says which product a review is about', () => {
  it('an order of several products offers each of them and 整单, asks for a choice, and sends the chosen one', async () => {
    const { container } = await openReview(completed([line('p1', '土蜂蜜'), line('p2', '核桃'), line('p1', '土蜂蜜')]));
    const options = [...container.querySelectorAll('.choice--review-product .choice__option')].map((o) => o.textContent);
    expect(options).toEqual(['土蜂蜜', '核桃', reviewText.wholeOrder]);

    fireEvent.click(container.querySelector('.submit-review') as Element);
    expect(await screen.findByText(reviewText.chooseProduct)).toBeTruthy();
    expect(call).not.toHaveBeenCalled();

    fireEvent.click(container.querySelector('.choice-review-product-p2') as Element);
    fireEvent.click(container.querySelector('.submit-review') as Element);
    await waitFor(() => expect(call).toHaveBeenCalledTimes(1));
    expect(call).toHaveBeenCalledWith('order', 'review', { orderId: 'o1', rating: 5, text: '蜂蜜很香', productId: 'p2' });
  });

  it('整单 sends no product', async () => {
    const { container } = await openReview(completed([line('p1', '土蜂蜜'), line('p2', '核桃')]));
    fireEvent.click(container.querySelector('.choice-review-product-whole') as Element);
    fireEvent.click(container.querySelector('.submit-review') as Element);
    await waitFor(() => expect(call).toHaveBeenCalledTimes(1));
    expect(call).toHaveBeenCalledWith('order', 'review', { orderId: 'o1', rating: 5, text: '蜂蜜很香' });
  });

  it('an order of one product asks nothing more', async () => {
    const { container } = await openReview(completed([line('p1', '土蜂蜜')]));
    expect(container.querySelector('.choice--review-product')).toBeNull();
    fireEvent.click(container.querySelector('.submit-review') as Element);
    await waitFor(() => expect(call).toHaveBeenCalledTimes(1));
    expect(call).toHaveBeenCalledWith('order', 'review', { orderId: 'o1', rating: 5, text: '蜂蜜很香' });
  });

  it('while the review form is open, 写评价 is not offered again below it; closing the form brings it back', async () => {
    const { container } = await openReview(completed([line('p1', '土蜂蜜')]));
    expect(container.querySelector('.action-panel--review')).not.toBeNull();
    expect(container.querySelector('.action-review')).toBeNull();
    // The order's other way forward stays.
    expect(container.querySelector('.action-after-sale')).not.toBeNull();
    fireEvent.click(container.querySelector('.action-panel__close') as Element);
    expect(container.querySelector('.action-panel--review')).toBeNull();
    expect(container.querySelector('.action-review')).not.toBeNull();
  });
});

describe('the review on the order', () => {
  const reviewed = (review: Partial<NonNullable<Order['review']>>, items: Order['items']) =>
    ({ ...completed(items), review: { rating: 5, text: '蜂蜜很香', reply: null, productId: null, wholeOrder: false, ...review } }) as unknown as Order;

  it('says what it is about in a label under the buyer\'s words (the product when the order had several, or 整单)', () => {
    const one = render(<ReviewCard order={reviewed({ productId: 'p2' }, [line('p1', '土蜂蜜'), line('p2', '核桃')])} />);
    const lines = [...one.container.querySelectorAll('.order-review__text, .order-review__scope')].map((el) => el.className);
    expect(lines).toEqual(['order-review__text', 'order-review__scope']);
    expect(one.container.querySelector('.order-review__scope')?.textContent).toBe(reviewText.aboutProduct('核桃'));
    one.unmount();

    const whole = render(<ReviewCard order={reviewed({ wholeOrder: true }, [line('p1', '土蜂蜜'), line('p2', '核桃')])} />);
    expect(whole.container.querySelector('.order-review__text + .order-review__scope')?.textContent).toBe(reviewText.aboutWholeOrder);
    whole.unmount();

    const single = render(<ReviewCard order={reviewed({ productId: 'p1' }, [line('p1', '土蜂蜜')])} />);
    expect(single.container.querySelector('.order-review__scope')).toBeNull();
  });
});
