import type * as sdk from 'wx-server-sdk';

/**
 * One declaration per cloud function (cloud/functions/<name>/function.ts), from which `npm run build:cloud` writes the
 * function's config.json — the file WeChat DevTools reads when it uploads the function:
 * - `permissions.openapi`: every open API the function calls through `cloud.openapi` ("每个云函数需要声明其会使用到的接口，
 *   否则无法调用"; a missing one fails with -604101; changes take up to 10 minutes) —
 *   https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/openapi/openapi.html
 * - `triggers`: at most one timer trigger, a 7-field cron (秒 分 时 日 月 星期 年, UTC+8); its name ≤ 60 characters of
 *   a-z A-Z 0-9 - _, starting with a letter — https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/guide/functions/triggers.html
 * - `timeout` (seconds) and `memorySize` (MB): CloudBase's function settings, default 3 s for a WeChat cloud function
 *   (https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/scf-management/api_getfuntionconfig: 1–300 s,
 *   default 3 s); CloudBase's own tooling allows 1–60 s and 128/256/512/1024/2048 MB
 *   (https://docs.cloudbase.net/en/cli-v1/functions/configs), so the stricter 1–60 s is enforced here.
 * cloudPay (`cloud.cloudPay.*`) is not an open API: it needs the merchant bound in the cloud console, not a permission.
 * scripts/build-cloud.ts checks each bundle's `openapi.<group>.<method>` uses against `openapi` (scripts/wechat-openapi.ts).
 */

type OpenApi = typeof sdk.openapi;

/** The dotted path to every function of a namespace object: "send", "sec.order.getOrder". */
type ApiPaths<T> = { [K in keyof T & string]: T[K] extends (...args: never[]) => unknown ? K : `${K}.${ApiPaths<T[K]>}` }[keyof T & string];

/**
 * "group.method" for every open API the wx-server-sdk typings (cloud/functions/wx-server-sdk.d.ts) describe, deeper
 * names included: 发货信息管理's cloud calls are named "wxa.sec.order.uploadShippingInfo" ("调用方法:
 * wxa.sec.order.uploadShippingInfo", https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_uploadshippinginfo).
 */
export type OpenApiName = ApiPaths<OpenApi>;

export type MemorySize = 128 | 256 | 512 | 1024 | 2048;

export interface TimerTrigger {
  name: string;
  type: 'timer';
  /** 7-field cron: second minute hour day month weekday year (UTC+8). */
  config: string;
}

export interface FunctionDeclaration {
  /** Open APIs the function calls through cloud.openapi. */
  openapi: readonly OpenApiName[];
  /** Seconds before CloudBase stops a run: 1–60. */
  timeout: number;
  memorySize?: MemorySize;
  /** WeChat supports one trigger per function. */
  triggers?: readonly [TimerTrigger];
}

/** The config.json WeChat DevTools uploads with the function. */
export interface CloudFunctionConfig {
  permissions: { openapi: string[] };
  timeout: number;
  memorySize?: MemorySize;
  triggers?: TimerTrigger[];
}

export function defineFunction(declaration: FunctionDeclaration): FunctionDeclaration {
  return declaration;
}

const TRIGGER_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;
const MEMORY_SIZES: readonly number[] = [128, 256, 512, 1024, 2048];

/** What is wrong with a declaration, in words; empty when it can be deployed. */
export function declarationProblems(d: FunctionDeclaration): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(d.timeout) || d.timeout < 1 || d.timeout > 60) problems.push(`timeout must be a whole number of seconds from 1 to 60, not ${d.timeout}`);
  if (d.memorySize !== undefined && !MEMORY_SIZES.includes(d.memorySize)) problems.push(`memorySize must be one of ${MEMORY_SIZES.join(', ')} MB, not ${d.memorySize}`);
  const seen = new Set<string>();
  for (const api of d.openapi) {
    if (!/^[A-Za-z]+(\.[A-Za-z]+)+$/.test(api)) problems.push(`openapi entry "${api}" is not "group.method"`);
    if (seen.has(api)) problems.push(`openapi entry "${api}" is listed twice`);
    seen.add(api);
  }
  for (const t of d.triggers ?? []) {
    if (!TRIGGER_NAME.test(t.name)) problems.push(`trigger name "${t.name}" must start with a letter and have at most 60 of a-z A-Z 0-9 - _`);
    if (t.type !== 'timer') problems.push(`trigger "${t.name}": only timer triggers exist`);
    if (t.config.trim().split(/\s+/).length !== 7) problems.push(`trigger "${t.name}": cron "${t.config}" needs 7 fields (second minute hour day month weekday year)`);
  }
  return problems;
}

export function toConfigJson(d: FunctionDeclaration): CloudFunctionConfig {
  return {
    permissions: { openapi: [...d.openapi].sort() },
    timeout: d.timeout,
    ...(d.memorySize !== undefined ? { memorySize: d.memorySize } : {}),
    ...(d.triggers ? { triggers: d.triggers.map((t) => ({ ...t })) } : {}),
  };
}
