import { useCallback, useState } from 'react';
import type { MySupply, StatementLine, Supplier } from '../../../types/supply';
import { toApiError, type ApiError } from '../../api';
import { useResource } from '../../hooks/use-resource';
import { supplyApi } from './api';

/** What the console opens on: `supply.mine`, the caller's supplier (null: not one yet) and its products. */
export type SupplierHome = MySupply;

/** The console's first screen, with 加载更多 for a supplier of many products, and a just-opened supplier put in place. */
export function useSupplierHome() {
  const load = useCallback(() => supplyApi.mine(), []);
  const resource = useResource<SupplierHome>(load);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const { update, superseded, replace } = resource;

  const more = useCallback(async () => {
    if (resource.state.status !== 'ready' || !resource.state.data.nextCursor || loadingMore) return;
    const stale = superseded();
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await supplyApi.mine(resource.state.data.nextCursor);
      if (!stale()) update((prev) => ({ ...prev, products: [...prev.products, ...page.products], nextCursor: page.nextCursor }));
    } catch (err) {
      if (!stale()) setMoreError(toApiError(err));
    } finally {
      setLoadingMore(false);
    }
  }, [resource.state, loadingMore, superseded, update]);

  /** A supplier `supply.open` answered: it has listed nothing yet. */
  const opened = useCallback((supplier: Supplier) => replace({ supplier, products: [], nextCursor: null }), [replace]);

  return { ...resource, more, loadingMore, moreError, opened };
}

/**
 * The supplier's side of `supply.statement`: someone who is also a seller gets their own shop's lines too (what
 * they owe other suppliers), which are not this console's. A line is the supplier's when it names its supplier.
 */
export function supplierLines(lines: StatementLine[], supplier: Pick<Supplier, 'id'> | null): StatementLine[] {
  return supplier ? lines.filter((l) => l.supplierId === supplier.id) : [];
}

/** 对账's data: the statement's lines that are the caller's supplier's (none when the caller is not one). */
export async function loadSupplierStatement(): Promise<{ lines: StatementLine[] }> {
  const [mine, statement] = await Promise.all([supplyApi.mine(), supplyApi.statement()]);
  return { lines: supplierLines(statement.lines, mine.supplier) };
}
