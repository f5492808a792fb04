import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../api';

/**
 * One backend answer: on its way, refused (the envelope's error), or here. `refreshError` is a quiet
 * refresh that failed while the data stayed on screen.
 */
export type Resource<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: T; refreshError: ApiError | null };

export interface ResourceOptions<T> {
  /** false: do not ask yet (a section the page does not show). Default true. */
  enabled?: boolean;
  /**
   * What to show before the first answer: cached data, or an error known up front (a link without its id).
   * Ready data is not replaced by the loading state: the first load then refreshes it quietly.
   */
  initial?: Resource<T>;
  /** A failed refresh replaces the data with the error, instead of keeping the data and noting `refreshError`. */
  refreshErrorReplaces?: boolean;
}

/** Ready state for data known without asking (cached, or the answer to an action). */
export function readyResource<T>(data: T): Resource<T> {
  return { status: 'ready', data, refreshError: null };
}

/**
 * Loads `load()` whenever it changes (wrap it in useCallback with its inputs) and keeps the answer.
 * The latest request wins: answers to superseded requests, or arriving after unmount, are dropped.
 * `load` may throw synchronously (a missing id) to show its error without a loading flash.
 */
export function useResource<T>(load: () => Promise<T>, options: ResourceOptions<T> = {}) {
  const { enabled = true, initial, refreshErrorReplaces = false } = options;
  const [state, setState] = useState<Resource<T>>(initial ?? { status: 'loading' });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(
    async (quiet: boolean): Promise<void> => {
      const request = ++latest.current;
      const fail = (err: unknown) => {
        if (request !== latest.current) return;
        const error = toApiError(err);
        setState((prev) => (quiet && prev.status === 'ready' && !refreshErrorReplaces ? { ...prev, refreshError: error } : { status: 'error', error }));
      };
      let pending: Promise<T>;
      try {
        pending = loadRef.current();
      } catch (err) {
        fail(err);
        return;
      }
      if (!quiet) setState({ status: 'loading' });
      try {
        const data = await pending;
        if (request === latest.current) setState(readyResource(data));
      } catch (err) {
        fail(err);
      }
    },
    [refreshErrorReplaces],
  );

  // Data given up front (embedded in the page, cached) stays on screen while the first load runs quietly.
  const startsReady = useRef(initial?.status === 'ready');
  useEffect(() => {
    const quiet = startsReady.current;
    startsReady.current = false;
    if (enabled) void run(quiet);
    return () => {
      latest.current += 1; // unmounted or the inputs changed: ignore answers still on their way
    };
  }, [enabled, load, run]);

  /** Ask again, showing the loading state (a retry). */
  const reload = useCallback(() => run(false), [run]);
  /** Ask again while the data stays on screen (pull-to-refresh, back on the page, after an action). */
  const refresh = useCallback(() => run(true), [run]);
  /** Show data the backend answered to an action, without asking again. */
  const replace = useCallback((data: T) => {
    latest.current += 1;
    setState(readyResource(data));
  }, []);
  /** Change the data on screen (a page appended, a row moved); nothing happens unless it is ready. */
  const update = useCallback((change: (data: T) => T) => {
    setState((prev) => (prev.status === 'ready' ? { ...prev, data: change(prev.data) } : prev));
  }, []);
  /** For follow-up requests (the next page): says later whether a newer load superseded this moment. */
  const superseded = useCallback(() => {
    const at = latest.current;
    return () => at !== latest.current;
  }, []);

  return { state, reload, refresh, replace, update, superseded };
}
