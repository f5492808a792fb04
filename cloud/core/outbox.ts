import type { Queryable } from '../db/types';
import { iso } from './time';

export interface OutboxMessage {
  id: string;
  kind: string;
  toOpenId: string | null;
  payload: unknown;
  createdAt: string;
}

/**
 * Records a message for WeChat (subscription message, payment call) in the caller's transaction,
 * so it exists exactly when the change that caused it does.
 */
export async function enqueue(tx: Queryable, msg: { kind: string; toOpenId: string | null; payload: unknown; at: Date }): Promise<void> {
  await tx.query('INSERT INTO outbox (kind, to_openid, payload, created_at) VALUES ($1, $2, $3, $4)', [
    msg.kind,
    msg.toOpenId,
    JSON.stringify(msg.payload),
    msg.at,
  ]);
}

export async function listOutbox(q: Queryable, limit = 200): Promise<OutboxMessage[]> {
  const rows = await q.query<{ id: string | number; kind: string; to_openid: string | null; payload: unknown; created_at: Date }>(
    'SELECT * FROM outbox ORDER BY id DESC LIMIT $1',
    [limit],
  );
  return rows.map((r) => ({ id: String(r.id), kind: r.kind, toOpenId: r.to_openid, payload: r.payload, createdAt: iso(r.created_at) }));
}
