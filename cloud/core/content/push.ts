import type { Verdict } from '../runtime/ports';
import { isVerdict } from './port';

/**
 * WeChat's push with a mediaCheckAsync verdict (event `wxa_media_check`), v2:
 * { ToUserName, FromUserName, CreateTime, MsgType: 'event', Event: 'wxa_media_check', appid, trace_id,
 *   version: 2, errcode, errmsg, result: { suggest: 'risky' | 'pass' | 'review', label }, detail }
 * https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_mediacheckasync
 * Numbers sometimes arrive as strings ("version": "2", "label": "20002"), and some accounts still get
 * the 1.0 shape ({ isrisky: 0 | 1, status_code }), both reported on WeChat's developer community; both are read.
 */
export interface MediaCheckPush {
  traceId: string;
  /** null: WeChat could not judge the image (errcode ≠ 0, e.g. it could not download it) */
  verdict: Verdict | null;
  label: string | null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function scalar(v: unknown): string | null {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}

/** The push's verdict, or null when the event is not a wxa_media_check push at all. */
export function parseMediaCheckPush(event: unknown): MediaCheckPush | null {
  if (!isRecord(event) || event.MsgType !== 'event' || event.Event !== 'wxa_media_check') return null;
  const traceId = scalar(event.trace_id);
  if (!traceId) return null;
  if (isRecord(event.result)) {
    const failed = scalar(event.errcode) ?? '0';
    const suggest = event.result.suggest;
    return { traceId, verdict: failed === '0' && isVerdict(suggest) ? suggest : null, label: scalar(event.result.label) };
  }
  const isrisky = scalar(event.isrisky);
  if (isrisky === null) return null;
  const downloaded = (scalar(event.status_code) ?? '0') === '0';
  return { traceId, verdict: !downloaded ? null : isrisky === '1' ? 'risky' : 'pass', label: null };
}

/**
 * Triggers a person can reach: the mini program (wx_client), DevTools and its local debugging, the
 * crawler (Cloud.getWXContext, https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/utils/Cloud.getWXContext.html).
 * SOURCE carries the whole chain ("wx_client,scf"), so its first element is the origin.
 */
const REACHABLE_BY_USERS = new Set(['wx_client', 'wx_devtools', 'wx_localdebug', 'wx_crawler']);

/**
 * Whether a run was triggered by the platform rather than by a user. Any mini program can call any
 * function of its environment by name, so a verdict sent from the app must be refused. The docs name
 * no SOURCE for a message push, so the user-reachable origins are what is refused.
 */
export function isPlatformTrigger(source: string | undefined): boolean {
  const origin = (source ?? '').split(',')[0].trim();
  return !REACHABLE_BY_USERS.has(origin);
}
