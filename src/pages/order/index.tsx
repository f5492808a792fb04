import { useRouter } from '@tarojs/taro';
import { BuyerOrderActions, OrderDetail } from '../../features/orders';
import { paramFrom } from '../../utils/navigation';

/** `/pages/order/index?orderId=…`: the buyer's order — status, payment, items, address, shipping, after-sale, review, history. */
export default function OrderPage() {
  const router = useRouter();
  return <OrderDetail side='buyer' orderId={paramFrom(router.params, 'orderId')} actions={(parts) => <BuyerOrderActions {...parts} />} />;
}
