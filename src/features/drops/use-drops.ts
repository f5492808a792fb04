import { useCallback } from 'react';
import { callFunction } from '../../api';
import { useResource } from '../../hooks/use-resource';
import { dropsApi } from './api';
import { sortDrops } from './pick';

/** The owner's drops (open first, then closed) and the shop's zone their cutoffs are said in. */
export function useDrops() {
  const load = useCallback(async () => {
    const [{ drops }, shop] = await Promise.all([dropsApi.list(), callFunction('shop', 'mine', {})]);
    return { drops: sortDrops(drops), timeZone: shop.policy.timeZone };
  }, []);
  return useResource(load);
}
