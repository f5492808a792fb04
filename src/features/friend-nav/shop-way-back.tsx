import { View } from '@tarojs/components';
import { friendNavUi } from '../../../types/zh-CN/friend-nav';
import { useLastShop } from '../../stores/last-shop';
import { openPage } from '../../utils/navigation';
import { shopTarget } from './routes';
import './next-steps.scss';

const T = friendNavUi.back;

/** "回到「店名」逛逛 ›": to the given shop, else the last one the friend looked at, else the launch page. */
export function ShopWayBack({ shopId, name }: { shopId?: string | null; name?: string | null }) {
  const last = useLastShop();
  const id = shopId || last.shopId;
  const label = shopId ? (name ? T.toShop(name) : T.toAShop) : id ? (last.name ? T.toShop(last.name) : T.toAShop) : T.toHome;
  return (
    <View className='shop-way-back' hoverClass='shop-way-back--pressed' onClick={() => openPage(shopTarget(id, null))}>
      {label} ›
    </View>
  );
}
