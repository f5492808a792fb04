import type { TimerJob } from '../runtime/job';
import { closeDrops } from './close';

const BATCH = 100;

/**
 * Closes open drops whose cutoff passed, at their cutoff (closedAt is when joining stopped, not when the timer
 * got there), and ends their unpaid joins (closeDrops). Claimed with FOR UPDATE SKIP LOCKED, so overlapping
 * timers never close one twice, and a seller's close racing it waits for it and then finds it closed.
 * It runs before the order expiry in each tick, so the unpaid joins are cancelled in the same tick.
 */
export const closeDueDrops: TimerJob = {
  name: 'closeDueDrops',
  async run({ db }, now) {
    let handled = 0;
    for (;;) {
      const n = await db.transaction(async (tx) => {
        const due = await tx.query<{ id: string; closes_at: Date }>(
          `SELECT id, closes_at FROM drops WHERE status = 'open' AND closes_at <= $1 ORDER BY closes_at, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          [now],
        );
        // one cutoff per call: drops closing at the same minute share it
        const byCutoff = new Map<number, string[]>();
        for (const d of due) {
          const at = new Date(d.closes_at).getTime();
          byCutoff.set(at, [...(byCutoff.get(at) ?? []), d.id]);
        }
        for (const [at, ids] of byCutoff) await closeDrops(tx, ids, new Date(at), now);
        return due.length;
      });
      handled += n;
      if (n < BATCH) return handled;
    }
  },
};
