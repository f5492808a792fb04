import QRCode from 'qrcode';
import { encodeScene, SCENE_PAGES } from '../../../types/scene';
import type { ShareCodeProvider } from '../runtime/ports';


/** `p=<productId>` or `s=<shopId>` (types/scene.ts), and the page that reads it back on launch. */
export function codeTarget(target: { shopId: string; productId: string | null }): { page: string; scene: string } {
  return target.productId
    ? { page: SCENE_PAGES.product, scene: encodeScene({ kind: 'product', productId: target.productId }) }
    : { page: SCENE_PAGES.shop, scene: encodeScene({ kind: 'shop', shopId: target.shopId }) };
}

/** `publicUrl` is read when a code is made: the local host learns its own address only once listening. */
export function localShareCodes(publicUrl: () => string): ShareCodeProvider {
  return {
    async make(target) {
      const base = publicUrl();
      const link = target.productId
        ? `${base}/#/pages/product/index?productId=${encodeURIComponent(target.productId)}`
        : `${base}/s/${encodeURIComponent(target.shopId)}`;
      const image = await QRCode.toDataURL(link, { margin: 1, width: 320, errorCorrectionLevel: 'M' });
      return { kind: 'qr', image, ...codeTarget(target) };
    },
  };
}
