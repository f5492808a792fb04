import { defineFunction } from '../declare';

/**
 * The seller's customers and notes: database reads and writes only; 10 s covers a cold start and a PostgreSQL
 * connection with room to spare.
 * Every bundle also carries the providers ../entry.ts's cloudDeps builds for all functions (content checks, the
 * message sender, mini program codes), so their open APIs are declared too: scripts/build-cloud.ts reads them from the bundle.
 */
export default defineFunction({
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send', 'wxacode.getUnlimited', 'wxa.sec.order.getOrder', 'wxa.sec.order.uploadShippingInfo'],
  timeout: 10,
  memorySize: 256,
});
