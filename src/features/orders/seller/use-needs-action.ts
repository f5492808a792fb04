import { useCallback, useEffect, useState } from 'react';
import { needsActionCount } from '../actions';
import { ordersApi } from '../api';

/** How many of the shop's orders wait for the seller (to confirm payment, to ship, after-sales); null until known. */
export function useNeedsAction(enabled: boolean) {
  const [count, setCount] = useState<number | null>(null);
  const load = useCallback(async () => {
    try {
      const page = await ordersApi.listShop();
      setCount(needsActionCount(page.counts));
    } catch {
      setCount(null);
    }
  }, []);
  useEffect(() => {
    if (enabled) void load();
  }, [enabled, load]);
  return { count, reload: load };
}
