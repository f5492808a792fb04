export { SellerActions } from './SellerActions';
export { useNeedsAction } from './useNeedsAction';
export { ShippingSyncNotice } from './ShippingSyncNotice';
