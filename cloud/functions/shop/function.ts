import { defineFunction } from '../declare';

/**
 * Shops and follows: a shop's texts go through security.msgSecCheck, its avatar and payment code through
 * security.mediaCheckAsync (after a getTempFileURL); 15 s for a cold start plus those calls.
 * Every bundle also carries the providers ../entry.ts's cloudDeps builds for all functions (content checks, the
 * message sender, mini program codes), so their open APIs are declared too: scripts/build-cloud.ts reads them from the bundle.
 */
export default defineFunction({
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send', 'wxacode.getUnlimited', 'wxa.sec.order.getOrder', 'wxa.sec.order.uploadShippingInfo'],
  timeout: 15,
  memorySize: 256,
});
