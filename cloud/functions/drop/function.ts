import { defineFunction } from '../declare';

/**
 * Group drops: opening one checks its title and intro with security.msgSecCheck (one WeChat round trip per
 * field) after a cold start and a PostgreSQL connection, which the default 3 s does not cover; 15 s bounds how
 * long a seller waits on a stuck call, as for catalog and supply. A drop has no images of its own, but the
 * content adapter (cloud/functions/security.ts) is one object that can also submit images, and its bundle
 * carries that call, so the declaration lists it as shop's does.
 */
export default defineFunction({
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync'],
  timeout: 15,
  memorySize: 256,
});
