import { decodeScene } from '../../../types/scene';
import { paramFrom } from '../../utils/navigation';

export { shopPagePath } from '../../utils/routes';

/**
 * The shop a page was opened for: `?shopId=` (decoded once if it arrives encoded), or the `scene` of
 * a shop's mini program code (`s=<id>`, URL-encoded by WeChat; types/scene.ts). '' when neither.
 */
export function shopIdFromParams(params: Partial<Record<string, string | undefined>>): string {
  const direct = paramFrom(params, 'shopId');
  if (direct) return direct;
  const target = decodeScene(params.scene);
  return target?.kind === 'shop' ? target.shopId : '';
}
