import { defineFunction } from '../declare';

/**
 * WeChat Pay's result (cloudPay's callback): one cloudPay.queryOrder round trip to confirm it, then one idempotent
 * database update; WeChat retries a callback that fails, so a short 10 s is safe.
 */
export default defineFunction({
  openapi: [],
  timeout: 10,
  memorySize: 256,
});
