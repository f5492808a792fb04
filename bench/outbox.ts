// The outbox under load: 1,000 messages already queued (subscription messages, refunds and shipping uploads,
// one recipient each, inserted with SQL) delivered by timer ticks with the timer's own settings
// (cloud/core/delivery.ts DELIVERY: 8 sends in flight, rounds of 32, no new round after 30 s) through a fake
// WeChat that answers every call in 100 ms. Prints how many ticks it takes, the throughput while sending, the
// most sends in flight, and what must never happen: a message sent twice, or one left unsent.
import type { Database } from '../cloud/db/types';
import { DELIVERY, deliverOutbox } from '../cloud/core/delivery';
import type { OutgoingMessage } from '../cloud/core/runtime/ports';
import { silentLogger } from '../cloud/core/runtime/logger';
import { ms, openBenchDatabase, perSec, runStandalone, type EngineBench, type Figure, type Target } from './lib';

const MESSAGES = 1000;
const WECHAT_MS = 100;

async function queue(db: Database, at: Date): Promise<void> {
  // Of ten messages: eight subscription messages, one refund, one shipping upload.
  await db.query(
    `INSERT INTO outbox (kind, to_openid, payload, created_at)
     SELECT CASE g % 10 WHEN 0 THEN 'wxpay.refund' WHEN 5 THEN 'wxa.uploadShippingInfo' ELSE 'subscribeMessage' END,
            'outbox-bench-' || g,
            CASE g % 10 WHEN 0 THEN jsonb_build_object('outTradeNo', 'paybench' || g, 'outRefundNo', 'rpaybench' || g, 'totalFee', 100, 'refundFee', 100, 'subMchId', '1900000109')
                        ELSE jsonb_build_object('n', g) END,
            $1
     FROM generate_series(1, ${MESSAGES}) g`,
    [at],
  );
}

export const outboxBench: EngineBench = {
  title: `outbox: ${MESSAGES.toLocaleString('en')} messages through a WeChat answering in ${WECHAT_MS} ms, the timer's settings`,
  async run(target: Target, log) {
    const { db, close } = await openBenchDatabase(target);
    try {
      const t0 = new Date('2026-11-29T04:00:00Z');
      await queue(db, t0);
      let inFlight = 0;
      let most = 0;
      const received = new Map<string, number>();
      const wechat = {
        name: 'fake-wechat',
        async send(m: OutgoingMessage) {
          inFlight += 1;
          most = Math.max(most, inFlight);
          received.set(m.id, (received.get(m.id) ?? 0) + 1);
          await new Promise((r) => setTimeout(r, WECHAT_MS));
          inFlight -= 1;
        },
      };
      const perTick: number[] = [];
      const started = performance.now();
      let sending = 0;
      // one tick a minute until nothing is left (at most 50: a stuck outbox shows as "left")
      for (let tick = 0; tick < 50; tick++) {
        const t = performance.now();
        const sent = await deliverOutbox({ db, log: silentLogger, sender: wechat }, new Date(t0.getTime() + tick * 60_000));
        sending += performance.now() - t;
        if (sent === 0) break;
        perTick.push(sent);
        log(`tick ${tick + 1}: ${sent} sent in ${ms(performance.now() - t)}`);
      }
      const total = performance.now() - started;
      const [{ left }] = await db.query<{ left: number }>('SELECT count(*)::int AS left FROM outbox WHERE delivered_at IS NULL');
      const twice = [...received.values()].filter((n) => n > 1).length;
      const figures: Figure[] = [
        { name: `outbox: ticks to send ${MESSAGES.toLocaleString('en')} (messages per tick)`, value: `${perTick.length} (${perTick.join(', ')})` },
        { name: 'outbox: sending time, throughput', value: `${ms(sending)}, ${perSec(MESSAGES - left, sending)} (whole run ${ms(total)})` },
        { name: `outbox: most sends in flight (limit ${DELIVERY.concurrency})`, value: String(most) },
        { name: 'outbox: messages sent twice', value: String(twice), zero: true },
        { name: 'outbox: messages left unsent', value: String(left), zero: true },
      ];
      return figures;
    } finally {
      await close();
    }
  },
};

if (require.main === module) void runStandalone(outboxBench);
