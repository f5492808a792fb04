import { defineFunction } from '../declare';

/**
 * Posts and share material: security.msgSecCheck on a post's text, security.mediaCheckAsync on its pictures, and
 * wxacode.getUnlimited for the poster's code (WeChat draws an image: the slowest call here); 20 s.
 */
export default defineFunction({
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'wxacode.getUnlimited'],
  timeout: 20,
  memorySize: 256,
});
