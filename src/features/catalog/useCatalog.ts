import { useCallback, useEffect, useRef, useState } from 'react';
import type { Product } from '../../../types/product';
import { ui } from '../../../types/zh-CN/ui';
import { toApiError, type ApiError } from '../../api';
import { showError, toast } from '../../utils/feedback';
import { catalogApi } from './api';

export type CatalogState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; active: Product[]; archived: Product[]; productCap: number };

/** Whether another product may go on sale (new or restored): the shop's cap of active products. */
export function hasRoom(active: number, cap: number): boolean {
  return active < cap;
}

/**
 * The seller's catalog: active products in shop order, archived ones apart, and the cap.
 * Actions (move, archive, restore) go to the backend one at a time; a refusal (SHOP_FULL,
 * FORBIDDEN, CONFLICT…) is shown with the backend's zh-CN sentence and the list is asked again.
 */
export function useCatalog() {
  const [state, setState] = useState<CatalogState>({ status: 'loading' });
  const [busy, setBusy] = useState<string | null>(null);
  const latest = useRef(0);

  const load = useCallback(async (quiet: boolean): Promise<void> => {
    const request = ++latest.current;
    if (!quiet) setState({ status: 'loading' });
    try {
      const data = await catalogApi.listMine();
      if (request === latest.current) setState({ status: 'ready', ...data });
    } catch (err) {
      if (request === latest.current) setState({ status: 'error', error: toApiError(err) });
    }
  }, []);

  useEffect(() => {
    void load(false);
    return () => {
      latest.current += 1;
    };
  }, [load]);

  const act = useCallback(
    async (productId: string, run: () => Promise<void>, done?: string): Promise<void> => {
      if (busy) return;
      setBusy(productId);
      try {
        await run();
        if (done) toast(done);
      } catch (err) {
        showError(toApiError(err).message, ui.catalog.actionFailed);
      } finally {
        setBusy(null);
        await load(true);
      }
    },
    [busy, load],
  );

  const move = useCallback(
    (productId: string, direction: 'up' | 'down') =>
      act(productId, async () => {
        const active = await catalogApi.move(productId, direction);
        setState((prev) => (prev.status === 'ready' ? { ...prev, active } : prev));
      }),
    [act],
  );
  const archive = useCallback((productId: string) => act(productId, () => catalogApi.archive(productId).then(() => undefined), ui.catalog.archived), [act]);
  const restore = useCallback((productId: string) => act(productId, () => catalogApi.restore(productId).then(() => undefined), ui.catalog.restored), [act]);

  return { state, busy, reload: () => load(false), refresh: () => load(true), move, archive, restore };
}
