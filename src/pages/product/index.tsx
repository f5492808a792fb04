import { useEffect } from 'react';
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Product, ProductWithReviews } from '../../../types/product';
import { ui } from '../../../types/zh-CN/ui';
import { ErrorState } from '../../components/state-views';
import { OrderEntry, ProductGallery, ProofSection, ReviewList, SupplierSection, productIdFromParams, productPagePath, useProduct } from '../../features/product';
import { CopyLinkButton, currentOrigin, productShareUrl } from '../../features/share';
import { lineFromProduct } from '../../features/cart';
import { FriendNavBar, NextSteps, PageSkeleton } from '../../features/friend-nav';
import { friendNavUi } from '../../../types/zh-CN/friend-nav';
import { useLastShop } from '../../stores/last-shop';
import { AFTER_SALE_RESPONSE_HOURS } from '../../../types/order';
import { orderRoutes } from '../../utils/routes';
import { useCart } from '../../stores/cart';
import { toast } from '../../utils/feedback';
import { setPageTitle } from '../../utils/title';
import { ordersMainUi } from '../../../types/zh-CN/orders-ui-main';
import { CannotOrderNotice, shopPagePath, useAcceptsOrders } from '../../features/shop';
import { formatPrice } from '../../utils/price';
import { PostNowEntry, usePostingWindow, type PostingWindow } from '../../features/posts/product';
import { openPage } from '../../utils/navigation';
import { SinglePageNotice } from '../../features/wechat/single-page-notice';
import { useSinglePageMode } from '../../features/wechat/single-page';
import './index.scss';

/** What a friend opens from a product card: `/pages/product/index?productId=…`. Works without any identity. */
export default function ProductPage() {
  const router = useRouter();
  const productId = productIdFromParams(router.params);
  const { state, reload } = useProduct(productId);
  const product = state.status === 'ready' ? state.data : null;
  const title = product?.title ?? ui.product.title;
  // Opened from Moments: read-only, no identity, no navigation (features/wechat/singlePage.ts).
  const single = useSinglePageMode();
  // The shop's owner: "发朋友圈" through the posting policy; the Moments menu is hidden while it forbids posting.
  // In single-page mode there is no owner to ask about.
  const posting = usePostingWindow(single ? null : (product?.shopId ?? null));

  useEffect(() => {
    if (product) setPageTitle(product.title);
  }, [product]);

  // Where "回店里" leads from the cart and the orders (stores/lastShop.ts).
  const productShopId = product?.shopId ?? null;
  useEffect(() => {
    if (productShopId && !single) useLastShop.getState().seen(productShopId);
  }, [productShopId, single]);

  // Nothing to retry when the link has no product or the product is gone.
  const gone = state.status === 'error' && (state.error.code === 'NOT_FOUND' || !productId);

  useShareAppMessage(() => ({ title: ui.product.shareTitle(title), path: productPagePath(productId), imageUrl: product?.images[0] }));
  useShareTimeline(() => ({ title: ui.product.shareTitle(title), query: `productId=${encodeURIComponent(productId)}`, imageUrl: product?.images[0] }));

  return (
    <View className='product-page'>
      {state.status === 'loading' ? <PageSkeleton kind='product' /> : null}
      {state.status === 'error' && gone ? (
        <View>
          <ErrorState title={state.error.code === 'NOT_FOUND' ? ui.product.notFound : undefined} message={state.error.message} />
          {single ? null : <NextSteps hint={friendNavUi.notFound.productHint} />}
        </View>
      ) : null}
      {state.status === 'error' && !gone ? <ErrorState title={ui.product.loadFailed} message={state.error.message} onRetry={() => void reload()} /> : null}
      {product ? <ProductDetail product={product} posting={posting} readOnly={single} /> : null}
      {single || product ? null : <FriendNavBar />}
    </View>
  );
}

/** "加入购物车": one more in the cart (bounded by stock). */
function addToCart(product: Product): void {
  useCart.getState().add(lineFromProduct(product, 1));
  toast(ordersMainUi.cartAdded);
}

/** "立即购买": checkout with just this item, leaving the cart as it is. */
function buyNow(product: Product): void {
  useCart.getState().setBuyNow(lineFromProduct(product, 1));
  openPage(orderRoutes.checkout(product.shopId, 'buyNow'));
}

function ProductDetail({ product, posting, readOnly }: { product: ProductWithReviews; posting: PostingWindow; readOnly: boolean }) {
  const soldOut = product.stock <= 0;
  const accepts = useAcceptsOrders(product.shopId);
  return (
    <View className='product-detail'>
      <ProductGallery images={product.images} carried={product.source !== null} />

      <View className='detail-card product-summary'>
        {product.status === 'archived' ? <Text className='archived-note'>{ui.product.archived}</Text> : null}
        <View className='product-summary__row'>
          <Text className='product-summary__price'>{formatPrice(product.priceFen)}</Text>
          <Text className={`product-summary__stock${soldOut ? ' product-summary__stock--out sold-out' : ''}`}>
            {soldOut ? ui.product.soldOut : ui.product.stock(product.stock)}
          </Text>
        </View>
        <Text className='product-summary__title'>{product.title}</Text>
        <Text className='after-sale-promise'>{ordersMainUi.afterSalePromise(AFTER_SALE_RESPONSE_HOURS)}</Text>
        {readOnly ? null : (
          <View className='product-summary__links'>
            <View className='shop-link' hoverClass='shop-link--pressed' onClick={() => openPage(shopPagePath(product.shopId))}>
              {ui.product.visitShop} ›
            </View>
            <CopyLinkButton link={() => productShareUrl(currentOrigin(), product.id)} />
          </View>
        )}
        {readOnly || product.status === 'archived' ? null : <PostNowEntry posting={posting} productId={product.id} />}
      </View>

      <View className='detail-section story-section'>
        <Text className='detail-section__title'>{ui.product.storyHeading}</Text>
        <Text className='story-text'>{product.story}</Text>
      </View>

      {/* A carried product's proof is its supplier's, shown with who ships it; the shop's own keeps the seller's proof. */}
      {product.source ? <SupplierSection product={product} /> : <ProofSection images={product.proofImages} />}
      <ReviewList reviews={product.reviews} />

      {readOnly ? <SinglePageNotice doing='product' /> : null}
      {readOnly || accepts !== false ? null : <CannotOrderNotice />}
      {readOnly ? null : (
        <FriendNavBar shopId={product.shopId}>
          {accepts === false ? null : <OrderEntry product={product} onAddToCart={addToCart} onBuyNow={buyNow} />}
        </FriendNavBar>
      )}
    </View>
  );
}
