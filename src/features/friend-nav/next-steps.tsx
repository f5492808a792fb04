import { View } from '@tarojs/components';
import { friendNavUi } from '../../../types/zh-CN/friend-nav';
import { useLastShop } from '../../stores/last-shop';
import { openPage } from '../../utils/navigation';
import { shopPagePath } from '../../utils/routes';
import { friendRoutes } from './routes';
import './next-steps.scss';

const T = friendNavUi.back;

/**
 * What to do when what the link pointed at is gone (a shop, a product, an order): retrying would only fail again,
 * so lead somewhere useful — the last shop the friend looked at (if it is not the one gone), the launch page, their orders.
 */
export function NextSteps({ hint, goneShopId }: { hint?: string; goneShopId?: string }) {
  const last = useLastShop((s) => (s.shopId && s.shopId !== goneShopId ? s : null));
  return (
    <View className='next-steps'>
      {hint ? <View className='next-steps__hint'>{hint}</View> : null}
      {last?.shopId ? (
        <View className='next-steps__btn next-steps__btn--main to-last-shop' hoverClass='next-steps__btn--pressed' onClick={() => openPage(shopPagePath(last.shopId ?? ''))}>
          {last.name ? T.toShop(last.name) : T.toAShop}
        </View>
      ) : (
        <View className='next-steps__btn next-steps__btn--main to-home' hoverClass='next-steps__btn--pressed' onClick={() => openPage(friendRoutes.home)}>
          {T.toHome}
        </View>
      )}
      <View className='next-steps__btn to-my-orders' hoverClass='next-steps__btn--pressed' onClick={() => openPage(friendRoutes.orders)}>
        {T.myOrders}
      </View>
    </View>
  );
}
