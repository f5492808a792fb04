export { SellerActions } from './seller-actions';
export { useNeedsAction } from './use-needs-action';
export { ShippingSyncNotice } from './shipping-sync-notice';
export { statusFromParam } from './status-param';
