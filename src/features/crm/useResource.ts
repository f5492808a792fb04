import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../api';

export type Resource<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: T };

/** One backend answer for a section of a page: loading, its error (with retry) or its data; the latest request wins. */
export function useResource<T>(load: () => Promise<T>, enabled: boolean) {
  const [state, setState] = useState<Resource<T>>({ status: 'loading' });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async (quiet: boolean = false): Promise<void> => {
    const request = ++latest.current;
    if (!quiet) setState({ status: 'loading' });
    try {
      const data = await loadRef.current();
      if (request === latest.current) setState({ status: 'ready', data });
    } catch (err) {
      if (request === latest.current) setState({ status: 'error', error: toApiError(err) });
    }
  }, []);

  useEffect(() => {
    if (enabled) void reload();
    return () => {
      latest.current += 1;
    };
  }, [enabled, reload]);

  return { state, reload };
}
