import type { Queryable } from '../db/types';
import type { Deps } from './runtime/context';
import type { TimerJob } from './runtime/job';
import type { MessageSender } from './runtime/ports';

export const sandboxSender: MessageSender = { name: 'sandbox', send: async () => undefined };

/**
 * A send that can never succeed as it is (WeChat's 43101 no consent, 47003 a bad value, 40037 an
 * unknown template, a template id missing from the settings): recorded in the outbox and not retried.
 */
export class PermanentSendError extends Error {}

/**
 * Delivery by kind.
 * - At most once (everything not listed below; above all `subscribeMessage`): one consent is one message, so a
 *   message is claimed, and the claim committed, before it is sent, and a claim is never taken back: a tick that
 *   dies mid-send loses that message rather than sending it twice.
 * - At least once: kinds WeChat itself de-duplicates by a key of ours, so sending one again after a crash is safe,
 *   and losing one is not (a buyer's money, a seller's frozen funds). A claim older than LEASE_MS is taken back by
 *   a later tick, and a failed send is retried with backoff.
 *   - `wxpay.refund`: cloudPay.refund's out_refund_no is our refund id; WeChat Pay treats the same out_refund_no
 *     as the same refund, and asks for the original one on a retry ("一笔退款失败后重新提交，请不要更换退款单号，
 *     请使用原商户退款单号", https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/pay/CloudPay.refund.html).
 *   - `wxa.uploadShippingInfo`: keyed by the payment (order_key: out_trade_no = our payment id, or transaction_id);
 *     uploading the same order again replaces its shipping info with the same data — WeChat counts that as the one
 *     re-upload a payment allows, so its sender must treat "already uploaded" as done
 *     (https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/business-capabilities/order-shipping/order-shipping.html).
 */
export const AT_LEAST_ONCE_KINDS: readonly string[] = ['wxpay.refund', 'wxa.uploadShippingInfo'];

export const isAtLeastOnce = (kind: string): boolean => AT_LEAST_ONCE_KINDS.includes(kind);

/** Attempts of an at-most-once message (each claim counts one). */
const MAX_ATTEMPTS = 5;
/** Attempts of an at-least-once message: with the backoff below, about a day of trying before a person must look. */
const MAX_ATTEMPTS_AT_LEAST_ONCE = 30;
/** Backoff of a failed at-least-once send: 1, 2, 4 … minutes, at most an hour. */
export const backoffMs = (attempts: number): number => Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempts - 1));

export interface DeliveryOptions {
  /** sends in flight at once */
  concurrency: number;
  /** messages claimed per round (one transaction) */
  batch: number;
  /** no new round is claimed after this long (ms since the delivery started): the rest waits for the next tick */
  budgetMs: number;
  /** a send taking longer counts as failed (at least once: released; at most once: never re-sent) */
  sendTimeoutMs: number;
  /** an at-least-once claim older than this (by the tick's clock) is taken back */
  leaseMs: number;
  /** a monotonic clock in ms for the budget; the tick's `now` stays fixed while it runs */
  elapsed: () => number;
}

/**
 * The timer's settings. The timer function runs at most 60 s (cloud/functions/timer/function.ts); the jobs before
 * delivery are single SQL transactions; no send starts after the budget, and one started just before it is cut at
 * sendTimeoutMs: 30 + 15 s leaves room for the jobs after. The lease (2 min) is longer than any
 * send can take, so a live tick's claim is never taken back from under it. tests/unit/delivery.test.ts checks these
 * against the timer's declared timeout.
 */
export const DELIVERY: DeliveryOptions = {
  concurrency: 8,
  batch: 32,
  budgetMs: 30_000,
  sendTimeoutMs: 15_000,
  leaseMs: 120_000,
  elapsed: () => performance.now(),
};

interface Claimed {
  id: string | number;
  kind: string;
  to_openid: string | null;
  payload: unknown;
  attempts: number;
}

/**
 * One round's claim: unclaimed messages due now, and at-least-once messages whose claim outlived its lease, oldest
 * first. FOR UPDATE SKIP LOCKED: overlapping ticks never take the same row; the claim commits before any send.
 */
async function claim(db: Deps['db'], now: Date, opts: DeliveryOptions): Promise<Claimed[]> {
  const stale = new Date(now.getTime() - opts.leaseMs);
  const rows = await db.transaction((tx: Queryable) =>
    tx.query<Claimed>(
      `UPDATE outbox SET claimed_at = $1, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM outbox
         WHERE delivered_at IS NULL
           AND (next_attempt_at IS NULL OR next_attempt_at <= $1)
           AND (
             (claimed_at IS NULL AND attempts < CASE WHEN kind = ANY($2::text[]) THEN ${MAX_ATTEMPTS_AT_LEAST_ONCE} ELSE ${MAX_ATTEMPTS} END)
             OR (claimed_at <= $3 AND kind = ANY($2::text[]) AND attempts < ${MAX_ATTEMPTS_AT_LEAST_ONCE})
           )
         ORDER BY id LIMIT $4 FOR UPDATE SKIP LOCKED)
       RETURNING id, kind, to_openid, payload, attempts`,
      [now, AT_LEAST_ONCE_KINDS, stale, opts.batch],
    ),
  );
  // UPDATE … RETURNING gives no order: send in the order the messages were queued (paid before shipped).
  return rows.sort((a, b) => Number(a.id) - Number(b.id));
}

class SendTimeout extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SendTimeout(`no answer from WeChat within ${ms} ms`)), ms);
  });
  work.catch(() => undefined); // a send abandoned at the timeout must not become an unhandled rejection
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** Runs the tasks with at most `limit` in flight; resolves when all have settled (a task never throws here). */
async function pool(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

/**
 * Sends what the outbox holds, round by round: each round claims up to `batch` messages and sends them with at most
 * `concurrency` in flight, started in queue order; one recipient's messages go one after another. No round starts once
 * `budgetMs` has passed, so a tick ends inside the function's timeout and the next tick takes the rest.
 * Returns how many were sent.
 */
export async function deliverOutbox(
  deps: Pick<Deps, 'db' | 'log'> & { sender: MessageSender },
  now: Date,
  options: Partial<DeliveryOptions> = {},
): Promise<number> {
  const opts: DeliveryOptions = { ...DELIVERY, ...options };
  const started = opts.elapsed();
  let sent = 0;

  const sendOne = async (m: Claimed): Promise<void> => {
    const atLeastOnce = isAtLeastOnce(m.kind);
    if (opts.elapsed() - started >= opts.budgetMs) {
      // Still waiting behind its recipient's earlier message when the time ran out: never sent, so handing the
      // claim back is safe even for at most once; the next tick sends it.
      await deps.db.query('UPDATE outbox SET claimed_at = NULL, attempts = attempts - 1 WHERE id = $1', [m.id]);
      return;
    }
    try {
      await withTimeout(deps.sender.send({ id: String(m.id), kind: m.kind, toOpenId: m.to_openid, payload: m.payload }), opts.sendTimeoutMs);
      await deps.db.query('UPDATE outbox SET delivered_at = $2, last_error = NULL WHERE id = $1', [m.id, now]);
      sent += 1;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      deps.log.error('outbox send failed', { outboxId: String(m.id), kind: m.kind, attempt: m.attempts, error: message });
      if (err instanceof PermanentSendError) {
        // It stays in the outbox with its error, claimed for good: a setting or a consent is missing, not luck.
        await deps.db.query('UPDATE outbox SET attempts = GREATEST(attempts, $3), last_error = $2 WHERE id = $1', [m.id, message, atLeastOnce ? MAX_ATTEMPTS_AT_LEAST_ONCE : MAX_ATTEMPTS]);
      } else if (atLeastOnce) {
        await deps.db.query('UPDATE outbox SET claimed_at = NULL, last_error = $2, next_attempt_at = $3 WHERE id = $1', [m.id, message, new Date(now.getTime() + backoffMs(m.attempts))]);
      } else if (err instanceof SendTimeout) {
        // WeChat may have sent it after all: at most once keeps the claim, and the message is never sent again.
        await deps.db.query(`UPDATE outbox SET attempts = GREATEST(attempts, ${MAX_ATTEMPTS}), last_error = $2 WHERE id = $1`, [m.id, `${message}; not sent again (at most once)`]);
      } else {
        await deps.db.query('UPDATE outbox SET claimed_at = NULL, last_error = $2 WHERE id = $1', [m.id, message]);
      }
    }
  };

  for (;;) {
    if (opts.elapsed() - started >= opts.budgetMs) break;
    const claimed = await claim(deps.db, now, opts);
    if (claimed.length === 0) break;
    // Sends start in queue order; each waits for the previous one to the same person (tasks start in order, so
    // that one is already running or done: no task waits on one that has not started).
    const previous = new Map<string, Promise<void>>();
    await pool(
      claimed.map((m) => () => {
        const key = m.to_openid ?? `#${String(m.id)}`;
        const mine = (previous.get(key) ?? Promise.resolve()).then(() => sendOne(m));
        previous.set(key, mine);
        return mine;
      }),
      opts.concurrency,
    );
    if (claimed.length < opts.batch) break;
  }
  return sent;
}

export const deliverOutboxJob: TimerJob = { name: 'deliverOutbox', run: (deps, now) => deliverOutbox({ ...deps, sender: deps.sender }, now) };
