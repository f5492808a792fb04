import type { ReactNode } from 'react';
import type { Order } from '../../../../types/order';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import { friendNavUi } from '../../../../types/zh-CN/friend-nav';
import type { ApiError } from '../../../api';
import { ErrorState, LoadingState } from '../../../components/state-views';
import { PageFrame } from '../../../components/page-frame';
import { FriendNavBar, NextSteps, PageSkeleton } from '../../friend-nav';
import type { Side } from '../actions';
import { useOrder } from '../use-order';
import { AddressCard, AfterSaleCard, OrderItems, ReviewCard, ShipmentCard, StatusHeader, Timeline } from './order-parts';
import { RefundsCard } from './refunds-card';
import './order-detail.scss';

export type OrderAct = ReturnType<typeof useOrder>['act'];

/** What a side adds to the order: its actions (under the status), and notes after the shipment. */
export interface OrderSideParts {
  order: Order;
  busy: string | null;
  act: OrderAct;
}

interface OrderDetailProps {
  side: Side;
  orderId: string;
  /** The side's actions, right under the status (the seller's come from the seller subpackage). */
  actions: (parts: OrderSideParts) => ReactNode;
  /** After the shipment card (the seller's WeChat shipping sync notice). */
  afterShipment?: (order: Order) => ReactNode;
}

/**
 * One order for its buyer (`side='buyer'`: friend skeleton and bar, a way on when it is gone) or its
 * seller (`'owner'`: the address first, as the seller packs from it). Refreshed on show and on pull-down.
 */
export function OrderDetail({ side, orderId, actions, afterShipment }: OrderDetailProps) {
  const { state, busy, reload, refresh, act } = useOrder(orderId);
  const buyer = side === 'buyer';

  const error = (e: ApiError) => {
    // Gone, not theirs or no id: retrying would fail again (the buyer is led to their orders or a shop instead).
    const gone = !orderId || e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN';
    const title = e.code === 'NOT_FOUND' ? ordersUi.order.notFound : gone && buyer ? undefined : ordersUi.order.loadFailed;
    return (
      <>
        <ErrorState title={title} message={e.message} onRetry={gone ? undefined : () => void reload()} />
        {gone && buyer ? <NextSteps hint={friendNavUi.notFound.orderHint} /> : null}
      </>
    );
  };

  return (
    <PageFrame
      className='order-page'
      readyClassName={(order) => (buyer ? `order-page order-page--${order.viewerIsOwner ? 'owner' : 'buyer'}` : 'order-page order-page--owner seller-order-page')}
      state={state}
      refresh={refresh}
      refreshOnShow='whenReady'
      loading={buyer ? <PageSkeleton kind='order' /> : <LoadingState />}
      error={error}
      bottom={buyer ? (order) => <FriendNavBar shopId={order?.shopId} /> : undefined}
    >
      {(order) => (
        <>
          <StatusHeader order={order} />
          {actions({ order, busy, act })}
          <AfterSaleCard order={order} />
          <RefundsCard order={order} />
          {buyer ? (
            <>
              <ShipmentCard order={order} />
              <OrderItems order={order} />
              <AddressCard order={order} />
            </>
          ) : (
            <>
              <AddressCard order={order} />
              <OrderItems order={order} />
              <ShipmentCard order={order} />
              {afterShipment?.(order)}
            </>
          )}
          <ReviewCard order={order} />
          <Timeline order={order} />
        </>
      )}
    </PageFrame>
  );
}
