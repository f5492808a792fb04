import { useCallback, useEffect, useRef, useState } from 'react';
import type { Shop } from '../../../types/shop';
import { callFunction, toApiError, type ApiError } from '../../api';

export type MyShopState =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; shop: Shop };

/** `shop.mine`: the caller's shop; NOT_FOUND means "no shop yet", which is a state, not an error. */
export function useMyShop() {
  const [state, setState] = useState<MyShopState>({ status: 'loading' });
  const latest = useRef(0);

  const reload = useCallback(async (): Promise<void> => {
    const request = ++latest.current;
    setState({ status: 'loading' });
    try {
      const shop = await callFunction('shop', 'mine', {});
      if (request === latest.current) setState({ status: 'ready', shop });
    } catch (err) {
      if (request !== latest.current) return;
      const error = toApiError(err);
      setState(error.code === 'NOT_FOUND' ? { status: 'none' } : { status: 'error', error });
    }
  }, []);

  useEffect(() => {
    void reload();
    return () => {
      latest.current += 1;
    };
  }, [reload]);

  /** After `shop.open` / `shop.update`: show the shop the backend answered, without asking again. */
  const replace = useCallback((shop: Shop) => {
    latest.current += 1;
    setState({ status: 'ready', shop });
  }, []);

  return { state, reload, replace };
}
