import { defineFunction } from '../declare';

/**
 * The seller's figures: database reads only; 10 s.
 */
export default defineFunction({
  openapi: [],
  timeout: 10,
  memorySize: 256,
});
