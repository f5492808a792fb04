import { useCallback, useEffect, useRef, useState } from 'react';
import type { Order, OrderPage, OrderStatus } from '../../../types/order';
import { toApiError, type ApiError } from '../../api';
import { ordersApi } from './api';
import type { Side } from './actions';

export type OrderListState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; orders: Order[]; counts: OrderPage['counts']; nextCursor: string | null; moreError: ApiError | null };

/**
 * The buyer's orders (`listMine`) or the shop's (`listShop`), filtered by status, newest first,
 * a page at a time (`loadMore` follows `nextCursor`). Counts per status come with every page.
 */
export function useOrderList(side: Side, status: OrderStatus | undefined) {
  const [state, setState] = useState<OrderListState>({ status: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const latest = useRef(0);
  const fetchPage = useCallback((cursor?: string) => (side === 'owner' ? ordersApi.listShop(status, cursor) : ordersApi.listMine(status, cursor)), [side, status]);

  const load = useCallback(
    async (quiet: boolean): Promise<void> => {
      const request = ++latest.current;
      if (!quiet) setState({ status: 'loading' });
      try {
        const page = await fetchPage();
        if (request === latest.current) setState({ status: 'ready', orders: page.orders, counts: page.counts, nextCursor: page.nextCursor, moreError: null });
      } catch (err) {
        if (request !== latest.current) return;
        const error = toApiError(err);
        setState((prev) => (quiet && prev.status === 'ready' ? prev : { status: 'error', error }));
      }
    },
    [fetchPage],
  );

  useEffect(() => {
    void load(false);
    return () => {
      latest.current += 1;
    };
  }, [load]);

  const loadMore = useCallback(async (): Promise<void> => {
    if (state.status !== 'ready' || !state.nextCursor || loadingMore) return;
    const request = latest.current;
    setLoadingMore(true);
    try {
      const page = await fetchPage(state.nextCursor);
      if (request !== latest.current) return;
      setState((prev) => {
        if (prev.status !== 'ready') return prev;
        const seen = new Set(prev.orders.map((o) => o.id));
        return { status: 'ready', orders: [...prev.orders, ...page.orders.filter((o) => !seen.has(o.id))], counts: page.counts, nextCursor: page.nextCursor, moreError: null };
      });
    } catch (err) {
      if (request === latest.current) setState((prev) => (prev.status === 'ready' ? { ...prev, moreError: toApiError(err) } : prev));
    } finally {
      setLoadingMore(false);
    }
  }, [state, loadingMore, fetchPage]);

  return { state, loadingMore, reload: () => load(false), refresh: () => load(true), loadMore };
}
