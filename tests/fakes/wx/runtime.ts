/**
 * What every fake of the mini program's `wx` shares: the call log, the simulated phone (platform,
 * base library, files on it, what the user will answer), and the way WeChat answers an API call.
 *
 * How WeChat answers (https://developers.weixin.qq.com/miniprogram/dev/framework/app-service/api.html,
 * "异步 API 返回 Promise"): an asynchronous API takes { success, fail, complete }; without any of them
 * it returns a Promise (Taro promisifies every API the same way). A failure is an object
 * { errMsg: '<api>:fail <reason>', errno? }, never an Error; a wrong argument type fails with
 * `<api>:fail parameter error: parameter.<name> should be String instead of Number;`.
 */
import { CallLog } from '../calls';
import { inTap } from '../tap';

export interface WxFailure {
  errMsg: string;
  errno?: number;
  errCode?: number;
}

/** Thrown inside a fake's body to answer `fail`; turned into WeChat's failure object. */
export class WxFail {
  constructor(readonly failure: WxFailure) {}
}

export function fail(api: string, reason: string, codes: { errno?: number; errCode?: number } = {}): never {
  throw new WxFail({ errMsg: `${api}:fail ${reason}`, ...codes });
}

/** The type names WeChat's argument check prints ("should be String instead of Number"). */
export function typeName(value: unknown): string {
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'Array';
  const t = typeof value;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** WeChat's own check of one argument's type: `parameter error: parameter.<name> should be <T> instead of <U>;`. */
export function expectType(api: string, name: string, value: unknown, expected: 'String' | 'Number' | 'Boolean' | 'Object' | 'Array' | 'Function', required: boolean): void {
  if (value === undefined) {
    if (required) fail(api, `parameter error: parameter.${name} should be ${expected} instead of Undefined;`);
    return;
  }
  if (typeName(value) !== expected) fail(api, `parameter error: parameter.${name} should be ${expected} instead of ${typeName(value)};`);
}

export interface Callbacks<T> {
  success?: (res: T) => void;
  fail?: (res: WxFailure) => void;
  complete?: (res: T | WxFailure) => void;
}

export function hasCallbacks(opts: unknown): boolean {
  if (typeof opts !== 'object' || opts === null) return false;
  const o = opts as Record<string, unknown>;
  return typeof o.success === 'function' || typeof o.fail === 'function' || typeof o.complete === 'function';
}

/** Files the fake phone holds: temporary files the APIs made and files written under USER_DATA_PATH. */
export interface FakeFile {
  path: string;
  /** what made it: 'canvas', 'chooseMedia', 'writeFile', 'download' */
  origin: string;
  width?: number;
  height?: number;
}

export type PrivacyAnswer = 'agree' | 'disagree';

export const USER_DATA_PATH = 'wxfile://usr';

/** The simulated phone and user. Tests set what they need; `resetWx()` returns to a fresh install. */
export const wx = {
  log: new CallLog(),
  /** wx.getDeviceInfo().platform: ios, android, devtools, windows, mac, ohos */
  platform: 'android' as string,
  /** wx.getAppBaseInfo().SDKVersion */
  SDKVersion: '3.8.2',
  files: new Map<string, FakeFile>(),
  privacy: {
    /** APIs whose information type is declared in the MP admin's 用户隐私保护指引 (by API name). */
    declared: new Set<string>(['chooseAddress', 'chooseMedia', 'saveImageToPhotosAlbum']),
    /** whether this user has agreed to the privacy guide already */
    agreed: false,
    /** what the user taps in WeChat's privacy popup when it comes up */
    answer: 'agree' as PrivacyAnswer,
    /** listeners of wx.onNeedPrivacyAuthorization */
    listeners: [] as Array<(resolve: (r: { event: string; buttonId?: string }) => void, info: { referrer: string }) => void>,
    popups: 0,
  },
  nextId: 1,
  reset(): void {
    wx.log.clear();
    wx.platform = 'android';
    wx.SDKVersion = '3.8.2';
    wx.files.clear();
    wx.privacy.declared = new Set(['chooseAddress', 'chooseMedia', 'saveImageToPhotosAlbum']);
    wx.privacy.agreed = false;
    wx.privacy.answer = 'agree';
    wx.privacy.listeners = [];
    wx.privacy.popups = 0;
    wx.nextId = 1;
    for (const hook of resetHooks) hook();
  },
  /** a temporary file path like the ones WeChat hands out (`http://tmp/…` in DevTools, `wxfile://tmp_…` on phones) */
  tempFile(origin: string, ext: string, size?: { width: number; height: number }): string {
    const path = `wxfile://tmp_${origin}_${wx.nextId++}.${ext}`;
    wx.files.set(path, { path, origin, ...size });
    return path;
  },
};

const resetHooks: Array<() => void> = [];

/** Per-API state registers here so that `wx.reset()` clears it too. */
export function onReset(hook: () => void): void {
  resetHooks.push(hook);
}

/** A path WeChat calls local: a temporary file or one under USER_DATA_PATH (not http(s), cloud:// or data:). */
export function isLocalPath(path: string): boolean {
  return path.startsWith('wxfile://') || path.startsWith('http://tmp/') || path.startsWith('http://usr/');
}

/**
 * Runs a fake API the way WeChat (and Taro's promisified wrapper) does: checks and body run now,
 * synchronously, so "only inside a tap" sees the caller's gesture; the answer arrives asynchronously.
 * Returns a Promise when no callback is given, else `whenCallbacks` (e.g. an UploadTask).
 */
export function invoke<T>(api: string, opts: unknown, body: () => T | Promise<T>, whenCallbacks?: unknown): unknown {
  const cb = (typeof opts === 'object' && opts !== null ? opts : {}) as Callbacks<T>;
  const args = stripCallbacks(opts);
  const tapped = inTap();
  let outcome: Promise<T>;
  try {
    outcome = Promise.resolve(body());
  } catch (err) {
    outcome = Promise.reject(err);
  }
  const settled = outcome.then(
    (res) => {
      wx.log.record(api, { ...args, inTap: tapped }, 'ok');
      cb.success?.(res);
      cb.complete?.(res);
      return res;
    },
    (err: unknown) => {
      const failure = err instanceof WxFail ? err.failure : { errMsg: `${api}:fail ${String(err)}` };
      wx.log.record(api, { ...args, inTap: tapped }, { errCode: failure.errno ?? failure.errCode ?? -1, errMsg: failure.errMsg });
      cb.fail?.(failure);
      cb.complete?.(failure);
      throw failure;
    },
  );
  if (hasCallbacks(opts)) {
    settled.catch(() => undefined); // the callbacks carry the failure
    return whenCallbacks;
  }
  return settled;
}

function stripCallbacks(opts: unknown): Record<string, unknown> {
  if (typeof opts !== 'object' || opts === null) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(opts as Record<string, unknown>)) {
    if (typeof v !== 'function') out[k] = v;
  }
  return out;
}
