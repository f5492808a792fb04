import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { openDatabase } from '../../cloud/db/open';
import type { Database } from '../../cloud/db/types';
import { createScratchDatabase } from './helpers/host';

/**
 * The outbox's delivery in a real process, killed with SIGKILL while sends are in flight (WeChat has the request,
 * we never heard back), then run again: every refund reaches WeChat, a resent one carries the same out_refund_no so
 * WeChat Pay refunds it once, and no subscription message reaches WeChat twice.
 */
const ROOT = path.resolve(__dirname, '../..');
const WORKER = path.join(__dirname, 'helpers', 'outbox-worker.ts');
const server = process.env.DATABASE_URL;
const T0 = new Date('2026-11-29T04:00:00Z');
const REFUNDS = 40;
const MESSAGES = 40;

let dir: string;
let wechatLog: string;
let dbEnv: Record<string, string>;
let drop: (() => Promise<void>) | null = null;
const alive = new Set<ChildProcess>();

const open = (): Promise<Database> => openDatabase(server ? { databaseUrl: dbEnv.DATABASE_URL } : { dataDir: dbEnv.PGLITE_DIR });

function run(now: Date, sendMs: number): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ...dbEnv, NOW: now.toISOString(), WECHAT_LOG: wechatLog, SEND_MS: String(sendMs) },
  });
  alive.add(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const done = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      alive.delete(child);
      if (code !== 0 && code !== null) process.stderr.write(out);
      resolve(code);
    }),
  );
  return { child, done };
}

const received = (): { kind: string; key: string; payload: { outTradeNo?: string; refundFee?: number } }[] =>
  fs.existsSync(wechatLog) ? fs.readFileSync(wechatLog, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { kind: string; key: string; payload: { outTradeNo?: string; refundFee?: number } }) : [];

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuren-outbox-crash-'));
  wechatLog = path.join(dir, 'wechat.log');
  if (server) {
    const scratch = await createScratchDatabase(server);
    drop = scratch.drop;
    dbEnv = { DATABASE_URL: scratch.url };
  } else {
    dbEnv = { PGLITE_DIR: path.join(dir, 'pglite') };
  }
});
afterEach(async () => {
  for (const child of alive) child.kill('SIGKILL');
  if (drop) await drop();
  drop = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe(`outbox delivery killed mid-send (${server ? 'PostgreSQL' : 'PGlite on disk'})`, () => {
  it('loses no refund, refunds none twice, and sends no subscription message twice', async () => {
    const db = await open();
    for (let i = 0; i < REFUNDS + MESSAGES; i++) {
      // interleaved, so the sends in flight at the kill are of both kinds
      const refund = i % 2 === 0;
      const n = Math.floor(i / 2);
      await db.query('INSERT INTO outbox (kind, to_openid, payload, created_at) VALUES ($1, $2, $3, $4)', [
        refund ? 'wxpay.refund' : 'subscribeMessage',
        `crash-buyer-${i}`,
        JSON.stringify(refund ? { outTradeNo: `paycrash${n}`, outRefundNo: `rpaycrash${n}`, totalFee: 500, refundFee: 500, subMchId: '1900000109' } : { message: 'order.paid', n }),
        T0,
      ]);
    }
    await db.close();

    // First tick: killed while sends are in flight (WeChat answers in 300 ms; 8 at a time).
    const first = run(T0, 300);
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (received().length >= 12) {
          clearInterval(poll);
          resolve();
        }
      }, 10);
    });
    first.child.kill('SIGKILL');
    await first.done;
    const atKill = received().length;

    // A tick one minute later sends the rest but leaves the dead tick's claims alone (they might still be live);
    // one after the 2-minute lease takes the refunds back. Subscription messages claimed by the dead tick stay unsent.
    expect(await run(new Date(T0.getTime() + 60_000), 5).done).toBe(0);
    expect(await run(new Date(T0.getTime() + 3 * 60_000), 5).done).toBe(0);

    const got = received();
    const refunds = got.filter((r) => r.kind === 'wxpay.refund');
    const messages = got.filter((r) => r.kind === 'subscribeMessage');
    // WeChat Pay refunds each out_refund_no once: per payment, one key, for the payment's amount
    const keysPerPayment = new Map<string, Set<string>>();
    for (const r of refunds) keysPerPayment.set(r.payload.outTradeNo!, (keysPerPayment.get(r.payload.outTradeNo!) ?? new Set()).add(r.key));
    expect(keysPerPayment.size).toBe(REFUNDS); // none lost
    expect([...keysPerPayment.values()].every((keys) => keys.size === 1)).toBe(true); // none doubled
    expect(refunds.length).toBeGreaterThan(REFUNDS); // the kill did cut refunds mid-send: they were sent again
    // subscription messages: at most once each
    const perMessage = new Map<string, number>();
    for (const m of messages) perMessage.set(m.key, (perMessage.get(m.key) ?? 0) + 1);
    expect([...perMessage.values()].every((c) => c === 1)).toBe(true);
    expect(atKill).toBeLessThan(REFUNDS + MESSAGES);

    const after = await open();
    try {
      const [{ pending }] = await after.query<{ pending: number }>(`SELECT count(*)::int AS pending FROM outbox WHERE kind = 'wxpay.refund' AND delivered_at IS NULL`);
      expect(pending).toBe(0);
      // the only messages WeChat never got are some the dead tick had claimed (one batch at most): never resent
      const unfinished = await after.query<{ id: string | number; claimed_at: Date }>(`SELECT id, claimed_at FROM outbox WHERE kind = 'subscribeMessage' AND delivered_at IS NULL`);
      expect(unfinished.every((m) => new Date(m.claimed_at).getTime() === T0.getTime())).toBe(true);
      expect(unfinished.length).toBeLessThanOrEqual(32);
      const neverGot = MESSAGES - perMessage.size;
      expect(unfinished.filter((m) => !perMessage.has(String(m.id)))).toHaveLength(neverGot);
    } finally {
      await after.close();
    }
  });
});
