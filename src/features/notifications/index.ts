export { askConsent, askOneConsent, type ConsentAnswer } from './subscribe';
export { templateIds } from './templates';
