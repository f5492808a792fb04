/**
 * The privacy guide (用户隐私保护指引) as WeChat enforces it since 2023-09, for the APIs that read or
 * write personal data (chooseAddress, chooseMedia, saveImageToPhotosAlbum…):
 * - the information type must be declared in the MP admin (设置 - 服务内容声明 - 用户隐私保护指引),
 *   else the API fails with errno 112 "api scope is not declared in the privacy agreement";
 * - the user must have agreed; if not, WeChat asks (the developer's popup when
 *   wx.onNeedPrivacyAuthorization has a listener, else WeChat's own popup) and a refusal fails the API
 *   with errno 104 "privacy permission is not authorized".
 * Guide: https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html
 * wx.requirePrivacyAuthorize (base library 2.32.3, callbacks only, no Promise style):
 *   https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.requirePrivacyAuthorize.html
 *   — success at once if the user agreed before; else the onNeedPrivacyAuthorization listener runs and
 *   its resolve({ event: 'agree' }) gives success, resolve({ event: 'disagree' }) gives fail.
 * wx.getPrivacySetting: https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.getPrivacySetting.html
 * Information types ↔ APIs: https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html
 */
import { fail, invoke, wx } from './runtime';

type Resolve = (r: { event: string; buttonId?: string }) => void;

/** Asks the user as WeChat would; resolves true when they agree. */
function ask(referrer: string): Promise<boolean> {
  return new Promise((resolve) => {
    const answer: Resolve = (r) => {
      const agreed = r.event === 'agree';
      if (agreed) wx.privacy.agreed = true;
      resolve(agreed);
    };
    if (wx.privacy.listeners.length > 0) {
      for (const l of wx.privacy.listeners) l(answer, { referrer });
      return;
    }
    wx.privacy.popups += 1; // WeChat's own popup
    setTimeout(() => answer({ event: wx.privacy.answer }), 0);
  });
}

/** The gate every privacy API passes before doing its work (call it first in the fake's body). */
export async function privacyGate(api: string): Promise<void> {
  if (!wx.privacy.declared.has(api)) fail(api, 'api scope is not declared in the privacy agreement', { errno: 112 });
  if (wx.privacy.agreed) return;
  if (!(await ask(api))) fail(api, 'privacy permission is not authorized', { errno: 104 });
}

export function requirePrivacyAuthorize(opts?: Record<string, unknown>): void {
  // Not Promise style: WeChat answers through the callbacks only.
  void invoke('requirePrivacyAuthorize', opts ?? {}, async () => {
    if (wx.privacy.declared.size === 0 || wx.privacy.agreed) return { errMsg: 'requirePrivacyAuthorize:ok' };
    if (!(await ask('requirePrivacyAuthorize'))) fail('requirePrivacyAuthorize', 'privacy permission is not authorized', { errno: 104 });
    return { errMsg: 'requirePrivacyAuthorize:ok' };
  }, undefined);
}

export function onNeedPrivacyAuthorization(listener: (resolve: Resolve, info: { referrer: string }) => void): void {
  wx.privacy.listeners.push(listener);
}

export function getPrivacySetting(opts?: Record<string, unknown>): unknown {
  return invoke('getPrivacySetting', opts ?? {}, () => ({
    needAuthorization: wx.privacy.declared.size > 0 && !wx.privacy.agreed,
    privacyContractName: '《熟人小店小程序隐私保护指引》',
    errMsg: 'getPrivacySetting:ok',
  }));
}
