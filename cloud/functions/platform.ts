import * as cloud from 'wx-server-sdk';
import type { Logger } from '../core/runtime/logger';

/**
 * Who started this run, as CloudBase tells it: `cloud.getWXContext().SOURCE`
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/utils/Cloud.getWXContext.html):
 * `wx_paycallback` is WeChat Pay's notice (the function named in cloudPay's `functionName`), `wx_trigger` a timer
 * trigger; `wx_client` the mini program, `wx_devtools`/`wx_localdebug` DevTools, `wx_http` the HTTP API, `scf`
 * another function. The value carries the whole chain, comma-separated: a function the mini program called that
 * then calls another gives that one `wx_client,scf`.
 */
export type PlatformSource = 'wx_paycallback' | 'wx_trigger';

/**
 * Whether the run was started by exactly this platform source. A mini program can call any function of its
 * environment by name with any event, so the event proves nothing: only SOURCE, which the client cannot set,
 * does. The comparison is exact: a chain that merely contains the value (`wx_client,scf`, or a client-made
 * call relayed through another function) is refused, as is a run with no SOURCE at all (the console's
 * 云端测试, local debugging).
 */
export function isSource(source: string | undefined, expected: PlatformSource): boolean {
  return typeof source === 'string' && source.trim() === expected;
}

/** The SOURCE of the current run (only meaningful inside `main`: the context does not exist outside it). */
export function currentSource(): string | undefined {
  return cloud.getWXContext().SOURCE;
}

/** Checks the current run's SOURCE, logging a refusal with what it was, so a forged call leaves a trace. */
export function startedBy(expected: PlatformSource, log: Logger): boolean {
  const source = currentSource();
  if (isSource(source, expected)) return true;
  log.error('refused: not started by the platform', { expected, source: source ?? null });
  return false;
}
