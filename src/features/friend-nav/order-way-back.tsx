import { View } from '@tarojs/components';
import type { Order } from '../../../types/order';
import { friendNavUi } from '../../../types/zh-CN/friend-nav';
import { canReorder, useReorder } from '../cart';
import { ShopWayBack } from './shop-way-back';
import './next-steps.scss';

/** On the buyer's order: back to the order's shop, and, once it is past payment, "再来一单" (its items into the cart, then the cart), except on a drop's order. */
export function OrderWayBack({ order }: { order: Pick<Order, 'shopId' | 'shopName' | 'items' | 'status' | 'dropId'> }) {
  const { busy, reorder } = useReorder(order);
  return (
    <View className='order-way-back'>
      <ShopWayBack shopId={order.shopId} name={order.shopName} />
      {canReorder(order) ? (
        <View
          className={`order-way-back__reorder reorder${busy ? ' order-way-back__reorder--busy' : ''}`}
          hoverClass='order-way-back__reorder--pressed'
          aria-disabled={busy}
          onClick={() => void reorder()}
        >
          {busy ? friendNavUi.reorder.busy : friendNavUi.reorder.button}
        </View>
      ) : null}
    </View>
  );
}
