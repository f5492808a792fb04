import * as cloud from 'wx-server-sdk';
import { settleImage } from '../../core/content/images';
import { isPlatformTrigger, parseMediaCheckPush } from '../../core/content/push';
import type { Deps } from '../../core/runtime/context';
import { createLogger } from '../../core/runtime/logger';
import { cloudDeps, type Wiring } from '../entry';

/** A verdict only updates the database. */
const wiring: Wiring = {};

/**
 * The `wxa_media_check` message push (WeChat's verdict on an image sent to security.mediaCheckAsync),
 * routed to this function in the cloud console: 云开发 → 设置 → 其他设置 → 消息推送, MsgType `event`,
 * Event `wxa_media_check`. The event is the push itself as JSON
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/openapi.html).
 * A run the mini program (or DevTools) triggered is refused before the event is read, so a client
 * cannot post a verdict; the verdict settles only a pending check with that trace id, which never
 * leaves the server. WeChat expects "success" back.
 */
export function createMediaCheckMain(openDeps: (service: string) => Promise<Deps> = (s) => cloudDeps(s, wiring)) {
  return async function main(event: unknown): Promise<string> {
    const { SOURCE } = cloud.getWXContext();
    const log = createLogger({ service: 'mediaCheck' });
    if (!isPlatformTrigger(SOURCE)) {
      log.error('media check verdict refused: not from the platform', { source: SOURCE ?? null });
      return 'forbidden';
    }
    const push = parseMediaCheckPush(event);
    if (!push) return 'success'; // not ours to handle; answering anything else makes WeChat retry
    const deps = await openDeps('mediaCheck');
    if (!push.verdict) {
      deps.log.error('WeChat could not check an image', { traceId: push.traceId });
      return 'success';
    }
    const settled = await settleImage(deps.db, { traceId: push.traceId }, push.verdict, push.label, deps.clock.now());
    deps.log.info('image check settled', { traceId: push.traceId, verdict: push.verdict, label: push.label, settled });
    return 'success';
  };
}

export const main = createMediaCheckMain();
