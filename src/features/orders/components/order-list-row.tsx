import { Image, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { Order } from '../../../../types/order';
import { ordersMainUi } from '../../../../types/zh-CN/orders-ui-main';
import { supplyOrdersText } from '../../../../types/zh-CN/supply-orders';
import { formatPrice } from '../../../utils/price';
import { formatOrderTime } from '../format';
import { orderStatusLabel } from '../status-label';
import './order-list-row.scss';

/**
 * One order in a list: shop (or buyer), status, the first item, count and total. Apart from the order lists
 * (./order-list) because the launch page, in the main package, shows recent orders with it: it needs the status
 * label only, not the order flow's texts and after-sale rules. `extra` goes in the foot, before the total.
 */
export function OrderRow({ order, onOpen, extra }: { order: Order; onOpen: () => void; extra?: ReactNode }) {
  const first = order.items[0];
  const pieces = order.items.reduce((n, i) => n + i.qty, 0);
  const heading = order.viewerIsOwner ? order.address.name : order.shopName;
  return (
    <View className={`order-row order-row--${order.status}`} hoverClass='order-row--pressed' onClick={onOpen}>
      <View className='order-row__head'>
        <Text className='order-row__shop'>{heading}</Text>
        <Text className='order-row__status'>{orderStatusLabel(order.viewerIsOwner ? 'owner' : 'buyer', order)}</Text>
      </View>
      <View className='order-row__body'>
        {first?.image ? <Image className='order-row__image' src={first.image} mode='aspectFill' /> : <View className='order-row__image' />}
        <View className='order-row__items'>
          <Text className='order-row__title'>{order.items.map((i) => i.title).join('、')}</Text>
          {/* a split cart leaves orders of one shop that read alike: the supplier's says who sends it */}
          {order.fulfiller?.kind === 'supplier' && order.fulfiller.supplierName ? (
            <Text className='order-row__fulfiller'>{supplyOrdersText.shippedBy(order.fulfiller.supplierName)}</Text>
          ) : null}
          <Text className='order-row__time'>{formatOrderTime(order.createdAt)}</Text>
        </View>
      </View>
      <View className='order-row__foot'>
        <Text className='order-row__count'>{ordersMainUi.row.itemCount(pieces)}</Text>
        {extra}
        <Text className='order-row__total'>{ordersMainUi.row.total(formatPrice(order.totalFen))}</Text>
      </View>
    </View>
  );
}
