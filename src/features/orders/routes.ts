import type { OrderStatus } from '../../../types/order';

/** Addresses of the friends' order pages (main package). */
export const orderRoutes = {
  cart: '/pages/cart/index',
  orders: '/pages/orders/index',
  checkout: (shopId: string, mode: 'cart' | 'buyNow' = 'cart') =>
    `/pages/checkout/index?shopId=${encodeURIComponent(shopId)}${mode === 'buyNow' ? '&mode=buyNow' : ''}`,
  order: (orderId: string) => `/pages/order/index?orderId=${encodeURIComponent(orderId)}`,
  /** the seller subpackage's pages */
  sellerOrders: '/seller/orders/index',
  /** the seller's list opened on one status's tab (a to-do tile of the console) */
  sellerOrdersOf: (status: OrderStatus) => `/seller/orders/index?status=${encodeURIComponent(status)}`,
  sellerOrder: (orderId: string) => `/seller/order/index?orderId=${encodeURIComponent(orderId)}`,
};
