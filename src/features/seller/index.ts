export { useMyShop, type MyShopState } from './useMyShop';
