import { useState } from 'react';
import type { OrderStatus } from '../../../../types/order';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import type { ApiError } from '../../../api';
import { PageFrame } from '../../../components/page-frame';
import { EmptyState, ErrorState, LoadingState } from '../../../components/state-views';
import { openPage } from '../../../utils/navigation';
import { FriendNavBar, PageSkeleton, ShopWayBack } from '../../friend-nav';
import type { Side } from '../actions';
import { orderRoutes } from '../../../utils/routes';
import { useOrderList } from '../use-order-list';
import { OrderListView, StatusTabs, type StatusTab } from './order-list';

const TABS: Record<Side, readonly StatusTab[]> = {
  buyer: [
    { status: undefined },
    { status: 'pending_payment', attention: true },
    { status: 'awaiting_confirmation' },
    { status: 'paid' },
    // a drop's goods wait at the pickup point for the buyer (issue 17)
    { status: 'ready', attention: true },
    { status: 'shipped', attention: true },
    { status: 'completed' },
    { status: 'after_sale' },
    { status: 'refunded' },
    { status: 'cancelled' },
  ],
  // What needs the seller first, with badges: transfers to confirm, orders to ship, after-sale requests.
  owner: [
    { status: undefined },
    { status: 'awaiting_confirmation', attention: true },
    { status: 'paid', attention: true },
    { status: 'after_sale', attention: true },
    { status: 'pending_payment' },
    { status: 'ready' },
    { status: 'shipped' },
    { status: 'completed' },
    { status: 'refunded' },
    { status: 'cancelled' },
  ],
};

/**
 * The friend's orders (`side='buyer'`, with the friend skeleton and bar) or the shop's (`'owner'`, tabs
 * badged for what needs action): by status with counts, newest first, a page at a time.
 */
export function OrderListPage({ side, initialStatus }: { side: Side; initialStatus?: OrderStatus }) {
  const buyer = side === 'buyer';
  const [status, setStatus] = useState<OrderStatus | undefined>(initialStatus);
  const list = useOrderList(side, status);
  const counts = list.state.status === 'ready' ? list.state.data.counts : {};

  const error = (e: ApiError) => (
    <ErrorState title={!buyer && e.code === 'FORBIDDEN' ? ordersUi.seller.noShop : ordersUi.orders.loadFailed} message={e.message} onRetry={() => void list.reload()} />
  );

  return (
    <PageFrame
      className={buyer ? 'orders-page' : 'orders-page seller-orders-page'}
      state={list.state}
      refresh={list.refresh}
      refreshOnShow='whenReady'
      top={<StatusTabs tabs={TABS[side]} current={status} counts={counts} onChange={setStatus} side={side} />}
      loading={buyer ? <PageSkeleton kind='list' /> : <LoadingState />}
      error={error}
      bottom={
        buyer
          ? () => (
              <>
                <ShopWayBack />
                <FriendNavBar current='orders' />
              </>
            )
          : undefined
      }
    >
      {(data) => (
        <>
          {data.orders.length === 0 ? <EmptyState title={ordersUi.orders.empty} hint={buyer ? ordersUi.orders.emptyHint : undefined} /> : null}
          <OrderListView
            orders={data.orders}
            nextCursor={data.nextCursor}
            loadingMore={list.loadingMore}
            moreError={data.moreError?.message ?? null}
            onOpen={(o) => openPage(buyer ? orderRoutes.order(o.id) : orderRoutes.sellerOrder(o.id))}
            onMore={() => void list.loadMore()}
          />
        </>
      )}
    </PageFrame>
  );
}
