import { useCallback, useState } from 'react';
import type { Customer } from '../../../types/crm';
import { toApiError, type ApiError } from '../../api';
import { useResource, type Resource } from '../../hooks/use-resource';
import { crmApi } from './api';
import { rememberCustomers } from './customer-cache';

export interface CustomersData {
  customers: Customer[];
  nextCursor: string | null;
  moreError: ApiError | null;
}
export type CustomersState = Resource<CustomersData>;

export interface CustomerFilter {
  q: string;
  tag: string;
}

/** `crm.list`: a search, a tag filter and "load more" by the page's nextCursor. Tags seen so far become filter chips. */
export function useCustomers() {
  const [filter, setFilter] = useState<CustomerFilter>({ q: '', tag: '' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [knownTags, setKnownTags] = useState<string[]>([]);

  const learnTags = useCallback((customers: readonly Customer[]) => {
    setKnownTags((prev) => {
      const next = [...prev];
      for (const c of customers) for (const t of c.tags) if (!next.includes(t)) next.push(t);
      return next.length === prev.length ? prev : next;
    });
  }, []);

  const load = useCallback(async (): Promise<CustomersData> => {
    const page = await crmApi.list({ q: filter.q, tag: filter.tag });
    rememberCustomers(page.customers);
    learnTags(page.customers);
    return { customers: page.customers, nextCursor: page.nextCursor, moreError: null };
  }, [filter, learnTags]);
  const { state, reload, refresh, update, superseded } = useResource(load, { refreshErrorReplaces: true });

  const loadMore = useCallback(async () => {
    if (state.status !== 'ready' || !state.data.nextCursor || loadingMore) return;
    const stale = superseded();
    setLoadingMore(true);
    try {
      const page = await crmApi.list({ q: filter.q, tag: filter.tag, cursor: state.data.nextCursor });
      if (stale()) return;
      rememberCustomers(page.customers);
      learnTags(page.customers);
      update((prev) => ({ customers: [...prev.customers, ...page.customers], nextCursor: page.nextCursor, moreError: null }));
    } catch (err) {
      if (!stale()) update((prev) => ({ ...prev, moreError: toApiError(err) }));
    } finally {
      setLoadingMore(false);
    }
  }, [state, filter, loadingMore, learnTags, update, superseded]);

  return {
    state,
    filter,
    knownTags,
    loadingMore,
    search: (q: string) => setFilter((f) => ({ ...f, q: q.trim() })),
    pickTag: (tag: string) => setFilter((f) => ({ ...f, tag: f.tag === tag ? '' : tag })),
    reload,
    refresh,
    loadMore,
  };
}
