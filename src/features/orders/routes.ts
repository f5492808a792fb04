/** Addresses of the friends' order pages (main package). */
export const orderRoutes = {
  cart: '/pages/cart/index',
  orders: '/pages/orders/index',
  checkout: (shopId: string, mode: 'cart' | 'buyNow' = 'cart') =>
    `/pages/checkout/index?shopId=${encodeURIComponent(shopId)}${mode === 'buyNow' ? '&mode=buyNow' : ''}`,
  order: (orderId: string) => `/pages/order/index?orderId=${encodeURIComponent(orderId)}`,
  /** the seller subpackage's pages */
  sellerOrders: '/seller/orders/index',
  sellerOrder: (orderId: string) => `/seller/order/index?orderId=${encodeURIComponent(orderId)}`,
};
