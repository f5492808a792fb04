import { OrderListPage } from '../../features/orders';

/** The friend's orders, by status with counts, newest first, a page at a time. */
export default function OrdersPage() {
  return <OrderListPage side='buyer' />;
}
