import type { FunctionDef } from './runtime/action';

/**
 * The cloud environment's function security rules (云函数安全规则), derived from the function
 * table so they cannot drift from the code: a function with a public action (shop.get,
 * catalog.get…) may be invoked without a login — Moments' single-page mode has none and must still
 * show the shop and the product — and every other client-callable function needs a login.
 * Functions only the platform calls (timer, payment notices, media-check verdicts) are closed to
 * clients; the rules do not govern triggers or platform callbacks, and those functions check
 * getWXContext().SOURCE themselves.
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/guide/functions/security-rules.html
 * ("*" is required; values are true, false or "auth != null".)
 */
export type InvokeRule = true | false | 'auth != null';

export function invokeRules(functions: Record<string, FunctionDef>, platformOnly: readonly string[]): Record<string, { invoke: InvokeRule }> {
  const rules: Record<string, { invoke: InvokeRule }> = { '*': { invoke: 'auth != null' } };
  for (const [name, actions] of Object.entries(functions)) {
    if (Object.values(actions).some((a) => a.identity === 'optional')) rules[name] = { invoke: true };
  }
  for (const name of platformOnly) rules[name] = { invoke: false };
  return rules;
}
