// The order flow shared by both sides, and the buyer's pieces (main package). Seller-only pieces are
// in ./seller, imported by the seller subpackage alone.
export { availableActions, needsActionCount, sideOf, ACTION_TRANSITIONS, SELLER_ATTENTION, type OrderAction, type Side } from './actions';
export { ordersApi } from './api';
export { formatOrderTime, remaining, newIdempotencyKey } from './format';
export { orderStatusLabel } from './status-label';
export { useOrder, type OrderState } from './use-order';
export { useOrderList, type OrderListState, type OrderListData } from './use-order-list';
export { useCountdown } from './use-countdown';
export { payByTransfer, payWithWechat } from './payment';
export { StatusHeader, OrderItems, AddressCard, ShipmentCard, AfterSaleCard, ReviewCard, Timeline } from './components/order-parts';
export { PaymentPanel } from './components/payment-panel';
export { RefundsCard, refundHint } from './components/refunds-card';
export { BuyerActions } from './components/buyer-actions';
export { OrderDetail, type OrderAct, type OrderSideParts } from './components/order-detail';
export { BuyerOrderActions } from './components/buyer-order-actions';
export { OrderListPage } from './components/order-list-page';
export { StatusTabs, OrderCard, OrderListView, type StatusTab } from './components/order-list';
export { OrderRow } from './components/order-list-row';
export { ActionBar, ActionButton, ActionPanel, CancelPanel, Choice, TextField, textProblem } from './components/action-kit';
export { RefundForm } from './after-sale/refund-form';
export { BuyerReturnStep } from './after-sale/return-steps';
export { NoteCode } from './after-sale/note-code';
export { refundableFen, chosenItemsFen, parseYuan, amountProblem, returnStep, owedTransfers, refundLine } from './after-sale/rules';
