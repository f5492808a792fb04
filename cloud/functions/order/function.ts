import { defineFunction } from '../declare';

/**
 * Orders: cloudPay.unifiedOrder for payment (cloudPay is not an open API: the merchant is bound in the cloud
 * console), security.msgSecCheck on reviews and the seller's replies; 15 s for a cold start plus one or two WeChat calls.
 * Every bundle also carries the providers ../entry.ts's cloudDeps builds for all functions (content checks, the
 * message sender, mini program codes), so their open APIs are declared too: scripts/build-cloud.ts reads them from the bundle.
 */
export default defineFunction({
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send', 'wxacode.getUnlimited', 'wxa.sec.order.getOrder', 'wxa.sec.order.uploadShippingInfo'],
  timeout: 15,
  memorySize: 256,
});
