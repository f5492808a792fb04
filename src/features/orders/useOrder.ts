import { useCallback, useEffect, useRef, useState } from 'react';
import type { Order } from '../../../types/order';
import { ordersApi } from './api';
import { ordersUi } from '../../../types/zh-CN/orders-ui';
import { ApiError, toApiError } from '../../api';
import { showError, toast } from '../../utils/feedback';

export type OrderState = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; order: Order };

function missingOrderIdError(): ApiError {
  return new ApiError('BAD_INPUT', ordersUi.order.missingOrderId, { fields: { orderId: ordersUi.order.missingOrderId } });
}

/**
 * One order, for its buyer or its seller. `act` runs one action at a time: the answer (the updated
 * order) replaces what is shown; a refusal shows the backend's sentence and the order is asked again,
 * since it may have moved on meanwhile (the seller confirmed, the timer cancelled it).
 */
export function useOrder(orderId: string) {
  const [state, setState] = useState<OrderState>(() => (orderId ? { status: 'loading' } : { status: 'error', error: missingOrderIdError() }));
  const [busy, setBusy] = useState<string | null>(null);
  const busyRef = useRef(false);
  const latest = useRef(0);

  const load = useCallback(
    async (quiet: boolean): Promise<void> => {
      const request = ++latest.current;
      if (!orderId) {
        setState({ status: 'error', error: missingOrderIdError() });
        return;
      }
      if (!quiet) setState({ status: 'loading' });
      try {
        const order = await ordersApi.get(orderId);
        if (request === latest.current) setState({ status: 'ready', order });
      } catch (err) {
        if (request !== latest.current) return;
        const error = toApiError(err);
        setState((prev) => (quiet && prev.status === 'ready' ? prev : { status: 'error', error }));
      }
    },
    [orderId],
  );

  useEffect(() => {
    void load(false);
    return () => {
      latest.current += 1;
    };
  }, [load]);

  const replace = useCallback((order: Order) => {
    latest.current += 1;
    setState({ status: 'ready', order });
  }, []);

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
        else await load(true);
        if (done) toast(done);
        return true;
      } catch (err) {
        const error = toApiError(err);
        if (!atField?.(error)) showError(error.message, ordersUi.order.actionFailed);
        await load(true);
        return false;
      } finally {
        busyRef.current = false;
        setBusy(null);
      }
    },
    [load, replace],
  );

  return { state, busy, reload: () => load(false), refresh: () => load(true), act };
}
