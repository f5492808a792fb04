import { defineFunction } from '../declare';

/**
 * The every-minute tick: expires unpaid orders, completes shipped ones, and delivers up to 50 outbox items
 * (subscribeMessage.send, cloudPay refunds) one WeChat round trip after another — far beyond the default 3 s. 60 s, the
 * most CloudBase's tooling allows; a tick that runs into the next one is safe, the outbox claims rows with
 * FOR UPDATE SKIP LOCKED so two ticks never send the same message.
 * Every bundle also carries the providers ../entry.ts's cloudDeps builds for all functions (content checks, the
 * message sender, mini program codes), so their open APIs are declared too: scripts/build-cloud.ts reads them from the bundle.
 */
export default defineFunction({
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send', 'wxacode.getUnlimited', 'wxa.sec.order.getOrder', 'wxa.sec.order.uploadShippingInfo'],
  timeout: 60,
  memorySize: 256,
  // Every minute, at second 0 (7-field cron, UTC+8).
  triggers: [{ name: 'everyMinute', type: 'timer', config: '0 * * * * * *' }],
});
