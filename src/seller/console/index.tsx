import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { ui } from '../../../types/zh-CN/ui';
import { DevIdentitySwitcher } from '../../components/dev-identity-switcher';
import { ErrorState, LoadingState } from '../../components/state-views';
import { initialOf, shopPagePath } from '../../features/shop';
import { FirstRunChecklist, SellerNoticeCard, ShopForm, useMyShop, type FirstRunStepState } from '../../features/seller';
import { useNeedsAction } from '../../features/orders/seller';
import { ordersUi } from '../../../types/zh-CN/orders-ui';
import { postsUi } from '../../../types/zh-CN/posts-ui';
import { usePostUsage } from '../../features/posts/use-post-usage';
import { FollowersSection, SalesSection, TodaySection, crmRoutes, hasOrders, useConsoleToday } from '../../features/crm';
import { crmUi } from '../../../types/zh-CN/crm-ui';
import { dropsUi } from '../../../types/zh-CN/drops-ui';
import { StatementSection, useSellerStatement } from '../../features/sourcing';
import { toast } from '../../utils/feedback';
import { openPage } from '../../utils/navigation';
import { sellerRoutes } from '../routes';
import './index.scss';

/** Where each first-run step is done: the settings (shop and payment), the product form, the shop page, the post composer. */
function firstRunPath(s: FirstRunStepState, shopId: string): string {
  switch (s.step) {
    case 'product':
      return s.productId ? sellerRoutes.editProduct(s.productId) : sellerRoutes.newProduct;
    case 'share':
      return shopPagePath(shopId);
    case 'post':
      return sellerRoutes.composePost();
    default:
      return sellerRoutes.settings;
  }
}

/** The seller's console (subpackage `seller`): open a shop when there is none, else the shop and where to manage it. */
export default function SellerConsolePage() {
  const { state, reload, refresh, replace } = useMyShop();
  const needsAction = useNeedsAction(state.status === 'ready');
  const postUsage = usePostUsage(state.status === 'ready');
  const today = useConsoleToday(state.status === 'ready');
  const statement = useSellerStatement(state.status === 'ready');
  const [shown, setShown] = useState(0);

  // Back from the settings page: show the shop as saved there; back from orders: what still waits.
  useDidShow(() => {
    if (state.status === 'ready') {
      // refresh, not reload: the shop stays on screen, so the sections below are not torn down and asked again
      void refresh();
      void needsAction.reload();
      void postUsage.reload();
      today.reload();
      void statement.refresh();
      setShown((n) => n + 1);
    }
  });

  const fresh = today.orders.status === 'ready' && !hasOrders(today.orders.data.counts);
  const todaySection = <TodaySection key='today' orders={today.orders} posts={today.posts} followUps={today.followUps} postsPath={sellerRoutes.posts} onRetry={today.reload} />;
  const checklist =
    state.status === 'ready' ? (
      <FirstRunChecklist
        key='checklist'
        shop={state.shop}
        version={shown}
        sharedElsewhere={!fresh || (today.followers.status === 'ready' && today.followers.data.following > 0)}
        pathOf={(s) => firstRunPath(s, state.shop.id)}
      />
    ) : null;
  const shopCard =
    state.status === 'ready' ? (
          <View key='shop' className='console-card my-shop my-shop--compact'>
            <View className='my-shop__row'>
              {state.shop.avatarUrl ? (
                <Image className='my-shop__avatar' src={state.shop.avatarUrl} mode='aspectFill' />
              ) : (
                <View className='my-shop__avatar my-shop__avatar--placeholder'>
                  <Text className='my-shop__initial'>{initialOf(state.shop.name)}</Text>
                </View>
              )}
              <View className='my-shop__body'>
                <Text className='console-card__label'>{ui.seller.myShop}</Text>
                <Text className='my-shop__name shop-name'>{state.shop.name}</Text>
              </View>
              <View className='my-shop__view view-shop-link' hoverClass='my-shop__view--pressed' onClick={() => openPage(shopPagePath(state.shop.id))}>
                {ui.seller.viewShop}
              </View>
            </View>
          </View>
    ) : null;

  return (
    <View className='console-page'>
      {state.status === 'loading' ? <LoadingState /> : null}

      {state.status === 'error' ? <ErrorState message={state.error.message} onRetry={() => void reload()} /> : null}

      {state.status === 'none' ? (
        <View className='console-card no-shop open-shop'>
          <Text className='console-card__title'>{ui.seller.noShop}</Text>
          <Text className='console-card__text'>{ui.seller.noShopExplain}</Text>
          <View className='console-card__form'>
            <ShopForm
              shop={null}
              submitLabel={ui.seller.openButton}
              busyLabel={ui.seller.opening}
              onSaved={(shop) => {
                toast(ui.seller.opened);
                replace(shop);
              }}
            />
          </View>
        </View>
      ) : null}

      {state.status === 'ready' ? (
        <View>
          {/* A shop with orders: what waits today comes first. A shop with none yet: the steps to the first sale.
              Keyed, so the blocks move rather than reload when the orders answer. */}
          {today.orders.status === 'loading' ? [shopCard] : fresh ? [checklist, shopCard, todaySection] : [todaySection, checklist, shopCard]}
          <View className='console-menu'>
            <View className='console-menu__item orders-link' hoverClass='console-menu__item--pressed' onClick={() => openPage(sellerRoutes.orders)}>
              <View className='console-menu__row'>
                <Text className='console-menu__title'>{ordersUi.seller.ordersEntry}</Text>
                {needsAction.count ? <Text className='console-menu__badge needs-action-count'>{ordersUi.seller.needsAction(needsAction.count)}</Text> : null}
              </View>
              <Text className='console-menu__hint'>{ordersUi.seller.ordersHint(needsAction.count ?? 0)}</Text>
            </View>
            <View className='console-menu__item posts-link' hoverClass='console-menu__item--pressed' onClick={() => openPage(sellerRoutes.posts)}>
              <Text className='console-menu__title'>{postsUi.consoleEntry}</Text>
              <Text className='console-menu__hint posts-usage'>
                {postUsage.view ? postsUi.consoleHint(postUsage.view.usage.today, postUsage.view.policy.dailyMax) : postsUi.consoleHintLoading}
              </Text>
            </View>
            <View className='console-menu__item customers-link' hoverClass='console-menu__item--pressed' onClick={() => openPage(crmRoutes.customers)}>
              <Text className='console-menu__title'>{crmUi.links.customers}</Text>
              <Text className='console-menu__hint'>{crmUi.links.customersHint}</Text>
            </View>
            <View className='console-menu__item followups-menu-link' hoverClass='console-menu__item--pressed' onClick={() => openPage(crmRoutes.followUps)}>
              <Text className='console-menu__title'>{crmUi.links.followUps}</Text>
              <Text className='console-menu__hint'>{crmUi.links.followUpsHint(today.followUps.status === 'ready' ? today.followUps.data.length : 0)}</Text>
            </View>
            <View className='console-menu__item drops-link' hoverClass='console-menu__item--pressed' onClick={() => openPage(sellerRoutes.drops)}>
              <Text className='console-menu__title'>{dropsUi.consoleEntry}</Text>
              <Text className='console-menu__hint'>{dropsUi.consoleHint}</Text>
            </View>
            <View className='console-menu__item catalog-link' hoverClass='console-menu__item--pressed' onClick={() => openPage(sellerRoutes.catalog)}>
              <Text className='console-menu__title'>{ui.seller.manageCatalog}</Text>
              <Text className='console-menu__hint'>{ui.catalog.capExplain(state.shop.productCap)}</Text>
            </View>
            <View className='console-menu__item settings-link' hoverClass='console-menu__item--pressed' onClick={() => openPage(sellerRoutes.settings)}>
              <Text className='console-menu__title'>{ui.seller.settings}</Text>
              <Text className='console-menu__hint'>{ui.seller.settingsHint}</Text>
            </View>
            <View className='console-menu__item payment-settings-link' hoverClass='console-menu__item--pressed' onClick={() => openPage(sellerRoutes.settings)}>
              <Text className='console-menu__title'>{ordersUi.seller.paymentEntry}</Text>
              <Text className='console-menu__hint'>{ordersUi.seller.paymentHint}</Text>
            </View>
          </View>
          <SellerNoticeCard shopId={state.shop.id} />
          {/* Before the first order, 30 days of zeros say nothing: the figures come with the first sale. */}
          {fresh ? null : <SalesSection sales={today.sales} onRetry={today.reload} />}
          <StatementSection statement={statement.state} />
          {fresh && !(today.followers.status === 'ready' && today.followers.data.following + today.followers.data.muted > 0) ? null : (
            <FollowersSection followers={today.followers} onRetry={today.reload} />
          )}
        </View>
      ) : null}

      <DevIdentitySwitcher />
    </View>
  );
}
