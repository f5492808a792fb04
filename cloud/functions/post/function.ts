import { defineFunction } from '../declare';

/**
 * Posts and share material: security.msgSecCheck on a post's text, security.mediaCheckAsync on its pictures, and
 * wxacode.getUnlimited for the poster's code (WeChat draws an image: the slowest call here); 20 s.
 * Every bundle also carries the providers ../entry.ts's cloudDeps builds for all functions (content checks, the
 * message sender, mini program codes), so their open APIs are declared too: scripts/build-cloud.ts reads them from the bundle.
 */
export default defineFunction({
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send', 'wxacode.getUnlimited', 'wxa.sec.order.getOrder', 'wxa.sec.order.uploadShippingInfo'],
  timeout: 20,
  memorySize: 256,
});
