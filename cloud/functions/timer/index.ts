import { runTimer, type TickReport } from '../../core/timer';
import type { Deps } from '../../core/runtime/context';
import { createLogger } from '../../core/runtime/logger';
import { cloudDeps, type Wiring } from '../entry';
import { wxContentSecurity } from '../security';
import { cloudSender } from '../sender';
import { startedBy } from '../platform';
import declaration from './function';

/** The trigger this function declares (function.ts → config.json): the only one whose events it accepts. */
const TRIGGER_NAME = declaration.triggers?.[0].name ?? '';

/**
 * A timer trigger's event: { Type: 'Timer', TriggerName: <the name in config.json>, Time: <ISO time>, Message }
 * (Tencent SCF's timer trigger, which CloudBase's triggers are:
 * https://cloud.tencent.com/document/product/583/9708; CloudBase's trigger config:
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/guide/functions/triggers.html).
 * SCF's pages print Type both as "Timer" and "timer", so its case is not relied on; Time and Message are not needed.
 */
export function isTimerEvent(event: unknown, triggerName: string = TRIGGER_NAME): boolean {
  if (typeof event !== 'object' || event === null) return false;
  const e = event as { Type?: unknown; TriggerName?: unknown };
  return typeof e.Type === 'string' && e.Type.toLowerCase() === 'timer' && triggerName !== '' && e.TriggerName === triggerName;
}

/** The timer sends the outbox (subscription messages, refunds, shipping uploads) and resubmits image checks. */
const wiring: Wiring = { sender: cloudSender, content: wxContentSecurity };

/**
 * Runs from the CloudBase timer trigger in config.json. Any mini program can call this function by name with
 * an event shaped like a trigger's, so the run must also have been started by the trigger itself (SOURCE
 * `wx_trigger`); a client's call, or one relayed through another function, does nothing.
 */
export function createTimerMain(openDeps: (service: string) => Promise<Deps> = (s) => cloudDeps(s, wiring)) {
  return async function main(event: unknown): Promise<{ ok: boolean; data?: TickReport }> {
    const log = createLogger({ service: 'timer' });
    if (!startedBy('wx_trigger', log)) return { ok: false };
    if (!isTimerEvent(event)) {
      log.error('refused: not this function’s timer trigger', { expected: TRIGGER_NAME });
      return { ok: false };
    }
    return { ok: true, data: await runTimer(await openDeps('timer')) };
  };
}

export const main = createTimerMain();
