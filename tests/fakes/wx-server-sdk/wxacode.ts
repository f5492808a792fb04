import { CallLog, WxError } from '../calls';

/**
 * wxacode.getUnlimited as WeChat answers it, from
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/qrcode-link/qr-code/getUnlimitedQRCode.html
 * (cloud call "wxacode.getUnlimited": same fields as the HTTPS API, camelCase):
 * - scene: required, ≤ 32 visible characters of digits, letters and !#$&'()*+,/:;=?@-._~ (no %) → else 40169
 * - page: optional, an existing page of the released app, "根路径前不要填加 /", no query → 41030 when
 *   checkPath is true (the default) and the page is not released; we check it against `releasedPages`
 * - envVersion: release | trial | develop; width: 280–1280
 * On success the SDK resolves { buffer, contentType, errCode: 0, errMsg }; on failure it rejects with
 * errCode/errMsg (the SDK throws rather than returning the error JSON).
 */
export interface WxacodeFakeOptions {
  /** pages of the "released version" (app.config.ts pages); page must be one of them to be scanned */
  releasedPages: string[];
}

const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;
// A 1×1 PNG: what matters to the callers is that bytes and a content type come back.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082', 'hex');

export const wxacodeOptions: WxacodeFakeOptions = { releasedPages: [] };

export function wxacodeApi(log: CallLog) {
  return {
    async getUnlimited(args: Record<string, unknown>) {
      const api = 'openapi.wxacode.getUnlimited';
      const fail = (errCode: number, errMsg: string): never => {
        log.record(api, args, { errCode, errMsg });
        throw new WxError(errCode, `${api}:fail ${errMsg}`);
      };
      const { scene, page, checkPath, envVersion, width } = args;
      if (typeof scene !== 'string' || !SCENE.test(scene)) fail(40169, 'invalid length for scene, or the data is not json string');
      if (page !== undefined) {
        if (typeof page !== 'string' || page.startsWith('/') || page.includes('?')) fail(40097, 'invalid args: page must be a path without leading / or query');
        // Even with checkPath false a code for a page the app does not have opens nothing: the test wants to know.
        if (checkPath !== false || wxacodeOptions.releasedPages.length > 0) {
          if (!wxacodeOptions.releasedPages.includes(page as string)) fail(41030, 'invalid page rid: fake');
        }
      }
      if (envVersion !== undefined && !['release', 'trial', 'develop'].includes(envVersion as string)) fail(40097, 'invalid args: env_version');
      if (width !== undefined && (typeof width !== 'number' || width < 280 || width > 1280)) fail(40097, 'invalid args: width');
      log.record(api, args, 'ok');
      return { buffer: PNG, contentType: 'image/png', errCode: 0, errMsg: `${api}:ok` };
    },
  };
}
