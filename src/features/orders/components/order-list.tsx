import { ScrollView, Text, View } from '@tarojs/components';
import type { Order, OrderPage, OrderStatus } from '../../../../types/order';
import { statusTextFor } from '../../../../types/zh-CN/orders';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import { afterSalesUi } from '../../../../types/zh-CN/after-sales-ui';
import { noteCodeOf } from '../after-sale/rules';
import type { Side } from '../actions';
import { OrderRow } from './order-list-row';
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

/** One order in the lists of both sides: the row, with the transfer's note code for the seller. */
export function OrderCard({ order, onOpen }: { order: Order; onOpen: () => void }) {
  const code = order.viewerIsOwner ? noteCodeOf(order) : null;
  return <OrderRow order={order} onOpen={onOpen} extra={code ? <Text className='order-row__code order-note-code'>{afterSalesUi.noteCode.inList(code)}</Text> : null} />;
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
