import { Text, View } from '@tarojs/components';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import { openPage } from '../../../utils/navigation';
import { OrderWayBack } from '../../friend-nav';
import { availableActions } from '../actions';
import { BuyerReturnStep } from '../after-sale/return-steps';
import { payByTransfer, payWithWechat } from '../payment';
import { orderRoutes } from '../../../utils/routes';
import { BuyerActions } from './buyer-actions';
import type { OrderSideParts } from './order-detail';
import { PaymentPanel } from './payment-panel';
import './buyer-order-actions.scss';

/** The buyer's part of the order page: the way back to the shop, paying, the return step and the actions. The owner opening it is pointed to the seller's view. */
export function BuyerOrderActions({ order, busy, act }: OrderSideParts) {
  const owner = order.viewerIsOwner;
  return (
    <>
      {owner ? null : <OrderWayBack order={order} />}
      {owner ? (
        <View className='order-card owner-note' onClick={() => openPage(orderRoutes.sellerOrder(order.id))}>
          <Text className='owner-note__text'>
            {ordersUi.order.sellerView} · {ordersUi.order.toSellerView} ›
          </Text>
        </View>
      ) : null}
      {availableActions(order).includes('pay') ? (
        <PaymentPanel
          order={order}
          busy={busy}
          onWechat={() => void act('payWechat', () => payWithWechat(order.id))}
          onTransfer={() => void act('payTransfer', () => payByTransfer(order.id), ordersUi.pay.transferSent)}
        />
      ) : null}
      {owner ? null : <BuyerReturnStep order={order} busy={busy} act={act} />}
      {owner ? null : <BuyerActions order={order} busy={busy} act={act} />}
    </>
  );
}
