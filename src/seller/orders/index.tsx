import { useRouter } from '@tarojs/taro';
import { OrderListPage } from '../../features/orders';
import { statusFromParam } from '../../features/orders/seller';

/** The shop's orders (`order.listShop`), by status with counts and badges for what needs action; `?status=` opens that tab. */
export default function SellerOrdersPage() {
  const router = useRouter();
  return <OrderListPage side='owner' initialStatus={statusFromParam(router.params.status)} />;
}
