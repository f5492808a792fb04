import { Text, View } from '@tarojs/components';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import { useCart } from '../../../stores/cart';
import { openPage } from '../../../utils/navigation';
import { orderRoutes } from '../../orders/routes';
import { cartCount } from '../lines';
import './CartEntry.scss';

/** A small round "购物车" button with the number of pieces in the cart; `raised` sits above a bottom bar. */
export function CartEntry({ raised = false }: { raised?: boolean }) {
  const count = useCart((s) => cartCount(s.lines));
  return (
    <View className={`cart-entry${raised ? ' cart-entry--raised' : ''}`} hoverClass='cart-entry--pressed' onClick={() => openPage(orderRoutes.cart)}>
      <Text className='cart-entry__label'>{ordersUi.cart.entry}</Text>
      {count > 0 ? <Text className='cart-entry__badge cart-badge'>{count > 99 ? '99+' : String(count)}</Text> : null}
    </View>
  );
}
