import { useCallback, useEffect, useRef, useState } from 'react';
import type { Customer } from '../../../types/crm';
import { toApiError, type ApiError } from '../../api';
import { crmApi } from './api';
import { rememberCustomers } from './customerCache';

export type CustomersState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; customers: Customer[]; nextCursor: string | null; moreError: ApiError | null };

export interface CustomerFilter {
  q: string;
  tag: string;
}

/** `crm.list`: a search, a tag filter and "load more" by the page's nextCursor. Tags seen so far become filter chips. */
export function useCustomers() {
  const [filter, setFilter] = useState<CustomerFilter>({ q: '', tag: '' });
  const [state, setState] = useState<CustomersState>({ status: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [knownTags, setKnownTags] = useState<string[]>([]);
  const latest = useRef(0);

  const learnTags = useCallback((customers: readonly Customer[]) => {
    setKnownTags((prev) => {
      const next = [...prev];
      for (const c of customers) for (const t of c.tags) if (!next.includes(t)) next.push(t);
      return next.length === prev.length ? prev : next;
    });
  }, []);

  const load = useCallback(
    async (f: CustomerFilter, quiet: boolean = false) => {
      const request = ++latest.current;
      if (!quiet) setState({ status: 'loading' });
      try {
        const page = await crmApi.list({ q: f.q, tag: f.tag });
        if (request !== latest.current) return;
        rememberCustomers(page.customers);
        learnTags(page.customers);
        setState({ status: 'ready', customers: page.customers, nextCursor: page.nextCursor, moreError: null });
      } catch (err) {
        if (request === latest.current) setState({ status: 'error', error: toApiError(err) });
      }
    },
    [learnTags],
  );

  useEffect(() => {
    void load(filter);
  }, [filter, load]);

  const loadMore = useCallback(async () => {
    if (state.status !== 'ready' || !state.nextCursor || loadingMore) return;
    const request = latest.current;
    setLoadingMore(true);
    try {
      const page = await crmApi.list({ q: filter.q, tag: filter.tag, cursor: state.nextCursor });
      if (request !== latest.current) return;
      rememberCustomers(page.customers);
      learnTags(page.customers);
      setState({ status: 'ready', customers: [...state.customers, ...page.customers], nextCursor: page.nextCursor, moreError: null });
    } catch (err) {
      if (request === latest.current) setState({ ...state, moreError: toApiError(err) });
    } finally {
      setLoadingMore(false);
    }
  }, [state, filter, loadingMore, learnTags]);

  return {
    state,
    filter,
    knownTags,
    loadingMore,
    search: (q: string) => setFilter((f) => ({ ...f, q: q.trim() })),
    pickTag: (tag: string) => setFilter((f) => ({ ...f, tag: f.tag === tag ? '' : tag })),
    reload: (quiet: boolean = false) => load(filter, quiet),
    loadMore,
  };
}
