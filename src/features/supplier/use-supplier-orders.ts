import { useCallback, useState } from 'react';
import type { SupplierOrder, SupplierOrderPage, SupplierOrderStatus } from '../../../types/supply';
import { toApiError, type ApiError } from '../../api';
import { useResource } from '../../hooks/use-resource';
import { supplyApi } from './api';

/** The queue's tabs: what waits to be shipped first, then what left, then everything. */
export const SUPPLIER_ORDER_TABS = [
  { key: 'paid', status: 'paid' },
  { key: 'shipped', status: 'shipped' },
  { key: 'all', status: undefined },
] as const satisfies ReadonlyArray<{ key: string; status: SupplierOrderStatus | undefined }>;
export type SupplierOrderTab = (typeof SUPPLIER_ORDER_TABS)[number]['key'];

/** One tab of the supplier's orders, with 加载更多 and the order a shipment answered put in place. */
export function useSupplierOrders(tab: SupplierOrderTab) {
  const status = SUPPLIER_ORDER_TABS.find((t) => t.key === tab)?.status;
  const load = useCallback(() => supplyApi.orders(status), [status]);
  const resource = useResource<SupplierOrderPage>(load);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const { update, superseded } = resource;

  const more = useCallback(async () => {
    if (resource.state.status !== 'ready' || !resource.state.data.nextCursor || loadingMore) return;
    const stale = superseded();
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await supplyApi.orders(status, resource.state.data.nextCursor);
      if (!stale()) update((prev) => ({ ...prev, orders: [...prev.orders, ...page.orders], nextCursor: page.nextCursor }));
    } catch (err) {
      if (!stale()) setMoreError(toApiError(err));
    } finally {
      setLoadingMore(false);
    }
  }, [resource.state, loadingMore, status, superseded, update]);

  /** A shipped order: shown as the backend answered it (it leaves 待发货 on the next refresh). */
  const shipped = useCallback((order: SupplierOrder) => update((prev) => ({ ...prev, orders: prev.orders.map((o) => (o.id === order.id ? order : o)) })), [update]);

  return { ...resource, more, loadingMore, moreError, shipped };
}
