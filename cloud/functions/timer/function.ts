import { defineFunction } from '../declare';

/**
 * The every-minute tick: expires unpaid orders, completes shipped ones, resubmits image checks and delivers the
 * outbox (subscribeMessage.send, cloudPay refunds, shipping uploads), 8 sends at a time within a 30 s budget
 * (cloud/core/delivery.ts) — far beyond the default 3 s. 60 s, the most CloudBase's tooling allows; a tick that
 * runs into the next one is safe: the outbox claims rows with FOR UPDATE SKIP LOCKED.
 */
export default defineFunction({
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send', 'wxa.sec.order.getOrder', 'wxa.sec.order.uploadShippingInfo'],
  timeout: 60,
  memorySize: 256,
  // Every minute, at second 0 (7-field cron, UTC+8).
  triggers: [{ name: 'everyMinute', type: 'timer', config: '0 * * * * * *' }],
});
