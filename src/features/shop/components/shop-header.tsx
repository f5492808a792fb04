import { Image, Text, View } from '@tarojs/components';
import type { Shop } from '../../../../types/shop';
import { ui } from '../../../../types/zh-CN/ui';
import './shop-header.scss';

/** The first character of the name, for the placeholder avatar ("林晓的商洛山货" → "林"). */
export function initialOf(name: string): string {
  const first = Array.from(name.trim())[0];
  return first ? first.toUpperCase() : ui.shop.initialFallback;
}

export function ShopHeader({ shop }: { shop: Shop }) {
  return (
    <View className='shop-header'>
      {shop.avatarUrl ? (
        <Image className='shop-avatar' src={shop.avatarUrl} mode='aspectFill' />
      ) : (
        <View className='shop-avatar shop-avatar--placeholder'>
          <Text className='shop-avatar__initial'>{initialOf(shop.name)}</Text>
        </View>
      )}
      <Text className='shop-name'>{shop.name}</Text>
      {shop.intro ? <Text className='shop-intro'>{shop.intro}</Text> : null}
    </View>
  );
}
