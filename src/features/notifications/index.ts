export { askConsent, type ConsentAnswer } from './subscribe';
export { templateIds } from './templates';
export { SellerNoticeCard } from './components/SellerNoticeCard';
