import { useEffect } from 'react';
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ui } from '../../../types/zh-CN/ui';
import { DevIdentitySwitcher } from '../../components/dev-identity-switcher';
// Modules, not the features' barrels: the H5 build keeps every module a barrel names (they import styles), and
// this page's chunk is what a friend opening a shop link waits for (the drop page's join sheet is not needed here).
import { FriendNavBar } from '../../features/friend-nav/friend-nav-bar';
import { NextSteps } from '../../features/friend-nav/next-steps';
import { PageSkeleton } from '../../features/friend-nav/page-skeleton';
import { friendNavUi } from '../../../types/zh-CN/friend-nav';
import { useLastShop } from '../../stores/last-shop';
import { EmptyState, ErrorState } from '../../components/state-views';
import { PageFrame } from '../../components/page-frame';
import { productPagePath } from '../../features/product/route';
import { CopyLinkButton } from '../../features/share/copy-link-button';
import { currentOrigin, shopShareUrl } from '../../features/share/links';
import { acceptsOrders, CannotOrderNotice, ProductCard, ShopHeader, shopIdFromParams, shopPagePath, useShop, visibleProducts } from '../../features/shop';
import { openPage } from '../../utils/navigation';
import { setPageTitle } from '../../utils/title';
import { FollowBar } from '../../features/shop/components/follow-bar';
import { ShopDrops } from '../../features/drop/components/shop-drops';
import { SinglePageNotice } from '../../features/wechat/single-page-notice';
import { useSinglePageMode } from '../../features/wechat/single-page';
import './index.scss';

/** What a friend opens from a shared link: `/pages/shop/index?shopId=…`. Works without any identity. */
export default function ShopPage() {
  const router = useRouter();
  const shopId = shopIdFromParams(router.params);
  const { state, reload, refresh } = useShop(shopId);
  const shopName = state.status === 'ready' ? state.data.shop.name : ui.appName;
  // Opened from Moments: read-only, no identity, no navigation (features/wechat/singlePage.ts).
  const single = useSinglePageMode();

  useEffect(() => {
    if (state.status === 'ready') setPageTitle(shopName);
  }, [state.status, shopName]);

  // Nothing to retry when the link has no shop or the shop is gone: lead somewhere useful instead.
  const gone = state.status === 'error' && (state.error.code === 'NOT_FOUND' || !shopId);

  // Where "回店里" leads from the cart and the orders (stores/lastShop.ts).
  const readyShopId = state.status === 'ready' ? state.data.shop.id : null;
  useEffect(() => {
    if (readyShopId && !single) useLastShop.getState().seen(readyShopId, shopName);
  }, [readyShopId, shopName, single]);

  useShareAppMessage(() => ({ title: ui.shop.shareTitle(shopName), path: shopPagePath(shopId) }));
  useShareTimeline(() => ({ title: ui.shop.shareTitle(shopName), query: `shopId=${encodeURIComponent(shopId)}` }));

  return (
    <PageFrame
      className='shop-page'
      state={state}
      refresh={refresh}
      loading={<PageSkeleton kind='shop' />}
      error={(error) =>
        gone ? (
          <View>
            <ErrorState title={error.code === 'NOT_FOUND' ? ui.shop.notFound : undefined} message={error.message} />
            {single ? null : <NextSteps hint={friendNavUi.notFound.shopHint} goneShopId={shopId} />}
          </View>
        ) : (
          <ErrorState title={ui.shop.loadFailed} message={error.message} onRetry={() => void reload()} />
        )
      }
      bottom={() => (
        <>
          <DevIdentitySwitcher />
          {/* last: its spacer must come after everything else on the page */}
          {single ? null : <FriendNavBar shopId={state.status === 'error' ? null : shopId || null} current={state.status === 'error' ? undefined : 'shop'} />}
        </>
      )}
    >
      {(data, refreshError) => (
        <View>
          <ShopHeader shop={data.shop} />
          {single ? <SinglePageNotice doing='shop' /> : <FollowBar shopId={shopId} />}
          {acceptsOrders(data.shop.payment) ? null : <CannotOrderNotice />}
          {process.env.TARO_ENV === 'h5' ? (
            <View className='shop-actions'>
              <CopyLinkButton link={() => shopShareUrl(currentOrigin(), shopId)} />
            </View>
          ) : null}
          {refreshError ? <Text className='refresh-error'>{ui.shop.refreshFailed(refreshError.message)}</Text> : null}
          <ShopDrops shopId={data.shop.id} readOnly={single} />
          <ProductList products={visibleProducts(data.products)} readOnly={single} />
        </View>
      )}
    </PageFrame>
  );
}

function ProductList({ products, readOnly }: { products: ReturnType<typeof visibleProducts>; readOnly: boolean }) {
  if (products.length === 0) return <EmptyState title={ui.shop.empty} hint={ui.shop.emptyHint} />;
  return (
    <View className='product-section'>
      <Text className='product-section__title'>{ui.shop.productsHeading}</Text>
      <View className='product-grid'>
        {products.map((p) => (
          <ProductCard key={p.id} product={p} onClick={readOnly ? undefined : () => openPage(productPagePath(p.id))} />
        ))}
      </View>
    </View>
  );
}
