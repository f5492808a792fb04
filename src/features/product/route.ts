import { decodeScene } from '../../../types/scene';
import { paramFrom } from '../../utils/navigation';

/** The product page's address inside the app and in share cards. */
export function productPagePath(productId: string): string {
  return `/pages/product/index?productId=${encodeURIComponent(productId)}`;
}

/**
 * The product a page was opened for: `?productId=` from links and share cards, or the `scene` of a
 * poster's mini program code (`p=<id>`, URL-encoded by WeChat; types/scene.ts). '' when neither.
 */
export function productIdFromParams(params: Partial<Record<string, string | undefined>>): string {
  const direct = paramFrom(params, 'productId');
  if (direct) return direct;
  const target = decodeScene(params.scene);
  return target?.kind === 'product' ? target.productId : '';
}
