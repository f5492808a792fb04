export { useMyShop, type MyShopState } from './use-my-shop';
export { useShopForm } from './use-shop-form';
export { validateShopForm, shopFormErrorsFrom, type ShopFormValues, type ShopFormErrors } from './shop-form';
export { ShopForm } from './components/shop-form';
export { PaymentForm } from './components/payment-form';
export { validatePaymentForm, paymentErrorsFrom, type PaymentFormValues, type PaymentFormErrors } from './payment-form';
export { FirstRunChecklist } from './components/first-run-checklist';
export { SellerNoticeCard } from './components/seller-notice-card';
export { firstRunSteps, FIRST_RUN_STEPS, type FirstRunStep, type FirstRunStepState, type FirstRunFacts } from './first-run';
