import { Text, View } from '@tarojs/components';
import { homeUi } from '../../../types/zh-CN/home-ui';
import { supplierEntryUi } from '../../../types/zh-CN/supplier-entry';
import { DevIdentitySwitcher } from '../../components/dev-identity-switcher';
import { PageFrame } from '../../components/page-frame';
import { ErrorState, LoadingState } from '../../components/state-views';
import { AnonymousCard, FollowedShops, MyShopCard, OpenShopCard, OpenShopEntry, RecentOrders } from '../../features/home/components/launch-cards';
import { leadOf, openShopPlace } from '../../features/home/launch';
import { useLaunch } from '../../features/home/use-launch';
import { orderRoutes, supplierRoutes } from '../../utils/routes';
import { shopPagePath } from '../../features/shop/route';
import { readyResource } from '../../hooks/use-resource';
import { openPage } from '../../utils/navigation';
import { SELLER_CONSOLE_PATH } from '../../seller/console-route';
import './index.scss';

/**
 * The launch page: what the mini program opens on without a link (from WeChat's list of mini
 * programs, a search, the reviewer's first look). A seller is led to their shop, anyone else to
 * opening one; friends find the shops they follow and their orders. Links still open the shop and
 * product pages directly.
 */
export default function HomePage() {
  const { state, refresh } = useLaunch();
  const lead = leadOf(state);
  const reload = () => void refresh();

  const myShop = state.myShop.status === 'ready' ? state.myShop.data : null;
  const shopError = state.myShop.status === 'error' && lead !== 'anonymous' ? state.myShop.error : null;
  const openShopAt = lead === 'openShop' && !shopError ? openShopPlace(state) : null;
  const openShop = () => openPage(SELLER_CONSOLE_PATH);

  // The sections load and fail one by one (useLaunch), so the frame always holds the whole page; it
  // gives pull-to-refresh, and asking again when back from opening a shop or placing an order.
  return (
    <PageFrame className='home-page' state={readyResource(state)} refresh={refresh} refreshOnShow='afterFirst'>
      {() => (
        <>
          <View className='home-hero'>
            <Text className='home-hero__title'>{homeUi.title}</Text>
            <Text className='home-hero__tagline'>{homeUi.tagline}</Text>
          </View>

          {lead === 'loading' ? <LoadingState /> : null}
          {lead === 'anonymous' ? <AnonymousCard /> : null}
          {lead === 'seller' && myShop ? (
            <MyShopCard shop={myShop} onConsole={() => openPage(SELLER_CONSOLE_PATH)} onView={() => openPage(shopPagePath(myShop.id))} />
          ) : null}
          {shopError ? <ErrorState title={homeUi.shopLoadFailed} message={shopError.message} onRetry={reload} /> : null}
          {openShopAt === 'first' ? <OpenShopCard onOpen={openShop} /> : null}

          {lead === 'seller' || lead === 'openShop' ? (
            <View>
              <FollowedShops section={state.following} onOpen={(id) => openPage(shopPagePath(id))} onRetry={reload} />
              <RecentOrders section={state.orders} onOpen={(id) => openPage(orderRoutes.order(id))} onAll={() => openPage(orderRoutes.orders)} onRetry={reload} />
            </View>
          ) : null}
          {openShopAt === 'last' ? <OpenShopEntry onOpen={openShop} /> : null}
          {/* Suppliers (the uncle with his bees) may have no shop, so their way in is here, not in the seller's
              console; a grey line at the very end, so a friend is never led there. */}
          {lead === 'loading' || lead === 'anonymous' ? null : (
            <View className='home-supplier-entry supplier-entry' onClick={() => openPage(supplierRoutes.home)}>
              {supplierEntryUi.entry}
            </View>
          )}

          <DevIdentitySwitcher />
        </>
      )}
    </PageFrame>
  );
}
