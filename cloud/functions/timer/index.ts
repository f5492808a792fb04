import { runTimer, type TickReport } from '../../core/timer';
import { cloudDeps } from '../entry';

/**
 * Runs from the CloudBase timer trigger in config.json. Only the platform's own trigger event is
 * accepted: a client calling this function by name does nothing.
 */
export async function main(event: { Type?: string }): Promise<{ ok: boolean; data?: TickReport }> {
  if (event?.Type !== 'Timer') return { ok: false };
  return { ok: true, data: await runTimer(await cloudDeps('timer')) };
}
