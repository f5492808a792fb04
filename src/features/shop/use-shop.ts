import { useCallback, useEffect, useState } from 'react';
import type { Product } from '../../../types/product';
import type { ShopWithProducts } from '../../../types/shop';
import { ui } from '../../../types/zh-CN/ui';
import { ApiError } from '../../api';
import { readyResource, useResource, type Resource } from '../../hooks/use-resource';
import { fetchShop } from './api';
import { embeddedShop, embeddedShopShown } from './embedded';

export type ShopState = Resource<ShopWithProducts>;

/** Products a friend can see, in the seller's order (the backend already sends active ones only). */
export function visibleProducts(products: Product[]): Product[] {
  return products.filter((p) => p.status === 'active').sort((a, b) => a.position - b.position);
}

export function missingShopIdError(): ApiError {
  return new ApiError('BAD_INPUT', ui.shop.missingShopId, { fields: { shopId: ui.shop.missingShopId } });
}

/**
 * The public shop page's data. `reload()` is a retry (shows loading again) and `refresh()` a
 * pull-to-refresh (keeps showing the shop; a failure is reported next to it, not instead of it).
 * Answers to superseded requests are dropped.
 */
export function useShop(shopId: string) {
  const load = useCallback(() => {
    if (!shopId) throw missingShopIdError();
    return fetchShop(shopId);
  }, [shopId]);
  // Opened from the short link on H5: the page came with the shop's data (shown at once, refreshed quietly
  // with the viewer's identity — the embedded answer is an anonymous viewer's).
  const [embedded] = useState(() => embeddedShop(shopId));
  useEffect(() => {
    if (embedded) embeddedShopShown();
  }, [embedded]);
  const { state, reload, refresh } = useResource(
    load,
    !shopId ? { initial: { status: 'error', error: missingShopIdError() } } : embedded ? { initial: readyResource(embedded) } : {},
  );
  return { state, reload, refresh };
}
