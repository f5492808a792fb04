// The timer under load: 10,000 post reminders falling due at once across 1,000 shops (inserted with
// SQL), half of the sellers with a subscription consent per post, dispatched by two timer ticks that
// overlap (as two CloudBase timer invocations, or a slow tick and the next one, would). Prints the
// throughput and what must never happen: a post reminded twice (duplicates) or not at all (lost).
import { POST_REMINDER_TEMPLATE } from '../types/post';
import { DEFAULT_POLICY } from '../types/shop';
import type { Database } from '../cloud/db/types';
import { runTimer, type TickReport } from '../cloud/core/timer';
import { systemClock, type Deps } from '../cloud/core/runtime/context';
import { silentLogger } from '../cloud/core/runtime/logger';
import { sandboxPayments } from '../cloud/core/payments/provider';
import { sandboxSender } from '../cloud/core/delivery';
import { localShareCodes } from '../cloud/core/share/codes';
import { ms, openBenchDatabase, percentile, perSec, runStandalone, type EngineBench, type Figure, type Target } from './lib';
import { localContentSecurity } from '../cloud/core/content/local';
import { localFileStore } from '../cloud/core/files';
import os from 'node:os';
import path from 'node:path';

const SHOPS = 1000;
const POSTS_PER_SHOP = 10;
const POSTS = SHOPS * POSTS_PER_SHOP;
const ROUNDS = 3;

function depsFor(db: Database): Deps {
  return {
    db,
    clock: systemClock,
    log: silentLogger,
    payments: sandboxPayments(db),
    sender: sandboxSender,
    codes: localShareCodes(() => 'http://127.0.0.1'),
    content: localContentSecurity(),
    files: localFileStore(path.join(os.tmpdir(), 'shuren-bench-exports')), // the timer writes no files
  };
}

async function insertDuePosts(db: Database, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO shops (id, owner_openid, name, intro, product_cap, policy, created_at, updated_at)
     SELECT 'sbench' || g, 'timer-owner-' || g, '压测小店 ' || g, '', 30, $2::jsonb, $1, $1 FROM generate_series(1, ${SHOPS}) g`,
    [now, JSON.stringify(DEFAULT_POLICY)],
  );
  // Due between now and ten hours ago, so every one is past its time.
  await db.query(
    `INSERT INTO posts (id, shop_id, at, text, status, created_at, updated_at)
     SELECT 'mbench' || g, 'sbench' || (1 + (g - 1) % ${SHOPS}), $1::timestamptz - ((g % 600) * interval '1 minute'),
            '今天的核桃刚到货 ' || g, 'scheduled', $1, $1
     FROM generate_series(1, ${POSTS}) g`,
    [now],
  );
  // Half of the owners said yes to the reminder once per post they planned.
  await db.query(
    `INSERT INTO subscription_consents (openid, template, remaining, updated_at)
     SELECT 'timer-owner-' || g, $2, ${POSTS_PER_SHOP}, $1 FROM generate_series(2, ${SHOPS}, 2) g`,
    [now, POST_REMINDER_TEMPLATE],
  );
}

export const timerBench: EngineBench = {
  title: `timer: ${POSTS.toLocaleString('en')} due post reminders, two overlapping ticks, ${ROUNDS} rounds`,
  async run(target, log) {
    const sum = { duplicates: 0, lost: 0, mismatch: 0, sent: 0, inApp: 0 };
    const failures: string[] = [];
    const elapsedPerRound: number[] = [];
    const ticks: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const r = await oneRound(target);
      elapsedPerRound.push(r.elapsed);
      sum.duplicates += r.duplicates;
      sum.lost += r.lost;
      sum.mismatch += r.mismatch;
      sum.sent += r.sent;
      sum.inApp += r.inApp;
      failures.push(...r.errors);
      ticks.push(`${r.tickA}+${r.tickB}`);
      for (const e of r.errors) log(`round ${round}: job failed: ${e}`);
      log(
        `round ${round}: tick A reminded ${r.tickA}, tick B ${r.tickB}, together in ${ms(r.elapsed)} (${perSec(POSTS, r.elapsed)}); ` +
          `${r.sent} sent, ${r.inApp} in the app, ${r.messages} messages; duplicates ${r.duplicates}, lost ${r.lost}`,
      );
    }
    const median = percentile(elapsedPerRound, 50);
    const figures: Figure[] = [
      { name: `timer: ${POSTS.toLocaleString('en')} reminders, two overlapping ticks (median of ${ROUNDS} rounds)`, value: `${ms(median)}, ${perSec(POSTS, median)} (per tick A+B: ${ticks.join(', ')})` },
      { name: `reminders sent / shown in the app (no consent), ${ROUNDS} rounds`, value: `${sum.sent} / ${sum.inApp}` },
      { name: 'duplicates (extra messages for one post)', value: String(sum.duplicates), zero: true },
      { name: 'lost (posts still pending)', value: String(sum.lost), zero: true },
      { name: 'messages not matching the consents spent', value: String(sum.mismatch), zero: true },
      { name: 'timer job failures during the overlap (rolled back; the next tick takes the rest)', value: failures.length ? `${failures.length} (${[...new Set(failures)].join('; ')})` : '0', zero: true },
    ];
    return figures;
  },
};

/** One round on a fresh database: insert, two overlapping ticks, then count. */
async function oneRound(target: Target) {
  const { db, second, close } = await openBenchDatabase(target);
  try {
    const now = new Date();
    await insertDuePosts(db, now);
    const t0 = performance.now();
    const [a, b] = await Promise.all([runTimer(depsFor(db), undefined, now), runTimer(depsFor(second), undefined, now)]);
    const elapsed = performance.now() - t0;
    const tick = (r: TickReport) => {
      const job = r.jobs.find((j) => j.name === 'remindDuePosts');
      return job?.error ? 'failed' : String(job?.handled ?? 0);
    };
    const errors = [...a.jobs, ...b.jobs].filter((j) => j.error).map((j) => `${j.name}: ${j.error}`);

    const [dup] = await db.query<{ extra: number }>(
      `SELECT coalesce(sum(n - 1), 0)::int AS extra FROM (
         SELECT payload->>'postId' AS post_id, count(*)::int AS n FROM outbox
         WHERE kind = 'subscribeMessage' AND payload->>'template' = $1 GROUP BY 1 HAVING count(*) > 1) d`,
      [POST_REMINDER_TEMPLATE],
    );
    const [{ lost }] = await db.query<{ lost: number }>(`SELECT count(*)::int AS lost FROM posts WHERE id LIKE 'mbench%' AND reminder = 'pending'`);
    const states = await db.query<{ reminder: string; n: number }>(`SELECT reminder, count(*)::int AS n FROM posts WHERE id LIKE 'mbench%' GROUP BY 1`);
    const count = (s: string) => states.find((r) => r.reminder === s)?.n ?? 0;
    const [{ messages }] = await db.query<{ messages: number }>(
      `SELECT count(*)::int AS messages FROM outbox WHERE kind = 'subscribeMessage' AND payload->>'template' = $1`,
      [POST_REMINDER_TEMPLATE],
    );
    // Every message spent one consent, and only consenting owners (the even ones) got any.
    const expectedSent = (SHOPS / 2) * POSTS_PER_SHOP;
    const mismatch = Math.abs(count('sent') - expectedSent) + Math.abs(messages - count('sent'));
    return { elapsed, tickA: tick(a), tickB: tick(b), errors, duplicates: dup.extra, lost, sent: count('sent'), inApp: count('in_app'), messages, mismatch };
  } finally {
    await close();
  }
}

if (require.main === module) void runStandalone(timerBench);
