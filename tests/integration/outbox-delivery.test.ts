/**
 * Delivery by kind on a real database: subscription messages at most once, refunds and shipping uploads at
 * least once (a dead tick's claim is taken back after the lease, a failure is retried with backoff), sends in
 * parallel but in order per recipient, and a tick that stops claiming when its time budget is spent.
 */
import { deliverOutbox } from '../../cloud/core/delivery';
import type { OutgoingMessage } from '../../cloud/core/runtime/ports';
import { silentLogger } from '../../cloud/core/runtime/logger';
import { hostPerFile } from './helpers/host';

const host = hostPerFile();
beforeEach(async () => {
  await host.db.query('UPDATE outbox SET delivered_at = now() WHERE delivered_at IS NULL');
});

const T0 = new Date('2026-11-29T04:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

async function queue(kind: string, to: string, payload: Record<string, unknown>, extra: { claimedAt?: Date; attempts?: number } = {}): Promise<string> {
  const [row] = await host.db.query<{ id: string | number }>(
    'INSERT INTO outbox (kind, to_openid, payload, created_at, claimed_at, attempts) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [kind, to, JSON.stringify(payload), T0, extra.claimedAt ?? null, extra.attempts ?? 0],
  );
  return String(row.id);
}

const refund = (n: number) => ({ outTradeNo: `pay${n}`, outRefundNo: `rpay${n}`, totalFee: 100, refundFee: 100, subMchId: '1900000109' });

/** Records every send; `fail` decides which throw. */
function recorder(fail: (m: OutgoingMessage) => boolean = () => false) {
  const sent: OutgoingMessage[] = [];
  return {
    sent,
    sender: {
      name: 'recorder',
      async send(m: OutgoingMessage) {
        if (fail(m)) throw new Error('system busy');
        sent.push(m);
      },
    },
  };
}

describe('at most once: subscription messages', () => {
  it('a message a dead tick claimed is never sent again, however long after', async () => {
    await queue('subscribeMessage', 'amo-1', { n: 1 }, { claimedAt: T0, attempts: 1 });
    const { sent, sender } = recorder();
    expect(await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(60))).toBe(0);
    expect(await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(24 * 60))).toBe(0);
    expect(sent).toEqual([]);
  });

  it('a send that never answers is not sent again (WeChat may have delivered it)', async () => {
    const id = await queue('subscribeMessage', 'amo-2', { n: 2 });
    let calls = 0;
    const sender = { name: 'hangs', send: () => { calls += 1; return new Promise<void>(() => undefined); } };
    expect(await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(0), { sendTimeoutMs: 20 })).toBe(0);
    expect(await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(10), { sendTimeoutMs: 20 })).toBe(0);
    expect(calls).toBe(1);
    const [row] = await host.db.query<{ last_error: string }>('SELECT last_error FROM outbox WHERE id = $1', [id]);
    expect(row.last_error).toMatch(/not sent again/);
  });
});

describe('at least once: refunds and shipping uploads', () => {
  it('a refund a dead tick claimed is sent by a tick after the lease, not before, under the same out_refund_no', async () => {
    const id = await queue('wxpay.refund', 'alo-1', refund(1), { claimedAt: T0, attempts: 1 });
    await queue('wxa.uploadShippingInfo', 'alo-1b', { outTradeNo: 'pay1b' }, { claimedAt: T0, attempts: 1 });
    const { sent, sender } = recorder();
    // a tick one minute later: the claim may still be a live send
    expect(await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(1))).toBe(0);
    // after the 2-minute lease it is taken back and sent
    expect(await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(3))).toBe(2);
    expect(sent.map((m) => m.kind).sort()).toEqual(['wxa.uploadShippingInfo', 'wxpay.refund']);
    expect(sent.find((m) => m.kind === 'wxpay.refund')?.payload).toEqual(refund(1));
    const [row] = await host.db.query<{ delivered_at: Date | null }>('SELECT delivered_at FROM outbox WHERE id = $1', [id]);
    expect(row.delivered_at).not.toBeNull();
    expect(await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(10))).toBe(0);
    expect(sent).toHaveLength(2);
  });

  it('a refund WeChat Pay keeps refusing is retried with backoff past five attempts, not dropped', async () => {
    const id = await queue('wxpay.refund', 'alo-2', refund(2));
    let down = true;
    const { sent, sender } = recorder(() => down);
    let minute = 0;
    const attempts = async () => (await host.db.query<{ attempts: number }>('SELECT attempts FROM outbox WHERE id = $1', [id]))[0].attempts;
    // WeChat Pay down for two hours, a tick every minute
    for (; minute < 120; minute++) await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(minute));
    const tried = await attempts();
    expect(tried).toBeGreaterThan(5); // an at-most-once message would have given up at 5
    expect(tried).toBeLessThan(15); // backoff: not one try a minute
    down = false;
    for (; minute < 240 && sent.length === 0; minute++) await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(minute));
    expect(sent.map((m) => m.payload)).toEqual([refund(2)]);
  });

  it('a refund whose send hangs is released and sent again later, with the same key', async () => {
    await queue('wxpay.refund', 'alo-3', refund(3));
    let hang = true;
    const sent: OutgoingMessage[] = [];
    const sender = {
      name: 'flaky',
      send: (m: OutgoingMessage) => {
        sent.push(m);
        return hang ? new Promise<void>(() => undefined) : Promise.resolve();
      },
    };
    expect(await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(0), { sendTimeoutMs: 20 })).toBe(0);
    hang = false;
    expect(await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(5), { sendTimeoutMs: 20 })).toBe(1);
    expect(sent.map((m) => (m.payload as { outRefundNo: string }).outRefundNo)).toEqual(['rpay3', 'rpay3']);
  });
});

describe('sending many', () => {
  it('runs at most `concurrency` sends at once, in queue order per recipient', async () => {
    for (let i = 0; i < 40; i++) await queue('subscribeMessage', `many-${i % 5}`, { seq: Math.floor(i / 5) });
    let inFlight = 0;
    let most = 0;
    const order = new Map<string, number[]>();
    const sender = {
      name: 'slow',
      async send(m: OutgoingMessage) {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        order.set(m.toOpenId!, [...(order.get(m.toOpenId!) ?? []), (m.payload as { seq: number }).seq]);
        inFlight -= 1;
      },
    };
    expect(await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(0), { concurrency: 4, batch: 16 })).toBe(40);
    expect(most).toBeLessThanOrEqual(4);
    expect(most).toBeGreaterThan(1);
    for (const seqs of order.values()) expect(seqs).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('stops claiming once its time budget is spent, and the next tick takes the rest', async () => {
    for (let i = 0; i < 30; i++) await queue('subscribeMessage', `budget-${i}`, { i });
    // a monotonic clock that each send moves by 100 ms, as a WeChat answering in 100 ms would
    let ms = 0;
    const sender = { name: 'clocked', send: async () => void (ms += 100) };
    const opts = { concurrency: 1, batch: 5, budgetMs: 1_000, elapsed: () => ms };
    const first = await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(0), opts);
    expect(first).toBe(10); // two rounds of 5 fill the budget; no third round is claimed
    const [{ left }] = await host.db.query<{ left: number }>(`SELECT count(*)::int AS left FROM outbox WHERE delivered_at IS NULL AND claimed_at IS NULL AND to_openid LIKE 'budget-%'`);
    expect(left).toBe(20);
    ms = 0;
    expect(await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(1), opts)).toBe(10);
    ms = 0;
    expect(await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(2), opts)).toBe(10);
  });

  it('starts no send after its budget, even one waiting behind the same recipient’s earlier message', async () => {
    for (let i = 0; i < 10; i++) await queue('subscribeMessage', 'one-person', { i });
    let ms = 0;
    const got: number[] = [];
    const sender = {
      name: 'clocked',
      async send(m: OutgoingMessage) {
        ms += 400;
        got.push((m.payload as { i: number }).i);
      },
    };
    const opts = { concurrency: 8, batch: 10, budgetMs: 1_000, elapsed: () => ms };
    expect(await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(0), opts)).toBe(3); // started at 0, 400, 800 ms
    const rows = await host.db.query<{ claimed_at: Date | null; attempts: number }>(`SELECT claimed_at, attempts FROM outbox WHERE to_openid = 'one-person' AND delivered_at IS NULL`);
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.claimed_at === null && r.attempts === 0)).toBe(true); // handed back unsent
    ms = 0;
    expect(await deliverOutbox({ db: host.db, log: silentLogger, sender }, at(1), { ...opts, budgetMs: 60_000 })).toBe(7);
    expect(got).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
