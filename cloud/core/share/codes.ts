import QRCode from 'qrcode';
import { encodeScene, SCENE_PAGES } from '../../../types/scene';

export interface ShareCode {
  /** 'wxacode': a mini program code (allowed on an image shared to Moments); 'qr': a plain QR of the web link (local only) */
  kind: 'wxacode' | 'qr';
  /** a data: URL of the PNG */
  image: string;
  /** the mini program page the code opens, and its scene (≤ 32 characters) */
  page: string;
  scene: string;
}

/** Makes the code printed on a post's poster: wxacode.getUnlimited in production, a QR of the shop link locally. */
export interface ShareCodeProvider {
  make(target: { shopId: string; productId: string | null }): Promise<ShareCode>;
}

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
