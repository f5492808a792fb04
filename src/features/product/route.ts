import { decodeScene } from '../../../types/scene';
import { paramFrom } from '../../utils/navigation';

export { productPagePath } from '../../utils/routes';

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
