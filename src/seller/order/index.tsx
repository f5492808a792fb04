import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ordersUi } from '../../../types/zh-CN/orders-ui';
import { ErrorState, LoadingState } from '../../components/StateViews';
import { AddressCard, AfterSaleCard, OrderItems, RefundsCard, ReviewCard, ShipmentCard, StatusHeader, Timeline, useOrder } from '../../features/orders';
import { SellerActions, ShippingSyncNotice } from '../../features/orders/seller';
import { SellerAfterSaleSteps } from '../../features/orders/after-sale';
import { paramFrom } from '../../utils/navigation';
import '../../pages/order/index.scss';

/** `/seller/order/index?orderId=…`: the buyer's address and items, the history, and the owner's actions. */
export default function SellerOrderPage() {
  const router = useRouter();
  const orderId = paramFrom(router.params, 'orderId');
  const { state, busy, reload, refresh, act } = useOrder(orderId);

  useDidShow(() => {
    if (state.status === 'ready') void refresh();
  });
  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh());
  });

  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') {
    return (
      <View className='order-page'>
        <ErrorState
          title={state.error.code === 'NOT_FOUND' ? ordersUi.order.notFound : ordersUi.order.loadFailed}
          message={state.error.message}
          onRetry={orderId && state.error.code !== 'NOT_FOUND' && state.error.code !== 'FORBIDDEN' ? () => void reload() : undefined}
        />
      </View>
    );
  }
  const order = state.order;
  return (
    <View className='order-page order-page--owner seller-order-page'>
      <StatusHeader order={order} />
      {order.viewerIsOwner ? <SellerAfterSaleSteps order={order} busy={busy} act={act} /> : null}
      {order.viewerIsOwner ? <SellerActions order={order} busy={busy} act={act} /> : null}
      <AfterSaleCard order={order} />
      <RefundsCard order={order} />
      <AddressCard order={order} />
      <OrderItems order={order} />
      <ShipmentCard order={order} />
      <ShippingSyncNotice order={order} />
      <ReviewCard order={order} />
      <Timeline order={order} />
    </View>
  );
}
