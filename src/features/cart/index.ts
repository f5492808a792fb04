export {
  addLine,
  clampQty,
  cartCount,
  groupByFulfiller,
  groupByShop,
  isOrderable,
  lineFromProduct,
  lineTotalFen,
  maxQtyOf,
  refreshLines,
  subtotalFen,
  MAX_QTY,
  type CartLine,
  type FulfillerGroup,
  type ShopGroup,
} from '../../stores/cart-lines';
export { canReorder, reorderPlan, type ReorderPlan } from './reorder';
export { useReorder } from './use-reorder';
export { CartLineRow } from './components/cart-line-row';
export { QtyStepper } from './components/qty-stepper';
export { useCartShops } from './use-cart-shops';
