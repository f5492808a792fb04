import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError } from '../../api';
import { homeApi } from './api';
import { RECENT_ORDERS, type LaunchState, type Section } from './launch';

const LOADING: LaunchState = { myShop: { status: 'loading' }, following: { status: 'loading' }, orders: { status: 'loading' } };

async function sectionOf<T>(request: Promise<T>): Promise<Section<T>> {
  try {
    return { status: 'ready', data: await request };
  } catch (err) {
    return { status: 'error', error: toApiError(err) };
  }
}

/** `shop.mine`, where NOT_FOUND is "no shop yet": a state, not an error. */
async function myShopOrNull(): Promise<LaunchState['myShop']> {
  const section = await sectionOf(homeApi.myShop());
  return section.status === 'error' && section.error.code === 'NOT_FOUND' ? { status: 'ready', data: null } : section;
}

/**
 * The launch page's three sections, asked for at once and settled one by one: a slow or failed
 * section never hides the others. `reload()` asks again (back from opening a shop, say).
 */
export function useLaunch() {
  const [state, setState] = useState<LaunchState>(LOADING);
  const latest = useRef(0);

  const reload = useCallback(() => {
    const request = ++latest.current;
    const settle = <K extends keyof LaunchState>(key: K, promise: Promise<LaunchState[K]>) =>
      void promise.then((section) => {
        if (request === latest.current) setState((prev) => ({ ...prev, [key]: section }));
      });
    settle('myShop', myShopOrNull());
    settle('following', sectionOf(homeApi.following().then((r) => r.shops)));
    settle('orders', sectionOf(homeApi.recentOrders().then((r) => r.orders.slice(0, RECENT_ORDERS))));
  }, []);

  useEffect(() => {
    reload();
    return () => {
      latest.current += 1;
    };
  }, [reload]);

  return { state, reload };
}
