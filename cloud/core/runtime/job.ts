import type { Deps } from './context';

/**
 * A job the timer runs every minute. Each job must be safe when two timers overlap or one dies
 * halfway: it claims its rows inside a transaction (FOR UPDATE SKIP LOCKED) and marks them done there.
 * It lives here, not beside the timer, so the jobs and the timer that lists them both depend on it.
 */
export interface TimerJob {
  name: string;
  run(deps: Deps, now: Date): Promise<number>;
}
