/**
 * wx.cloud.init: https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/init/client.init.html
 * "在调用云开发各 API 前，需先调用初始化方法 init 一次" — the other cloud fakes refuse to run before it.
 * Without `env` the mini program's default environment is used.
 */
import { fail, onReset } from './runtime';

export const cloudState = { initialized: false, env: undefined as string | undefined };

onReset(() => {
  cloudState.initialized = false;
  cloudState.env = undefined;
});

export function init(opts: { env?: string; traceUser?: boolean } = {}): void {
  if (cloudState.initialized) return; // "多次调用时只有第一次生效"
  cloudState.initialized = true;
  cloudState.env = opts.env;
}

export function requireInit(api: string): void {
  if (!cloudState.initialized) fail(api, 'cloud api not initialized, call wx.cloud.init first');
}
