import { useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { OrderStatus } from '../../../types/order';
import { ordersUi } from '../../../types/zh-CN/orders-ui';
import { EmptyState, ErrorState } from '../../components/StateViews';
import { FriendNavBar, PageSkeleton, ShopWayBack } from '../../features/friend-nav';
import { OrderListView, StatusTabs, orderRoutes, useOrderList, type StatusTab } from '../../features/orders';
import { openPage } from '../../utils/navigation';

const TABS: readonly StatusTab[] = [
  { status: undefined },
  { status: 'pending_payment', attention: true },
  { status: 'awaiting_confirmation' },
  { status: 'paid' },
  { status: 'shipped', attention: true },
  { status: 'completed' },
  { status: 'after_sale' },
  { status: 'refunded' },
  { status: 'cancelled' },
];

/** The friend's orders, by status with counts, newest first, a page at a time. */
export default function OrdersPage() {
  const [status, setStatus] = useState<OrderStatus | undefined>(undefined);
  const list = useOrderList('buyer', status);
  const counts = list.state.status === 'ready' ? list.state.counts : {};

  useDidShow(() => {
    if (list.state.status === 'ready') void list.refresh();
  });
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <View className='orders-page'>
      <StatusTabs tabs={TABS} current={status} counts={counts} onChange={setStatus} />
      {list.state.status === 'loading' ? <PageSkeleton kind='list' /> : null}
      {list.state.status === 'error' ? <ErrorState title={ordersUi.orders.loadFailed} message={list.state.error.message} onRetry={() => void list.reload()} /> : null}
      {list.state.status === 'ready' && list.state.orders.length === 0 ? <EmptyState title={ordersUi.orders.empty} hint={ordersUi.orders.emptyHint} /> : null}
      {list.state.status === 'ready' ? (
        <OrderListView
          orders={list.state.orders}
          nextCursor={list.state.nextCursor}
          loadingMore={list.loadingMore}
          moreError={list.state.moreError?.message ?? null}
          onOpen={(o) => openPage(orderRoutes.order(o.id))}
          onMore={() => void list.loadMore()}
        />
      ) : null}
      <ShopWayBack />
      <FriendNavBar current='orders' />
    </View>
  );
}
