import { useEffect } from 'react';
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ui } from '../../../types/zh-CN/ui';
import { DevIdentitySwitcher } from '../../components/DevIdentitySwitcher';
import { CartEntry } from '../../features/cart/components/CartEntry';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews';
import { productPagePath } from '../../features/product/route';
import { CopyLinkButton, currentOrigin, shopShareUrl } from '../../features/share';
import { acceptsOrders, CannotOrderNotice, ProductCard, ShopHeader, shopIdFromParams, shopPagePath, useShop, visibleProducts } from '../../features/shop';
import { openPage } from '../../utils/navigation';
import { setPageTitle } from '../../utils/title';
import { FollowBar } from '../../features/shop/components/FollowBar';
import { SinglePageNotice } from '../../features/wechat/SinglePageNotice';
import { useSinglePageMode } from '../../features/wechat/singlePage';
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

  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh());
  });

  useShareAppMessage(() => ({ title: ui.shop.shareTitle(shopName), path: shopPagePath(shopId) }));
  useShareTimeline(() => ({ title: ui.shop.shareTitle(shopName), query: `shopId=${encodeURIComponent(shopId)}` }));

  return (
    <View className='shop-page'>
      {state.status === 'loading' ? <LoadingState /> : null}

      {state.status === 'error' ? (
        <ErrorState
          title={state.error.code === 'NOT_FOUND' ? ui.shop.notFound : ui.shop.loadFailed}
          message={state.error.message}
          onRetry={shopId ? () => void reload() : undefined}
        />
      ) : null}

      {state.status === 'ready' ? (
        <View>
          <ShopHeader shop={state.data.shop} />
          {single ? <SinglePageNotice doing='shop' /> : <FollowBar shopId={shopId} />}
          {acceptsOrders(state.data.shop.payment) ? null : <CannotOrderNotice />}
          {process.env.TARO_ENV === 'h5' ? (
            <View className='shop-actions'>
              <CopyLinkButton link={() => shopShareUrl(currentOrigin(), shopId)} />
            </View>
          ) : null}
          {state.refreshError ? (
            <Text className='refresh-error'>{ui.shop.refreshFailed(state.refreshError.message)}</Text>
          ) : null}
          <ProductList products={visibleProducts(state.data.products)} readOnly={single} />
        </View>
      ) : null}

      {single ? null : <CartEntry />}
      <DevIdentitySwitcher />
    </View>
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
