import type { Queryable } from '../../db/types';
import type { Logger } from '../runtime/logger';
import type { ContentScene, ContentSecurity, Verdict } from '../runtime/ports';
import { CONTENT_SCENE } from './port';

export type ImageStatus = 'pending' | 'pass' | 'risky';

interface ImageDeps {
  db: Queryable;
  content: ContentSecurity;
  log: Logger;
}

/** The images one write brings, to be checked once it has committed. */
export interface ImageBatch {
  ownerOpenId: string;
  scene: ContentScene;
  urls: string[];
}

function unique(urls: ReadonlyArray<string | null | undefined>): string[] {
  return [...new Set(urls.filter((u): u is string => typeof u === 'string' && u !== ''))];
}

/**
 * Inside the write's transaction: a `pending` row for every image address not seen before (and a
 * retry mark on one whose request to WeChat never got through). Recording in the same transaction as
 * the content means no image is ever stored without a check on its way; until WeChat's verdict, only
 * its owner sees it. Returns the batch to submit once the transaction has committed.
 */
export async function recordImages(
  tx: Queryable,
  ownerOpenId: string,
  urls: ReadonlyArray<string | null | undefined>,
  scene: ContentScene,
  now: Date,
): Promise<ImageBatch> {
  const due: string[] = [];
  for (const url of unique(urls)) {
    const rows = await tx.query<{ url: string }>(
      `INSERT INTO image_checks (url, owner_openid, scene, status, created_at, updated_at) VALUES ($1, $2, $3, 'pending', $4, $4)
       ON CONFLICT (url) DO UPDATE SET updated_at = excluded.updated_at
         WHERE image_checks.status = 'pending' AND image_checks.trace_id IS NULL
       RETURNING url`,
      [url, ownerOpenId, CONTENT_SCENE[scene], now],
    );
    if (rows.length > 0) due.push(url);
  }
  return { ownerOpenId, scene, urls: due };
}

/**
 * After the commit: asks WeChat (or the local stand-in) about each recorded image. A request that fails
 * leaves the image pending — hidden from others — and the timer asks again (resubmitUnsentImages).
 */
export async function submitImages(deps: ImageDeps, batches: ReadonlyArray<ImageBatch>): Promise<void> {
  for (const { ownerOpenId, scene, urls } of batches) {
    for (const url of urls) {
      try {
        const answer = await deps.content.submitImage(ownerOpenId, url, scene);
        if ('traceId' in answer) {
          await deps.db.query('UPDATE image_checks SET trace_id = $2 WHERE url = $1 AND status = $3', [url, answer.traceId, 'pending']);
        } else {
          await settleImage(deps.db, { url }, answer.verdict, null);
        }
      } catch (err) {
        deps.log.error('image check request failed', { scene, error: err instanceof Error ? err.message : String(err) });
      }
    }
  }
}

/** `review` shows the image: we have no reviewers, and only `risky` removes content (as for texts). */
function statusOf(verdict: Verdict): ImageStatus {
  return verdict === 'risky' ? 'risky' : 'pass';
}

/**
 * Records WeChat's verdict for one image, by the trace id of its request (the push) or by its address
 * (the local stand-in). Only a pending check is settled: a repeated or late push changes nothing.
 * Returns whether a check was settled.
 */
export async function settleImage(q: Queryable, key: { traceId: string } | { url: string }, verdict: Verdict, label: string | null, now = new Date()): Promise<boolean> {
  const [column, value] = 'traceId' in key ? ['trace_id', key.traceId] : ['url', key.url];
  const rows = await q.query(
    `UPDATE image_checks SET status = $2, label = $3, updated_at = $4 WHERE ${column} = $1 AND status = 'pending' RETURNING url`,
    [value, statusOf(verdict), label, now],
  );
  return rows.length > 0;
}

/** The status of each given address that has a check; addresses without one are absent. */
export async function imageStatuses(q: Queryable, urls: ReadonlyArray<string | null | undefined>): Promise<Map<string, ImageStatus>> {
  const list = unique(urls);
  if (list.length === 0) return new Map();
  const rows = await q.query<{ url: string; status: ImageStatus }>(
    'SELECT url, status FROM image_checks WHERE url IN (SELECT jsonb_array_elements_text($1::jsonb))',
    [JSON.stringify(list)],
  );
  return new Map(rows.map((r) => [r.url, r.status]));
}

/**
 * What a viewer may see of an owner's images: the owner sees all of them; anyone else sees an image
 * only once WeChat passed it — never a rejected one, never one still waiting. Images with no check at
 * all were stored before content security existed (or are the seeded demo's) and are shown.
 */
export function visibleTo(statuses: ReadonlyMap<string, ImageStatus>, viewerIsOwner: boolean) {
  return (url: string): boolean => viewerIsOwner || (statuses.get(url) ?? 'pass') === 'pass';
}

/** Re-asks WeChat about checks whose request never got through (a failed call after the commit). */
export async function resubmitUnsentImages(deps: ImageDeps, now: Date, limit = 50): Promise<number> {
  const rows = await deps.db.query<{ url: string; owner_openid: string; scene: number }>(
    `SELECT url, owner_openid, scene FROM image_checks WHERE status = 'pending' AND trace_id IS NULL AND updated_at < $1 ORDER BY created_at LIMIT $2`,
    [new Date(now.getTime() - 60_000), limit],
  );
  const sceneName = (n: number): ContentScene => (Object.keys(CONTENT_SCENE) as ContentScene[]).find((k) => CONTENT_SCENE[k] === n) ?? 'forum';
  await submitImages(
    deps,
    rows.map((r) => ({ ownerOpenId: r.owner_openid, scene: sceneName(r.scene), urls: [r.url] })),
  );
  return rows.length;
}
