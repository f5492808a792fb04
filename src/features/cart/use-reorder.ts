import { useRef, useState } from 'react';
import type { Order } from '../../../types/order';
import { friendNavUi } from '../../../types/zh-CN/friend-nav';
import { toApiError } from '../../api';
import { useCart } from '../../stores/cart';
import { notice, showError, toast } from '../../utils/feedback';
import { openPage } from '../../utils/navigation';
import { orderRoutes } from '../../utils/routes';
import { fetchShop } from '../shop';
import { reorderPlan } from './reorder';

const T = friendNavUi.reorder;

/** "再来一单": reads the shop's products now, puts what can be bought in the cart, says what could not, opens the cart. */
export function useReorder(order: Pick<Order, 'shopId' | 'items'>) {
  const [busy, setBusy] = useState(false);
  // A ref, not the state: a second tap before the re-render would still see busy === false and add everything twice.
  const running = useRef(false);
  const reorder = async (): Promise<void> => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      const { products } = await fetchShop(order.shopId);
      const cart = useCart.getState();
      const inCart = new Map(cart.lines.map((l) => [l.productId, l.qty]));
      const plan = reorderPlan(order.items, products, inCart);
      cart.refresh(products);
      for (const line of plan.lines) cart.add(line);
      if (plan.lines.length === 0) {
        showError(plan.notes.join('\n') + '\n' + T.noneAdded, T.title);
        return;
      }
      // Say what is missing before the cart opens, not over it.
      if (plan.notes.length > 0) await notice(`${plan.notes.join('\n')}\n${T.priceChanged}`, T.title);
      else toast(T.added);
      openPage(orderRoutes.cart);
    } catch (err) {
      showError(toApiError(err).message || T.loadFailed);
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return { busy, reorder };
}
