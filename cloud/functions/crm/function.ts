import { defineFunction } from '../declare';

/**
 * The seller's customers and notes: database reads and writes only; 10 s covers a cold start and a PostgreSQL
 * connection with room to spare.
 */
export default defineFunction({
  openapi: [],
  timeout: 10,
  memorySize: 256,
});
