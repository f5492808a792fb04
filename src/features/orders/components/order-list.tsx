import { Image, ScrollView, Text, View } from '@tarojs/components';
import type { Order, OrderPage, OrderStatus } from '../../../../types/order';
import { statusTextFor } from '../../../../types/zh-CN/orders';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import { supplyOrdersText } from '../../../../types/zh-CN/supply-orders';
import { formatPrice } from '../../../utils/price';
import { afterSalesUi } from '../../../../types/zh-CN/after-sales-ui';
import { noteCodeOf } from '../after-sale/rules';
import type { Side } from '../actions';
import { formatOrderTime } from '../format';
import { orderStatusLabel } from '../status-label';
import './order-list.scss';

export interface StatusTab {
  status: OrderStatus | undefined;
  /** show the count as a badge: something waits for this side */
  attention?: boolean;
}

/** Tabs by status with their counts (from `OrderPage.counts`), in the words of the side reading them; "全部" first. */
export function StatusTabs({ tabs, current, counts, onChange, side = 'buyer' }: { tabs: readonly StatusTab[]; current: OrderStatus | undefined; counts: OrderPage['counts']; onChange: (s: OrderStatus | undefined) => void; side?: Side }) {
  const total = Object.values(counts).reduce<number>((n, c) => n + (c ?? 0), 0);
  return (
    <ScrollView className='status-tabs' scrollX enhanced showScrollbar={false} scrollIntoView={current ? `status-tab-${current}` : undefined}>
      <View className='status-tabs__row'>
        {tabs.map(({ status, attention }) => {
          const n = status ? (counts[status] ?? 0) : total;
          const label = status ? statusTextFor(side, status) : ordersUi.orders.all;
          return (
            <View
              key={status ?? 'all'}
              id={`status-tab-${status ?? 'all'}`}
              className={`status-tab status-tab--${status ?? 'all'}${status === current ? ' status-tab--on' : ''}`}
              onClick={() => onChange(status)}
            >
              <Text className='status-tab__label'>{label}</Text>
              {n > 0 ? <Text className={`status-tab__count${attention ? ' status-tab__count--attention needs-action' : ''}`}>{n}</Text> : null}
            </View>
          );
        })}
      </View>
    </ScrollView>
  );
}

/** One order in a list: shop (or buyer), status, the first item, count and total. */
export function OrderCard({ order, onOpen }: { order: Order; onOpen: () => void }) {
  const first = order.items[0];
  const pieces = order.items.reduce((n, i) => n + i.qty, 0);
  const heading = order.viewerIsOwner ? order.address.name : order.shopName;
  const code = noteCodeOf(order);
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
        <Text className='order-row__count'>{ordersUi.orders.itemCount(pieces)}</Text>
        {order.viewerIsOwner && code ? <Text className='order-row__code order-note-code'>{afterSalesUi.noteCode.inList(code)}</Text> : null}
        <Text className='order-row__total'>{ordersUi.orders.total(formatPrice(order.totalFen))}</Text>
      </View>
    </View>
  );
}

/** The list itself, with "加载更多" while there is a next page. */
export function OrderListView({ orders, nextCursor, loadingMore, moreError, onOpen, onMore }: {
  orders: Order[];
  nextCursor: string | null;
  loadingMore: boolean;
  moreError: string | null;
  onOpen: (order: Order) => void;
  onMore: () => void;
}) {
  const T = ordersUi.orders;
  return (
    <View className='order-list'>
      {orders.map((o) => (
        <OrderCard key={o.id} order={o} onOpen={() => onOpen(o)} />
      ))}
      {moreError ? <Text className='order-list__error'>{moreError}</Text> : null}
      {nextCursor ? (
        <View className='order-list__more load-more' onClick={() => !loadingMore && onMore()}>
          {loadingMore ? T.loadingMore : T.loadMore}
        </View>
      ) : orders.length > 0 ? (
        <Text className='order-list__end'>{T.noMore}</Text>
      ) : null}
    </View>
  );
}
