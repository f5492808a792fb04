import type { DevMode } from '../stores/session';

let probe: Promise<DevMode> | null = null;

/**
 * Whether the host serving this H5 app runs in dev mode, from its `GET /api/health`
 * (`{ ok: true, data: { dev } }`). Asked once per page load. If the host cannot be asked
 * (e.g. `npm run dev:h5` without the local host), development builds assume dev mode.
 */
export function probeDevMode(): Promise<DevMode> {
  if (probe) return probe;
  const fallback: DevMode = process.env.NODE_ENV === 'production' ? 'off' : 'on';
  probe = Promise.resolve()
    .then(() => fetch('/api/health', { credentials: 'same-origin' }))
    .then((res) => res.json() as Promise<unknown>)
    .then((body): DevMode => {
      if (typeof body === 'object' && body !== null && 'data' in body) {
        const data = (body as { data: unknown }).data;
        if (typeof data === 'object' && data !== null && 'dev' in data) {
          return (data as { dev: unknown }).dev === true ? 'on' : 'off';
        }
      }
      return fallback;
    })
    .catch((): DevMode => fallback);
  return probe;
}

/** For tests: forget the cached answer. */
export function resetDevModeProbe(): void {
  probe = null;
}
