// The supplier's console (subpackage `supplier`, issue 16): its data, forms and rules. Pages stay thin.
export { supplyApi } from './api';
export { useSupplierHome, loadSupplierStatement, supplierLines, type SupplierHome } from './home';
export { validateSupplyForm, validateOpenForm, supplyErrorsFrom, emptySupplyForm, type SupplyFormValues, type SupplyFormErrors } from './form';
export { useSupplyEditor } from './use-supply-editor';
export { OpenSupplierCard } from './components/open-supplier-card';
export { SupplyProductRow } from './components/supply-product-row';
export { useSupplierOrders, SUPPLIER_ORDER_TABS, type SupplierOrderTab } from './use-supplier-orders';
export { SupplierOrderCard, addressText } from './components/supplier-order-card';
export { SupplierShipForm } from './components/supplier-ship-form';
export { SupplierNoticeCard } from './components/supplier-notice-card';
export { checkSettleForm } from './settle';
export { StatementCard } from './components/statement-card';
