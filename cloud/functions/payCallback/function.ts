import { defineFunction } from '../declare';

/**
 * WeChat Pay's result (cloudPay's callback): one cloudPay.queryOrder round trip to confirm it, then one idempotent
 * database update; WeChat retries a callback that fails, so a short 10 s is safe.
 * Every bundle also carries the providers ../entry.ts's cloudDeps builds for all functions (content checks, the
 * message sender, mini program codes), so their open APIs are declared too: scripts/build-cloud.ts reads them from the bundle.
 */
export default defineFunction({
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send', 'wxacode.getUnlimited', 'wxa.sec.order.getOrder', 'wxa.sec.order.uploadShippingInfo'],
  timeout: 10,
  memorySize: 256,
});
