import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ordersUi } from '../../../types/zh-CN/orders-ui';
import { ErrorState } from '../../components/StateViews';
import { FriendNavBar, NextSteps, OrderWayBack, PageSkeleton } from '../../features/friend-nav';
import { friendNavUi } from '../../../types/zh-CN/friend-nav';
import {
  AddressCard,
  AfterSaleCard,
  availableActions,
  BuyerActions,
  BuyerReturnStep,
  OrderItems,
  orderRoutes,
  PaymentPanel,
  payByTransfer,
  RefundsCard,
  payWithWechat,
  ReviewCard,
  ShipmentCard,
  StatusHeader,
  Timeline,
  useOrder,
} from '../../features/orders';
import { openPage, paramFrom } from '../../utils/navigation';
import './index.scss';

/** `/pages/order/index?orderId=…`: the buyer's order — status, payment, items, address, shipping, after-sale, review, history. */
export default function OrderPage() {
  const router = useRouter();
  const orderId = paramFrom(router.params, 'orderId');
  const { state, busy, reload, refresh, act } = useOrder(orderId);

  useDidShow(() => {
    if (state.status === 'ready') void refresh();
  });
  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh());
  });

  if (state.status === 'loading') {
    return (
      <View className='order-page'>
        <PageSkeleton kind='order' />
        <FriendNavBar />
      </View>
    );
  }
  if (state.status === 'error') {
    // Gone, not theirs or no id: retrying would fail again; lead to their orders or a shop instead.
    const gone = !orderId || state.error.code === 'NOT_FOUND' || state.error.code === 'FORBIDDEN';
    return (
      <View className='order-page'>
        <ErrorState
          title={state.error.code === 'NOT_FOUND' ? ordersUi.order.notFound : gone ? undefined : ordersUi.order.loadFailed}
          message={state.error.message}
          onRetry={gone ? undefined : () => void reload()}
        />
        {gone ? <NextSteps hint={friendNavUi.notFound.orderHint} /> : null}
        <FriendNavBar />
      </View>
    );
  }

  const order = state.order;
  const canPay = availableActions(order).includes('pay');
  return (
    <View className={`order-page order-page--${order.viewerIsOwner ? 'owner' : 'buyer'}`}>
      <StatusHeader order={order} />
      {order.viewerIsOwner ? null : <OrderWayBack order={order} />}
      {order.viewerIsOwner ? (
        <View className='order-card owner-note' onClick={() => openPage(orderRoutes.sellerOrder(order.id))}>
          <Text className='owner-note__text'>
            {ordersUi.order.sellerView} · {ordersUi.order.toSellerView} ›
          </Text>
        </View>
      ) : null}
      {canPay ? (
        <PaymentPanel
          order={order}
          busy={busy}
          onWechat={() => void act('payWechat', () => payWithWechat(order.id))}
          onTransfer={() => void act('payTransfer', () => payByTransfer(order.id), ordersUi.pay.transferSent)}
        />
      ) : null}
      {!order.viewerIsOwner ? <BuyerReturnStep order={order} busy={busy} act={act} /> : null}
      {!order.viewerIsOwner ? <BuyerActions order={order} busy={busy} act={act} /> : null}
      <AfterSaleCard order={order} />
      <RefundsCard order={order} />
      <ShipmentCard order={order} />
      <OrderItems order={order} />
      <AddressCard order={order} />
      <ReviewCard order={order} />
      <Timeline order={order} />
      <FriendNavBar shopId={order.shopId} />
    </View>
  );
}
