export { useShop, visibleProducts, type ShopState } from './use-shop';
export { fetchShop } from './api';
export { ShopHeader, initialOf } from './components/shop-header';
export { ProductCard } from './components/product-card';
export { shopPagePath, shopIdFromParams } from './route';
export { acceptsOrders, useAcceptsOrders } from './payable';
export { CannotOrderNotice } from './components/cannot-order-notice';
