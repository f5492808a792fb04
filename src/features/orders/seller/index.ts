export { SellerActions } from './SellerActions';
export { useNeedsAction } from './useNeedsAction';
