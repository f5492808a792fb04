import { useCallback, useMemo } from 'react';
import type { Shop } from '../../../types/shop';
import { callFunction, toApiError, type ApiError } from '../../api';
import { useResource } from '../../hooks/use-resource';

export type MyShopState =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; shop: Shop };

/** `shop.mine`: the caller's shop; NOT_FOUND means "no shop yet", which is a state, not an error. */
export function useMyShop() {
  const load = useCallback(async (): Promise<Shop | null> => {
    try {
      return await callFunction('shop', 'mine', {});
    } catch (err) {
      if (toApiError(err).code === 'NOT_FOUND') return null;
      throw err;
    }
  }, []);
  const { state: resource, reload, refresh, replace } = useResource(load);
  const state = useMemo<MyShopState>(() => {
    if (resource.status !== 'ready') return resource;
    return resource.data ? { status: 'ready', shop: resource.data } : { status: 'none' };
  }, [resource]);

  /** After `shop.open` / `shop.update`: show the shop the backend answered, without asking again. */
  const showShop = useCallback((shop: Shop) => replace(shop), [replace]);
  return { state, reload, refresh, replace: showShop };
}
