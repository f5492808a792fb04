import type { OrderStatus } from '../../types/order';

// Page addresses are the app's, not one feature's: features link to each other's pages through here, so a link
// never makes one feature import another (friend-nav ↔ orders was a cycle).

/** Addresses of the friends' order pages (main package), and of the seller's. */
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

/** The shop page's address, as shared to chats and used by links inside the app. */
export function shopPagePath(shopId: string): string {
  return `/pages/shop/index?shopId=${encodeURIComponent(shopId)}`;
}

/** The product page's address inside the app and in share cards. */
export function productPagePath(productId: string): string {
  return `/pages/product/index?productId=${encodeURIComponent(productId)}`;
}

/** A group drop's page (接龙, issue 17, main package): opened from share cards and the shop page. */
export function dropPagePath(dropId: string): string {
  return `/pages/drop/index?dropId=${encodeURIComponent(dropId)}`;
}

/** The supplier's console (subpackage `supplier`, issue 16). */
export const supplierRoutes = {
  home: '/supplier/index',
  newProduct: '/supplier/product-edit/index',
  editProduct: (supplyProductId: string) => `/supplier/product-edit/index?supplyProductId=${encodeURIComponent(supplyProductId)}`,
  orders: '/supplier/orders/index',
  statements: '/supplier/statements/index',
  sellers: '/supplier/sellers/index',
};
