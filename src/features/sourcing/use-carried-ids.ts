import { useCallback, useMemo } from 'react';
import { useResource } from '../../hooks/use-resource';
import { sourcingApi } from './api';
import { carriedSupplyIds } from './band';

const none = new Set<string>();

/**
 * Supply products the seller's shop carries, from their catalog. Without a shop (or while it loads, or if it
 * fails) nothing is marked: the backend's CONFLICT still refuses a second carry with its own sentence.
 */
export function useCarriedIds() {
  const catalog = useResource(useCallback(() => sourcingApi.myCatalog(), []));
  const data = catalog.state.status === 'ready' ? catalog.state.data : null;
  const ids = useMemo(() => (data ? carriedSupplyIds([...data.active, ...data.archived]) : none), [data]);
  /** the carried product of this supply product, to open its edit page */
  const productOf = useCallback(
    (supplyProductId: string) => (data ? [...data.active, ...data.archived].find((p) => p.source?.supplyProductId === supplyProductId) ?? null : null),
    [data],
  );
  return { ids, productOf, refresh: catalog.refresh };
}
