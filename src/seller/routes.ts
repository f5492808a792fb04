import { crmRoutes } from '../features/crm/routes';
import { orderRoutes } from '../utils/routes';
import { SELLER_CONSOLE_PATH } from './console-route';

/** Pages of the seller subpackage. */
export const sellerRoutes = {
  console: SELLER_CONSOLE_PATH,
  settings: '/seller/settings/index',
  catalog: '/seller/catalog/index',
  newProduct: '/seller/product-edit/index',
  orders: orderRoutes.sellerOrders,
  order: orderRoutes.sellerOrder,
  posts: '/seller/posts/index',
  composePost: (productId?: string) => `/seller/posts/compose/index${productId ? `?productId=${encodeURIComponent(productId)}` : ''}`,
  sharePost: (postId: string) => `/seller/posts/share/index?postId=${encodeURIComponent(postId)}`,
  customers: crmRoutes.customers,
  customer: crmRoutes.customer,
  followUps: crmRoutes.followUps,
  editProduct: (productId: string) => `/seller/product-edit/index?productId=${encodeURIComponent(productId)}`,
  /** 找货源: supply products to carry (issue 16) */
  sourcing: '/seller/sourcing/index',
  sourcingDetail: (supplyProductId: string) => `/seller/sourcing-detail/index?supplyProductId=${encodeURIComponent(supplyProductId)}`,
  /** 接龙 (issue 17): the seller's drops, the form that opens one (from a product: preselected), one drop live */
  drops: '/seller/drops/index',
  openDrop: (productId?: string) => `/seller/drop-edit/index${productId ? `?productId=${encodeURIComponent(productId)}` : ''}`,
  drop: (dropId: string) => `/seller/drop/index?dropId=${encodeURIComponent(dropId)}`,
};
