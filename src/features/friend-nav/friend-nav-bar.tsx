import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { friendNavUi } from '../../../types/zh-CN/friend-nav';
import { useCart } from '../../stores/cart';
import { useLastShop } from '../../stores/last-shop';
import { openPage } from '../../utils/navigation';
import { cartCount } from '../cart';
import { friendRoutes, shopTarget } from './routes';
import './friend-nav-bar.scss';

const T = friendNavUi.bar;

export type FriendTab = 'shop' | 'cart' | 'orders';

interface FriendNavBarProps {
  /** the shop "店铺" opens; without one, the last shop the friend looked at (or the launch page) */
  shopId?: string | null;
  /** the page this is: its tab is marked and does nothing */
  current?: FriendTab;
  /** the page's own actions on the right (the product page's 加入购物车 / 立即购买); the tabs then shrink to icons' width */
  children?: ReactNode;
}

/**
 * The bottom bar of every friend's page, as WeChat shops have it: 店铺 · 购物车 (count) · 我的订单, and the page's
 * actions. It sits in the page's flow as a spacer of its own height and draws itself fixed over that spacer,
 * so it never covers content. Not rendered in Moments' single-page mode (the page leaves it out).
 */
export function FriendNavBar({ shopId, current, children }: FriendNavBarProps) {
  const count = useCart((s) => cartCount(s.lines));
  const lastShopId = useLastShop((s) => s.shopId);
  const tabs: { key: FriendTab; label: string; url: string }[] = [
    { key: 'shop', label: T.shop, url: shopTarget(shopId, lastShopId) },
    { key: 'cart', label: T.cart, url: friendRoutes.cart },
    { key: 'orders', label: T.orders, url: friendRoutes.orders },
  ];
  const compact = children !== undefined && children !== null;
  return (
    <View className='friend-nav-frame'>
      <View className={`friend-nav-spacer${compact ? ' friend-nav-spacer--actions' : ''}`} />
      <View className={`friend-nav${compact ? ' friend-nav--compact' : ''}`} aria-label={T.label}>
        {tabs.map((tab) => {
          const here = tab.key === current;
          return (
            <View
              key={tab.key}
              className={`friend-nav__tab friend-nav__tab--${tab.key}${here ? ' friend-nav__tab--current' : ''}`}
              hoverClass={here ? 'none' : 'friend-nav__tab--pressed'}
              aria-current={here ? 'page' : undefined}
              onClick={() => {
                // navigateTo keeps the page below for the back gesture; WeChat's stack holds 10 pages, and openPage
                // falls back to redirectTo once it is full (https://developers.weixin.qq.com/miniprogram/dev/api/route/wx.navigateTo.html).
                if (!here) openPage(tab.url);
              }}
            >
              <View className={`friend-nav__icon friend-nav__icon--${tab.key}`} />
              <Text className='friend-nav__label'>{tab.label}</Text>
              {tab.key === 'cart' && count > 0 ? <Text className='friend-nav__badge cart-badge'>{T.badge(count)}</Text> : null}
            </View>
          );
        })}
        {compact ? <View className='friend-nav__actions'>{children}</View> : null}
      </View>
    </View>
  );
}
