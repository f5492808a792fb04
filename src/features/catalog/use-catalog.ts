import { useCallback, useState } from 'react';
import type { Product } from '../../../types/product';
import { ui } from '../../../types/zh-CN/ui';
import { toApiError } from '../../api';
import { useResource, type Resource } from '../../hooks/use-resource';
import { showError, toast } from '../../utils/feedback';
import { catalogApi } from './api';

export type CatalogState = Resource<{ active: Product[]; archived: Product[]; productCap: number }>;

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
  const { state, reload, refresh, update } = useResource(useCallback(() => catalogApi.listMine(), []), { refreshErrorReplaces: true });
  const [busy, setBusy] = useState<string | null>(null);

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
        await refresh();
      }
    },
    [busy, refresh],
  );

  const move = useCallback(
    (productId: string, direction: 'up' | 'down') =>
      act(productId, async () => {
        const active = await catalogApi.move(productId, direction);
        update((prev) => ({ ...prev, active }));
      }),
    [act, update],
  );
  const archive = useCallback((productId: string) => act(productId, () => catalogApi.archive(productId).then(() => undefined), ui.catalog.archived), [act]);
  const restore = useCallback((productId: string) => act(productId, () => catalogApi.restore(productId).then(() => undefined), ui.catalog.restored), [act]);

  return { state, busy, reload, refresh, move, archive, restore };
}
