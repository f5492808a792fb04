export {
  addLine,
  clampQty,
  cartCount,
  groupByShop,
  isOrderable,
  lineFromProduct,
  lineTotalFen,
  maxQtyOf,
  refreshLines,
  subtotalFen,
  MAX_QTY,
  type CartLine,
  type ShopGroup,
} from '../../stores/cartLines';
export { canReorder, reorderPlan, type ReorderPlan } from './reorder';
export { useReorder } from './useReorder';
export { CartLineRow } from './components/CartLineRow';
export { QtyStepper } from './components/QtyStepper';
export { useCartShops } from './useCartShops';
