import { Image, Text, View } from '@tarojs/components';
import type { Order } from '../../../../types/order';
import type { FollowedShop, Shop } from '../../../../types/shop';
import { homeUi } from '../../../../types/zh-CN/home-ui';
import { EmptyState, ErrorState } from '../../../components/state-views';
// the row alone (not OrderCard): the launch page is in the main package (see order-list-row)
import { OrderRow } from '../../orders';
import { initialOf } from '../../shop';
import type { Section } from '../launch';
import './launch-cards.scss';

function Avatar({ name, url }: { name: string; url: string | null }) {
  return url ? (
    <Image className='launch-avatar' src={url} mode='aspectFill' />
  ) : (
    <View className='launch-avatar launch-avatar--placeholder'>
      <Text className='launch-avatar__initial'>{initialOf(name)}</Text>
    </View>
  );
}

/** The seller's own shop: the console first (that is what a seller opens the app for). */
export function MyShopCard({ shop, onConsole, onView }: { shop: Shop; onConsole: () => void; onView: () => void }) {
  return (
    <View className='launch-card my-shop-card'>
      <Text className='launch-card__label'>{homeUi.myShop.label}</Text>
      <View className='launch-shop'>
        <Avatar name={shop.name} url={shop.avatarUrl} />
        <Text className='launch-shop__name'>{shop.name}</Text>
      </View>
      <View className='launch-button launch-button--primary console-entry' hoverClass='launch-button--pressed' onClick={onConsole}>
        {homeUi.myShop.console}
      </View>
      <View className='launch-button view-my-shop' hoverClass='launch-button--pressed' onClick={onView}>
        {homeUi.myShop.view}
      </View>
    </View>
  );
}

export function OpenShopCard({ onOpen }: { onOpen: () => void }) {
  return (
    <View className='launch-card open-shop-card'>
      <Text className='launch-card__title'>{homeUi.openShop.title}</Text>
      <Text className='launch-card__text'>{homeUi.openShop.text}</Text>
      <View className='launch-button launch-button--primary open-shop-entry' hoverClass='launch-button--pressed' onClick={onOpen}>
        {homeUi.openShop.button}
      </View>
    </View>
  );
}

/** 开一家小店 for a friend who came for their shops and orders: one quiet row after them. */
export function OpenShopEntry({ onOpen }: { onOpen: () => void }) {
  return (
    <View className='open-shop-card open-shop-card--compact open-shop-entry' hoverClass='open-shop-card--pressed' onClick={onOpen}>
      <Text className='open-shop-card__hint'>{homeUi.openShop.compactHint}</Text>
      <Text className='open-shop-card__go'>{homeUi.openShop.compactButton}</Text>
    </View>
  );
}

export function AnonymousCard() {
  return (
    <View className='launch-card anonymous-card'>
      <Text className='launch-card__title'>{homeUi.anonymous.title}</Text>
      <Text className='launch-card__text'>{homeUi.anonymous.text}</Text>
    </View>
  );
}

export function FollowedShops({ section, onOpen, onRetry }: { section: Section<FollowedShop[]>; onOpen: (shopId: string) => void; onRetry: () => void }) {
  return (
    <View className='launch-section followed-shops'>
      <Text className='launch-section__title'>{homeUi.following.heading}</Text>
      {section.status === 'error' ? <ErrorState title={homeUi.following.loadFailed} message={section.error.message} onRetry={onRetry} /> : null}
      {section.status === 'ready' && section.data.length === 0 ? <EmptyState title={homeUi.following.empty} hint={homeUi.following.emptyHint} /> : null}
      {section.status === 'ready'
        ? section.data.map((shop) => (
            <View key={shop.id} className={`followed-shop followed-shop--${shop.state}`} hoverClass='followed-shop--pressed' onClick={() => onOpen(shop.id)}>
              <Avatar name={shop.name} url={shop.avatarUrl} />
              <Text className='followed-shop__name'>{shop.name}</Text>
              <Text className='followed-shop__state'>{shop.state === 'muted' ? homeUi.following.muted : homeUi.following.following}</Text>
            </View>
          ))
        : null}
    </View>
  );
}

export function RecentOrders({ section, onOpen, onAll, onRetry }: { section: Section<Order[]>; onOpen: (orderId: string) => void; onAll: () => void; onRetry: () => void }) {
  return (
    <View className='launch-section recent-orders'>
      <View className='launch-section__head'>
        <Text className='launch-section__title'>{homeUi.orders.heading}</Text>
        {section.status === 'ready' && section.data.length > 0 ? (
          <View className='launch-section__more all-orders' hoverClass='launch-section__more--pressed' onClick={onAll}>
            {homeUi.orders.all}
          </View>
        ) : null}
      </View>
      {section.status === 'error' ? <ErrorState title={homeUi.orders.loadFailed} message={section.error.message} onRetry={onRetry} /> : null}
      {section.status === 'ready' && section.data.length === 0 ? <EmptyState title={homeUi.orders.empty} hint={homeUi.orders.emptyHint} /> : null}
      {section.status === 'ready' ? section.data.map((order) => <OrderRow key={order.id} order={order} onOpen={() => onOpen(order.id)} />) : null}
    </View>
  );
}
