import { defineFunction } from '../declare';

/**
 * CSV exports of a shop's customers or orders, built in memory from paged queries (a personal shop's rows
 * number in the thousands at most); 20 s for the larger exports.
 * Every bundle also carries the providers ../entry.ts's cloudDeps builds for all functions (content checks, the
 * message sender, mini program codes), so their open APIs are declared too: scripts/build-cloud.ts reads them from the bundle.
 */
export default defineFunction({
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send', 'wxacode.getUnlimited', 'wxa.sec.order.getOrder', 'wxa.sec.order.uploadShippingInfo'],
  timeout: 20,
  memorySize: 256,
});
