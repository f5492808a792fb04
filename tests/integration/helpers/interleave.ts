// For tests that drive an interleaving on PostgreSQL: a transaction holds a row, others queue behind it, the test
// waits until they are queued before letting go.
import type { Queryable } from '../../../cloud/db/types';

/** How many lock requests are waiting right now (PostgreSQL's pg_locks). */
export const waitingLocks = async (db: Queryable): Promise<number> =>
  Number((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted'))[0].n);

/** Polls until `what` holds (every 10 ms, at most 5 s). */
export async function until(what: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await what()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out waiting');
}
