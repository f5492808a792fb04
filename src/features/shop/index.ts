export { useShop, visibleProducts, type ShopState } from './useShop';
export { fetchShop } from './api';
export { ShopHeader, initialOf } from './components/ShopHeader';
export { ProductCard } from './components/ProductCard';
export { shopPagePath, shopIdFromParams } from './route';
export { acceptsOrders, useAcceptsOrders } from './payable';
export { CannotOrderNotice } from './components/CannotOrderNotice';
