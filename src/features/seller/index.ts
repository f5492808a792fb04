export { useMyShop, type MyShopState } from './useMyShop';
export { useShopForm } from './useShopForm';
export { validateShopForm, shopFormErrorsFrom, type ShopFormValues, type ShopFormErrors } from './shopForm';
export { ShopForm } from './components/ShopForm';
export { PaymentForm } from './components/PaymentForm';
export { validatePaymentForm, paymentErrorsFrom, type PaymentFormValues, type PaymentFormErrors } from './paymentForm';
export { FirstRunChecklist } from './components/FirstRunChecklist';
export { SellerNoticeCard } from './components/SellerNoticeCard';
export { firstRunSteps, FIRST_RUN_STEPS, type FirstRunStep, type FirstRunStepState, type FirstRunFacts } from './firstRun';
