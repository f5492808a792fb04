import { defineFunction } from '../declare';

/**
 * Supply products: like catalog, each save checks its texts with security.msgSecCheck (one WeChat round trip per
 * field) and submits new photos to security.mediaCheckAsync, several sequential calls after a cold start and a
 * PostgreSQL connection, which the default 3 s does not cover; 15 s bounds how long a supplier waits on a stuck call.
 */
export default defineFunction({
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync'],
  timeout: 15,
  memorySize: 256,
});
