import { defineFunction } from '../declare';

/**
 * Orders: cloudPay.unifiedOrder for payment (cloudPay is not an open API: the merchant is bound in the cloud
 * console), security.msgSecCheck on reviews and the seller's replies; 15 s for a cold start plus one or two WeChat calls.
 */
export default defineFunction({
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync'],
  timeout: 15,
  memorySize: 256,
});
