import { Text, View } from '@tarojs/components';
import type { Order } from '../../../types/order';
import { fulfillerUi } from '../../../types/zh-CN/fulfiller';
import './fulfiller-note.scss';

/**
 * On the friend's order page, by the shipping: a supplier's order is shipped by the supplier (一件代发), while the
 * seller still answers after-sales (CONTRACT.md, Additions, `supply`). Nothing for the shop's own orders.
 */
export function FulfillerNote({ order }: { order: Order }) {
  const f = order.fulfiller;
  if (f?.kind !== 'supplier' || !f.supplierName) return null;
  return (
    <View className='fulfiller-note'>
      <Text className='fulfiller-note__who'>{fulfillerUi.order.shipsBy(f.supplierName)}</Text>
      <Text className='fulfiller-note__hint'>{fulfillerUi.order.afterSale(order.shopName)}</Text>
    </View>
  );
}
