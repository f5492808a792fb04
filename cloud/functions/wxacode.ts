import * as cloud from 'wx-server-sdk';
import type { ShareCodeProvider } from '../core/runtime/ports';
import { codeTarget } from '../core/share/codes';

/**
 * The mini program code on a poster: Moments allows a mini program code on a shared image, unlike a
 * plain QR code. wxacode.getUnlimited (cloud call; same fields as getUnlimitedQRCode, in camelCase):
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/qrcode-link/qr-code/getUnlimitedQRCode.html
 * - `page` without a leading slash or query; the id travels in `scene` (≤ 32 characters, types/scene.ts).
 * - `checkPath: false` so codes can be made before the page is released; `envVersion` picks which
 *   version the code opens (release unless WX_ENV_VERSION says trial/develop, for testers).
 * - On failure WeChat answers an errcode (41030 page missing, 40169 bad scene, 45009 rate limit).
 */
export function wxaCodes(envVersion: string = process.env.WX_ENV_VERSION ?? 'release'): ShareCodeProvider {
  return {
    async make(target) {
      const { page, scene } = codeTarget(target);
      const res = await cloud.openapi.wxacode.getUnlimited({ scene, page, checkPath: false, envVersion, width: 280 });
      if (res.errCode) throw new Error(`wxacode.getUnlimited: ${res.errCode} ${res.errMsg ?? ''}`);
      return { kind: 'wxacode', image: `data:${res.contentType};base64,${Buffer.from(res.buffer).toString('base64')}`, page, scene };
    },
  };
}
