// The order flow shared by both sides, and the buyer's pieces (main package). Seller-only pieces are
// in ./seller, imported by the seller subpackage alone.
export { availableActions, needsActionCount, sideOf, ACTION_TRANSITIONS, SELLER_ATTENTION, type OrderAction, type Side } from './actions';
export { ordersApi } from './api';
export { orderRoutes } from './routes';
export { formatOrderTime, remaining, newIdempotencyKey } from './format';
export { useOrder, type OrderState } from './useOrder';
export { useOrderList, type OrderListState, type OrderListData } from './useOrderList';
export { useCountdown } from './useCountdown';
export { payByTransfer, payWithWechat } from './payment';
export { StatusHeader, OrderItems, AddressCard, ShipmentCard, AfterSaleCard, ReviewCard, Timeline } from './components/OrderParts';
export { PaymentPanel } from './components/PaymentPanel';
export { RefundsCard, refundHint } from './components/RefundsCard';
export { BuyerActions } from './components/BuyerActions';
export { OrderDetail, type OrderAct, type OrderSideParts } from './components/OrderDetail';
export { BuyerOrderActions } from './components/BuyerOrderActions';
export { OrderListPage } from './components/OrderListPage';
export { StatusTabs, OrderCard, OrderListView, type StatusTab } from './components/OrderList';
export { ActionBar, ActionButton, ActionPanel, CancelPanel, Choice, TextField, textProblem } from './components/ActionKit';
export { RefundForm } from './after-sale/RefundForm';
export { BuyerReturnStep } from './after-sale/ReturnSteps';
export { NoteCode } from './after-sale/NoteCode';
export { refundableFen, chosenItemsFen, parseYuan, amountProblem, returnStep, owedTransfers, refundLine } from './after-sale/rules';
