import * as cloud from 'wx-server-sdk';
import { sceneOf, type ShareCodeProvider } from '../core/share/codes';

/** The mini program code on a poster (wxacode.getUnlimited): Moments allows it on a shared image, unlike a plain QR code. */
export function wxaCodes(): ShareCodeProvider {
  return {
    async make(target) {
      const scene = sceneOf(target);
      const page = target.productId ? 'pages/product/index' : 'pages/shop/index';
      const res = await cloud.openapi.wxacode.getUnlimited({ scene, page, checkPath: false, width: 280 });
      if (res.errCode) throw new Error(`wxacode.getUnlimited: ${res.errCode}`);
      return { kind: 'wxacode', image: `data:${res.contentType};base64,${Buffer.from(res.buffer).toString('base64')}`, page, scene };
    },
  };
}
