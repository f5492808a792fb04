import type { TemplateName } from '../../types/messages-templates';
import type { Queryable } from '../db/types';

/**
 * The consent ledger (`subscription_consents`): what each person accepted in requestSubscribeMessage,
 * per template. WeChat's one-time subscription allows one message per acceptance
 * (https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/subscribe-message.html), so an
 * acceptance adds one and every message queued spends one, in the transaction that queues it.
 */

/** Adds one consent per accepted template; answers what each template now has left. */
export async function addConsents(q: Queryable, openId: string, answers: { template: TemplateName; accepted: boolean }[], at: Date): Promise<Partial<Record<TemplateName, number>>> {
  const remaining: Partial<Record<TemplateName, number>> = {};
  for (const { template, accepted } of answers) {
    const [row] = accepted
      ? await q.query<{ remaining: number }>(
          `INSERT INTO subscription_consents (openid, template, remaining, updated_at) VALUES ($1, $2, 1, $3)
           ON CONFLICT (openid, template) DO UPDATE SET remaining = subscription_consents.remaining + 1, updated_at = $3
           RETURNING remaining`,
          [openId, template, at],
        )
      : await q.query<{ remaining: number }>('SELECT remaining FROM subscription_consents WHERE openid = $1 AND template = $2', [openId, template]);
    remaining[template] = row?.remaining ?? 0;
  }
  return remaining;
}

/** Spends one of the person's consents for the template; false when they have none left. */
export async function spendConsent(tx: Queryable, openId: string, template: TemplateName, at: Date): Promise<boolean> {
  const used = await tx.query(
    'UPDATE subscription_consents SET remaining = remaining - 1, updated_at = $3 WHERE openid = $1 AND template = $2 AND remaining > 0 RETURNING remaining',
    [openId, template, at],
  );
  return used.length > 0;
}

/**
 * Locks the consent rows a transaction is about to spend, in one order (the database's own, by
 * openid then template). A transaction that spends several people's consents — a timer batch — takes
 * them all at once this way, so two overlapping batches never wait on each other crosswise (deadlock).
 */
export async function lockConsents(tx: Queryable, wanted: { openId: string; template: TemplateName }[]): Promise<void> {
  if (wanted.length === 0) return;
  await tx.query(
    `SELECT 1 FROM subscription_consents
     WHERE (openid, template) IN (SELECT * FROM unnest($1::text[], $2::text[]))
     ORDER BY openid, template FOR UPDATE`,
    [wanted.map((w) => w.openId), wanted.map((w) => w.template)],
  );
}
