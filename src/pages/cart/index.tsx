import { Text, View } from '@tarojs/components';
import { ordersUi } from '../../../types/zh-CN/orders-ui';
import { EmptyState } from '../../components/state-views';
import { CartLineRow, groupByFulfiller, groupByShop, isOrderable, useCartShops } from '../../features/cart';
import { fulfillerUi } from '../../../types/zh-CN/fulfiller';
import { orderRoutes } from '../../utils/routes';
import { productPagePath } from '../../features/product/route';
import { useCart } from '../../stores/cart';
import { formatPrice } from '../../utils/price';
import { openPage } from '../../utils/navigation';
import { FriendNavBar, ShopWayBack } from '../../features/friend-nav';
import './index.scss';

const T = ordersUi.cart;

/** The cart, one group per shop (an order belongs to one shop), each with its subtotal and "去结算". */
export default function CartPage() {
  const lines = useCart((s) => s.lines);
  const setQty = useCart((s) => s.setQty);
  const remove = useCart((s) => s.remove);
  const groups = groupByShop(lines);
  const names = useCartShops(groups.map((g) => g.shopId));

  return (
    <View className='cart-page'>
      {groups.length === 0 ? (
        <View className='cart-page__empty'>
          <EmptyState title={T.empty} hint={T.emptyHint} />
          <ShopWayBack />
        </View>
      ) : null}
      {groups.map((g) => {
        const orderable = g.lines.every(isOrderable);
        return (
          <View key={g.shopId} className='cart-group'>
            <Text className='cart-group__shop'>{names[g.shopId] ?? ' '}</Text>
            {/* A shop's lines by who ships them: each such group becomes its own order at checkout. */}
            {groupByFulfiller(g.lines).map((f, _, all) => (
              <View key={f.supplierId ?? 'shop'} className='cart-fulfiller'>
                {all.length > 1 ? <Text className='cart-fulfiller__head'>{fulfillerUi.cart.group(f.supplierName)}</Text> : null}
                {f.lines.map((line) => (
                  <CartLineRow
                    key={line.productId}
                    line={line}
                    onQty={(qty) => setQty(line.productId, qty)}
                    onRemove={() => remove([line.productId])}
                    onOpen={() => openPage(productPagePath(line.productId))}
                  />
                ))}
              </View>
            ))}
            <View className='cart-group__foot'>
              <View className='cart-group__sum'>
                <Text className='cart-group__sum-label'>{T.subtotal(g.count)}</Text>
                <Text className='cart-group__subtotal subtotal'>{formatPrice(g.subtotalFen)}</Text>
              </View>
              <View
                className={`cart-group__checkout checkout-shop${orderable ? '' : ' cart-group__checkout--off'}`}
                hoverClass={orderable ? 'cart-group__checkout--pressed' : 'none'}
                onClick={() => orderable && openPage(orderRoutes.checkout(g.shopId))}
              >
                {T.checkout}
              </View>
            </View>
          </View>
        );
      })}
      <FriendNavBar current='cart' />
    </View>
  );
}
