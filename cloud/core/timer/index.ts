import type { Deps } from '../runtime/context';
import type { TimerJob } from '../runtime/job';
import { autoCompleteShippedOrders, closeUnshippedReturns, expireUnpaidOrders, flagOverdueAfterSales, refundUnconfirmedReturns } from '../orders/jobs';
import { remindDuePosts, syncPausedPosts } from '../posts/jobs';
import { deliverOutboxJob } from '../delivery';
import { resubmitImagesJob } from '../content/jobs';
import { closeDueDrops } from '../drops/jobs';


/**
 * Every job of the timer, in the order they run each minute. Drops close first: their unpaid joins then expire
 * in the same tick (drops/close.ts).
 */
export const timerJobs: TimerJob[] = [closeDueDrops, expireUnpaidOrders, autoCompleteShippedOrders, flagOverdueAfterSales, closeUnshippedReturns, refundUnconfirmedReturns, syncPausedPosts, remindDuePosts, deliverOutboxJob, resubmitImagesJob];

export interface TickReport {
  at: string;
  jobs: { name: string; handled: number; error?: string }[];
}

/** One tick: every job runs, and one job's failure neither stops the others nor the timer. */
export async function runTimer(deps: Deps, jobs: TimerJob[] = timerJobs, now: Date = deps.clock.now()): Promise<TickReport> {
  const report: TickReport = { at: now.toISOString(), jobs: [] };
  for (const job of jobs) {
    try {
      report.jobs.push({ name: job.name, handled: await job.run(deps, now) });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      deps.log.error('timer job failed', { job: job.name, error: message });
      report.jobs.push({ name: job.name, handled: 0, error: message });
    }
  }
  return report;
}
