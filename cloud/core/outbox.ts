import { buildSubscribeRequest, MINIPROGRAM_STATES, type MiniprogramState, type SubscribePreview } from '../../types/messages';
import { parseTemplateIds } from '../../types/messages-templates';
import type { Queryable } from '../db/types';
import { iso } from './time';

export interface OutboxMessage {
  id: string;
  kind: string;
  toOpenId: string | null;
  payload: unknown;
  createdAt: string;
  deliveredAt: string | null;
  lastError: string | null;
  /** for a subscription message: exactly what subscribeMessage.send would be called with (template id null when WX_TEMPLATES lacks it) */
  wechat?: SubscribePreview | null;
}

/**
 * Records a message for WeChat (subscription message, payment call) in the caller's transaction,
 * so it exists exactly when the change that caused it does. Its kind decides how it is delivered
 * (cloud/core/delivery.ts): at most once, or at least once for kinds WeChat de-duplicates by our key.
 */
export async function enqueue(tx: Queryable, msg: { kind: string; toOpenId: string | null; payload: unknown; at: Date }): Promise<void> {
  await tx.query('INSERT INTO outbox (kind, to_openid, payload, created_at) VALUES ($1, $2, $3, $4)', [
    msg.kind,
    msg.toOpenId,
    JSON.stringify(msg.payload),
    msg.at,
  ]);
}

/**
 * The sandbox's record (GET /api/dev/outbox). A subscription message shows the `data` the production
 * sender would build from the registry, with the template ids of WX_TEMPLATES if set here, so the
 * local record is what WeChat would receive.
 */
export async function listOutbox(q: Queryable, limit = 200, env: Record<string, string | undefined> = process.env): Promise<OutboxMessage[]> {
  const rows = await q.query<{ id: string | number; kind: string; to_openid: string | null; payload: unknown; created_at: Date; delivered_at: Date | null; last_error: string | null }>(
    'SELECT * FROM outbox ORDER BY id DESC LIMIT $1',
    [limit],
  );
  const state = (MINIPROGRAM_STATES as readonly string[]).includes(env.WX_MINIPROGRAM_STATE ?? '') ? (env.WX_MINIPROGRAM_STATE as MiniprogramState) : 'formal';
  const config = { templateIds: parseTemplateIds(env.WX_TEMPLATES).ids, miniprogramState: state };
  return rows.map((r) => ({
    id: String(r.id),
    kind: r.kind,
    toOpenId: r.to_openid,
    payload: r.payload,
    createdAt: iso(r.created_at),
    deliveredAt: r.delivered_at ? iso(r.delivered_at) : null,
    lastError: r.last_error,
    ...(r.kind === 'subscribeMessage' ? { wechat: buildSubscribeRequest(r.to_openid, r.payload, config).preview } : {}),
  }));
}
