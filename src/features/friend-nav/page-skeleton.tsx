import { View } from '@tarojs/components';
import { ui } from '../../../types/zh-CN/ui';
import './page-skeleton.scss';

export type SkeletonKind = 'shop' | 'product' | 'list' | 'order';

const BLOCKS: Record<SkeletonKind, string[]> = {
  shop: ['hero', 'line', 'grid'],
  product: ['image', 'card', 'card'],
  list: ['tabs', 'card', 'card', 'card'],
  order: ['header', 'card', 'card'],
};

/**
 * The page's shape in grey while its data is on the way, so a slow network shows the page at once
 * (with its bottom bar) rather than a blank screen and a lone spinner. Announced as loading.
 */
export function PageSkeleton({ kind }: { kind: SkeletonKind }) {
  return (
    <View className={`page-skeleton page-skeleton--${kind} loading-state`} aria-busy aria-label={ui.common.loading}>
      {BLOCKS[kind].map((block, i) =>
        block === 'grid' ? (
          <View key={i} className='page-skeleton__grid'>
            {[0, 1, 2, 3].map((n) => (
              <View key={n} className='page-skeleton__block page-skeleton__block--tile' />
            ))}
          </View>
        ) : (
          <View key={i} className={`page-skeleton__block page-skeleton__block--${block}`} />
        ),
      )}
    </View>
  );
}
