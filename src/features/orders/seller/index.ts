export { SellerActions } from './SellerActions';
export { useNeedsAction } from './useNeedsAction';
export { ShippingSyncNotice } from './ShippingSyncNotice';
export { statusFromParam } from './statusParam';
