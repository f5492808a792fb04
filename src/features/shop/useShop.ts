import { useCallback, useEffect, useRef, useState } from 'react';
import type { Product } from '../../../types/product';
import type { ShopWithProducts } from '../../../types/shop';
import { ui } from '../../../types/zh-CN/ui';
import { ApiError, toApiError } from '../../api';
import { fetchShop } from './api';

export type ShopState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; data: ShopWithProducts; refreshError: ApiError | null };

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
  const [state, setState] = useState<ShopState>(() =>
    shopId ? { status: 'loading' } : { status: 'error', error: missingShopIdError() },
  );
  const latest = useRef(0);

  const load = useCallback(
    async (mode: 'reload' | 'refresh'): Promise<void> => {
      const request = ++latest.current;
      if (!shopId) {
        setState({ status: 'error', error: missingShopIdError() });
        return;
      }
      if (mode === 'reload') setState({ status: 'loading' });
      try {
        const data = await fetchShop(shopId);
        if (request === latest.current) setState({ status: 'ready', data, refreshError: null });
      } catch (err) {
        if (request !== latest.current) return;
        const error = toApiError(err);
        setState((prev) =>
          mode === 'refresh' && prev.status === 'ready' ? { ...prev, refreshError: error } : { status: 'error', error },
        );
      }
    },
    [shopId],
  );

  useEffect(() => {
    void load('reload');
    return () => {
      latest.current += 1; // unmounted or shopId changed: ignore answers still on their way
    };
  }, [load]);

  const reload = useCallback(() => load('reload'), [load]);
  const refresh = useCallback(() => load('refresh'), [load]);
  return { state, reload, refresh };
}
