import { useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { OrderStatus } from '../../../types/order';
import { ordersUi } from '../../../types/zh-CN/orders-ui';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews';
import { OrderListView, StatusTabs, useOrderList, type StatusTab } from '../../features/orders';
import { statusFromParam } from '../../features/orders/seller';
import { openPage } from '../../utils/navigation';
import { sellerRoutes } from '../routes';

// What needs the seller first, with badges: transfers to confirm, orders to ship, after-sale requests.
const TABS: readonly StatusTab[] = [
  { status: undefined },
  { status: 'awaiting_confirmation', attention: true },
  { status: 'paid', attention: true },
  { status: 'after_sale', attention: true },
  { status: 'pending_payment' },
  { status: 'shipped' },
  { status: 'completed' },
  { status: 'refunded' },
  { status: 'cancelled' },
];

/** The shop's orders (`order.listShop`), by status with counts and badges for what needs action; `?status=` opens that tab. */
export default function SellerOrdersPage() {
  const router = useRouter();
  const [status, setStatus] = useState<OrderStatus | undefined>(() => statusFromParam(router.params.status));
  const list = useOrderList('owner', status);
  const counts = list.state.status === 'ready' ? list.state.counts : {};

  useDidShow(() => {
    if (list.state.status === 'ready') void list.refresh();
  });
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <View className='orders-page seller-orders-page'>
      <StatusTabs tabs={TABS} current={status} counts={counts} onChange={setStatus} side='owner' />
      {list.state.status === 'loading' ? <LoadingState /> : null}
      {list.state.status === 'error' ? (
        <ErrorState
          title={list.state.error.code === 'FORBIDDEN' ? ordersUi.seller.noShop : ordersUi.orders.loadFailed}
          message={list.state.error.message}
          onRetry={() => void list.reload()}
        />
      ) : null}
      {list.state.status === 'ready' && list.state.orders.length === 0 ? <EmptyState title={ordersUi.orders.empty} /> : null}
      {list.state.status === 'ready' ? (
        <OrderListView
          orders={list.state.orders}
          nextCursor={list.state.nextCursor}
          loadingMore={list.loadingMore}
          moreError={list.state.moreError?.message ?? null}
          onOpen={(o) => openPage(sellerRoutes.order(o.id))}
          onMore={() => void list.loadMore()}
        />
      ) : null}
    </View>
  );
}
