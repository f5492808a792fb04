import { useCallback, useRef, useState } from 'react';
import type { Order } from '../../../types/order';
import { ordersApi } from './api';
import { ordersUi } from '../../../types/zh-CN/orders-ui';
import { ApiError, toApiError } from '../../api';
import { useResource, type Resource } from '../../hooks/use-resource';
import { showError, toast } from '../../utils/feedback';

export type OrderState = Resource<Order>;

function missingOrderIdError(): ApiError {
  return new ApiError('BAD_INPUT', ordersUi.order.missingOrderId, { fields: { orderId: ordersUi.order.missingOrderId } });
}

/**
 * One order, for its buyer or its seller. `act` runs one action at a time: the answer (the updated
 * order) replaces what is shown; a refusal shows the backend's sentence and the order is asked again,
 * since it may have moved on meanwhile (the seller confirmed, the timer cancelled it).
 */
export function useOrder(orderId: string) {
  const load = useCallback(() => {
    if (!orderId) throw missingOrderIdError();
    return ordersApi.get(orderId);
  }, [orderId]);
  const { state, reload, refresh, replace } = useResource(load, orderId ? {} : { initial: { status: 'error', error: missingOrderIdError() } });
  const [busy, setBusy] = useState<string | null>(null);
  const busyRef = useRef(false);

  /**
   * Runs `run` unless another action is under way; resolves true when it succeeded. `atField` may show a
   * refusal under the panel's own field (a review WeChat's content check refused) instead of a dialog.
   */
  const act = useCallback(
    async (name: string, run: () => Promise<Order | void>, done?: string, atField?: (error: ApiError) => boolean): Promise<boolean> => {
      if (busyRef.current) return false;
      busyRef.current = true;
      setBusy(name);
      try {
        const order = await run();
        if (order) replace(order);
        else await refresh();
        if (done) toast(done);
        return true;
      } catch (err) {
        const error = toApiError(err);
        if (!atField?.(error)) showError(error.message, ordersUi.order.actionFailed);
        await refresh();
        return false;
      } finally {
        busyRef.current = false;
        setBusy(null);
      }
    },
    [refresh, replace],
  );

  return { state, busy, reload, refresh, act };
}
