import type { Deps } from './runtime/context';
import type { TimerJob } from './timer';

export interface OutgoingMessage {
  id: string;
  kind: string;
  toOpenId: string | null;
  payload: unknown;
}

/**
 * Sends what the outbox holds to WeChat (subscribeMessage.send, cloudPay refunds, shipping info).
 * The local sandbox sends nothing: the outbox itself is the record of what would have gone out.
 */
export interface MessageSender {
  readonly name: string;
  send(message: OutgoingMessage): Promise<void>;
}

export const sandboxSender: MessageSender = { name: 'sandbox', send: async () => undefined };

/**
 * A send that can never succeed as it is (WeChat's 43101 no consent, 47003 a bad value, 40037 an
 * unknown template, a template id missing from the settings): recorded in the outbox and not retried.
 */
export class PermanentSendError extends Error {}

const MAX_ATTEMPTS = 5;
const BATCH = 50;

/**
 * At most once: a message is claimed (and the claim committed) before it is sent, so a timer that
 * dies mid-send never sends it again; a send that fails cleanly releases the claim for a later tick,
 * up to MAX_ATTEMPTS. Overlapping timers skip each other's claims.
 */
export async function deliverOutbox(deps: Pick<Deps, 'db' | 'log'> & { sender: MessageSender }, now: Date): Promise<number> {
  const claimed = await deps.db.transaction((tx) =>
    tx.query<{ id: string | number; kind: string; to_openid: string | null; payload: unknown }>(
      `UPDATE outbox SET claimed_at = $1, attempts = attempts + 1
       WHERE id IN (SELECT id FROM outbox WHERE delivered_at IS NULL AND claimed_at IS NULL AND attempts < ${MAX_ATTEMPTS} ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
       RETURNING id, kind, to_openid, payload`,
      [now],
    ),
  );
  // UPDATE … RETURNING gives no order: send in the order the messages were queued (paid before shipped).
  claimed.sort((a, b) => Number(a.id) - Number(b.id));
  let sent = 0;
  for (const m of claimed) {
    try {
      await deps.sender.send({ id: String(m.id), kind: m.kind, toOpenId: m.to_openid, payload: m.payload });
      await deps.db.query('UPDATE outbox SET delivered_at = $2 WHERE id = $1', [m.id, now]);
      sent += 1;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      deps.log.error('outbox send failed', { outboxId: String(m.id), kind: m.kind, error: message });
      // A permanent failure keeps its claim and uses up its attempts: it stays in the outbox with its error.
      if (err instanceof PermanentSendError) await deps.db.query(`UPDATE outbox SET attempts = ${MAX_ATTEMPTS}, last_error = $2 WHERE id = $1`, [m.id, message]);
      else await deps.db.query('UPDATE outbox SET claimed_at = NULL, last_error = $2 WHERE id = $1', [m.id, message]);
    }
  }
  return sent;
}

export const deliverOutboxJob: TimerJob = { name: 'deliverOutbox', run: (deps, now) => deliverOutbox({ ...deps, sender: deps.sender }, now) };
