export { useMyShop, type MyShopState } from './useMyShop';
export { useShopForm } from './useShopForm';
export { validateShopForm, shopFormErrorsFrom, type ShopFormValues, type ShopFormErrors } from './shopForm';
export { ShopForm } from './components/ShopForm';
export { PaymentForm } from './components/PaymentForm';
export { validatePaymentForm, paymentErrorsFrom, type PaymentFormValues, type PaymentFormErrors } from './paymentForm';
