import { defineFunction } from '../declare';

/**
 * Shops and follows: a shop's texts go through security.msgSecCheck, its avatar and payment code through
 * security.mediaCheckAsync (after a getTempFileURL); 15 s for a cold start plus those calls.
 */
export default defineFunction({
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync'],
  timeout: 15,
  memorySize: 256,
});
