import { defineFunction } from '../declare';

/**
 * security.mediaCheckAsync's verdict push: one database update per image; WeChat retries, 10 s.
 */
export default defineFunction({
  openapi: [],
  timeout: 10,
  memorySize: 256,
});
