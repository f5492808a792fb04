import { useCallback } from 'react';
import type { Shop } from '../../../types/shop';
import { toApiError } from '../../api';
import { useResource } from '../../hooks/use-resource';
import { homeApi } from './api';
import { RECENT_ORDERS, type LaunchState } from './launch';

/** `shop.mine`, where NOT_FOUND is "no shop yet": a state, not an error. */
async function myShopOrNull(): Promise<Shop | null> {
  try {
    return await homeApi.myShop();
  } catch (err) {
    if (toApiError(err).code === 'NOT_FOUND') return null;
    throw err;
  }
}

const followedShops = () => homeApi.following().then((r) => r.shops);
const recentOrders = () => homeApi.recentOrders().then((r) => r.orders.slice(0, RECENT_ORDERS));

// Asking again keeps each section on screen until its answer, and a failed answer shows its error
// (the launch page has no "kept, but stale" note).
const QUIET_THEN_REPLACE = { refreshErrorReplaces: true } as const;

/**
 * The launch page's three sections, asked for at once and settled one by one: a slow or failed
 * section never hides the others. `refresh()` asks again (back from opening a shop, say).
 */
export function useLaunch() {
  const myShop = useResource(myShopOrNull, QUIET_THEN_REPLACE);
  const following = useResource(followedShops, QUIET_THEN_REPLACE);
  const orders = useResource(recentOrders, QUIET_THEN_REPLACE);
  const state: LaunchState = { myShop: myShop.state, following: following.state, orders: orders.state };
  const { refresh: refreshShop } = myShop;
  const { refresh: refreshFollowing } = following;
  const { refresh: refreshOrders } = orders;
  const refresh = useCallback(
    () => Promise.all([refreshShop(), refreshFollowing(), refreshOrders()]).then(() => undefined),
    [refreshShop, refreshFollowing, refreshOrders],
  );
  return { state, refresh };
}
