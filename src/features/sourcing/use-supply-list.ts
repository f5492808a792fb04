import { useCallback, useState } from 'react';
import type { SupplyProductPage } from '../../../types/supply';
import { toApiError, type ApiError } from '../../api';
import { useResource } from '../../hooks/use-resource';
import { sourcingApi } from './api';
import { useCarriedIds } from './use-carried-ids';

/**
 * 找货源: supply products matching the query, a page at a time (`nextCursor`). A new query starts over;
 * a page still on its way when the query changes is dropped. `carried` marks what the shop already sells.
 */
export function useSupplyList() {
  const [query, setQuery] = useState('');
  const load = useCallback(() => sourcingApi.list(query, null), [query]);
  const list = useResource<SupplyProductPage>(load);
  const carried = useCarriedIds();
  const [more, setMore] = useState<{ busy: boolean; error: ApiError | null }>({ busy: false, error: null });
  const { update, superseded, refresh: refreshList } = list;
  const nextCursor = list.state.status === 'ready' ? list.state.data.nextCursor : null;

  const loadMore = useCallback(async () => {
    if (!nextCursor || more.busy) return;
    const stale = superseded();
    setMore({ busy: true, error: null });
    try {
      const page = await sourcingApi.list(query, nextCursor);
      if (stale()) return;
      update((prev) => ({ products: [...prev.products, ...page.products.filter((p) => !prev.products.some((q) => q.id === p.id))], nextCursor: page.nextCursor }));
      setMore({ busy: false, error: null });
    } catch (err) {
      if (!stale()) setMore({ busy: false, error: toApiError(err) });
    }
  }, [nextCursor, more.busy, superseded, query, update]);

  const search = useCallback((q: string) => {
    setMore({ busy: false, error: null });
    setQuery(q.trim());
  }, []);

  const refreshCarried = carried.refresh;
  const refresh = useCallback(async () => {
    await Promise.all([refreshList(), refreshCarried()]);
  }, [refreshList, refreshCarried]);

  return { query, search, state: list.state, reload: list.reload, refresh, loadMore, more, carried: carried.ids };
}
