import { defineFunction } from '../declare';

/**
 * CSV exports of a shop's customers or orders, built in memory from paged queries (a personal shop's rows
 * number in the thousands at most); 20 s for the larger exports.
 */
export default defineFunction({
  openapi: [],
  timeout: 20,
  memorySize: 256,
});
