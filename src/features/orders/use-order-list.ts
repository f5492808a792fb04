import { useCallback, useState } from 'react';
import type { Order, OrderPage, OrderStatus } from '../../../types/order';
import { toApiError, type ApiError } from '../../api';
import { useResource, type Resource } from '../../hooks/use-resource';
import { ordersApi } from './api';
import type { Side } from './actions';

export interface OrderListData {
  orders: Order[];
  counts: OrderPage['counts'];
  nextCursor: string | null;
  moreError: ApiError | null;
}
export type OrderListState = Resource<OrderListData>;

/**
 * The buyer's orders (`listMine`) or the shop's (`listShop`), filtered by status, newest first,
 * a page at a time (`loadMore` follows `nextCursor`). Counts per status come with every page.
 */
export function useOrderList(side: Side, status: OrderStatus | undefined) {
  const [loadingMore, setLoadingMore] = useState(false);
  const fetchPage = useCallback((cursor?: string) => (side === 'owner' ? ordersApi.listShop(status, cursor) : ordersApi.listMine(status, cursor)), [side, status]);
  const load = useCallback(async (): Promise<OrderListData> => {
    const page = await fetchPage();
    return { orders: page.orders, counts: page.counts, nextCursor: page.nextCursor, moreError: null };
  }, [fetchPage]);
  const { state, reload, refresh, update, superseded } = useResource(load);

  const loadMore = useCallback(async (): Promise<void> => {
    if (state.status !== 'ready' || !state.data.nextCursor || loadingMore) return;
    const stale = superseded();
    setLoadingMore(true);
    try {
      const page = await fetchPage(state.data.nextCursor);
      if (stale()) return;
      update((prev) => {
        const seen = new Set(prev.orders.map((o) => o.id));
        return { orders: [...prev.orders, ...page.orders.filter((o) => !seen.has(o.id))], counts: page.counts, nextCursor: page.nextCursor, moreError: null };
      });
    } catch (err) {
      if (!stale()) update((prev) => ({ ...prev, moreError: toApiError(err) }));
    } finally {
      setLoadingMore(false);
    }
  }, [state, loadingMore, fetchPage, update, superseded]);

  return { state, loadingMore, reload, refresh, loadMore };
}
