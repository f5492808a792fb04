import { useRouter } from '@tarojs/taro';
import { BuyerOrderActions, OrderDetail } from '../../features/orders';
import { paramFrom } from '../../utils/navigation';
import { FulfillerNote } from './fulfiller-note';
import { PickupCodeCard } from '../../features/drop/components/pickup-code';

/** `/pages/order/index?orderId=…`: the buyer's order — status, payment, items, address, shipping, after-sale, review, history. */
export default function OrderPage() {
  const router = useRouter();
  // Who ships sits after the actions, which puts it just above the shipping card.
  return (
    <OrderDetail
      side='buyer'
      orderId={paramFrom(router.params, 'orderId')}
      actions={(parts) => (
        <>
          <PickupCodeCard order={parts.order} />
          <BuyerOrderActions {...parts} />
          <FulfillerNote order={parts.order} />
        </>
      )}
    />
  );
}
