import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import type { Drop } from '../../../../types/drop';
import { dropUi as T } from '../../../../types/zh-CN/drop-ui';
import { useResource } from '../../../hooks/use-resource';
import { dropPagePath } from '../../../utils/routes';
import { openPage } from '../../../utils/navigation';
import { dropApi } from '../api';
import { cutoffAt } from '../countdown';
import { formatDropTime } from '../format';
import './shop-drops.scss';

/**
 * The shop's open drops as a card above its products (`drop.listShop`, public). Nothing when there are none or the
 * list did not load: the shop page stands without it. readOnly (Moments' single page): no link to open.
 */
export function ShopDrops({ shopId, readOnly }: { shopId: string; readOnly: boolean }) {
  const load = useCallback(() => dropApi.listShop(shopId) as Promise<{ drops: Drop[] }>, [shopId]);
  const { state } = useResource(load, { enabled: shopId !== '' });
  if (state.status !== 'ready') return null;
  const now = Date.now();
  const open = state.data.drops.filter((d) => d.status === 'open' && !cutoffAt(d.closesAt, now).closed);
  if (open.length === 0) return null;
  return (
    <View className='shop-drops'>
      <Text className='shop-drops__heading'>{T.shopCardHeading}</Text>
      {open.map((drop) => (
        <View
          key={drop.id}
          className='shop-drop'
          hoverClass={readOnly ? 'none' : 'shop-drop--pressed'}
          onClick={readOnly ? undefined : () => openPage(dropPagePath(drop.id))}
        >
          <View className='shop-drop__body'>
            <Text className='shop-drop__title'>{drop.title}</Text>
            <Text className='shop-drop__cutoff'>{T.closesAt(formatDropTime(drop.closesAt, drop.timeZone))}</Text>
          </View>
          {readOnly ? null : <Text className='shop-drop__cta'>{T.shopCardCta}</Text>}
        </View>
      ))}
    </View>
  );
}
