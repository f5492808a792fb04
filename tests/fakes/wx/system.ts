/**
 * What the app asks about the phone.
 * wx.getDeviceInfo (2.20.1): https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getDeviceInfo.html
 *   — platform: ios, android, ohos, ohos_pc, windows, mac, devtools;
 * wx.getAppBaseInfo (2.20.1): https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getAppBaseInfo.html
 *   — SDKVersion (the base library);
 * wx.canIUse: https://developers.weixin.qq.com/miniprogram/dev/api/base/wx.canIUse.html
 */
import { wx } from './runtime';

/** APIs and their first base library, for canIUse. */
const SINCE: Record<string, string> = {
  showShareImageMenu: '2.14.3',
  shareFileMessage: '2.16.1',
  'showShareImageMenu.object.entrancePath': '3.2.0',
  requirePrivacyAuthorize: '2.32.3',
  createOffscreenCanvas: '2.16.1',
  getDeviceInfo: '2.20.1',
};

function atLeast(version: string, min: string): boolean {
  const a = version.split('.').map(Number);
  const b = min.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

export function canIUse(schema: string): boolean {
  const since = SINCE[schema];
  return since === undefined ? true : atLeast(wx.SDKVersion, since);
}

export function getDeviceInfo() {
  return { platform: wx.platform, brand: 'fake', model: 'fake', system: wx.platform === 'ios' ? 'iOS 17.5' : 'Android 14' };
}

export function getAppBaseInfo() {
  return { SDKVersion: wx.SDKVersion, language: 'zh_CN', version: '8.0.50' };
}

export function getSystemInfoSync() {
  return { ...getDeviceInfo(), SDKVersion: wx.SDKVersion, pixelRatio: 2, windowWidth: 375, windowHeight: 667 };
}
