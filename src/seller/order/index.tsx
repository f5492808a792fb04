import { useRouter } from '@tarojs/taro';
import { OrderDetail } from '../../features/orders';
import { SellerActions, ShippingSyncNotice } from '../../features/orders/seller';
import { SellerAfterSaleSteps } from '../../features/orders/after-sale';
import { paramFrom } from '../../utils/navigation';

/** `/seller/order/index?orderId=…`: the buyer's address and items, the history, and the owner's actions. */
export default function SellerOrderPage() {
  const router = useRouter();
  return (
    <OrderDetail
      side='owner'
      orderId={paramFrom(router.params, 'orderId')}
      actions={({ order, busy, act }) =>
        order.viewerIsOwner ? (
          <>
            <SellerAfterSaleSteps order={order} busy={busy} act={act} />
            <SellerActions order={order} busy={busy} act={act} />
          </>
        ) : null
      }
      afterShipment={(order) => <ShippingSyncNotice order={order} />}
    />
  );
}
