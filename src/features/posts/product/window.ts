import { datePartsOf, formatDate } from '../../../../types/zh-CN/dates';

/** "Post now" from the product page: the earliest time the contract allows (`at` must lie in the future). */
export const POST_NOW_DELAY_MS = 60_000;

/** Whether "post now" is refused: the next allowed time is later than now + 1 minute (or there is none). */
export function postingClosed(nextAllowedAt: string | null, now: number): boolean {
  if (nextAllowedAt === null) return true;
  return Date.parse(nextAllowedAt) > now + POST_NOW_DELAY_MS;
}

/**
 * "11月25日 08:00" in the shop's zone, read through Intl like the backend's messages (the main
 * package keeps the policy's zone module out: it lives with the scheduler in the seller subpackage).
 */
export function openingTime(iso: string, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  try {
    return formatDate(datePartsOf(at, timeZone), { time: true });
  } catch {
    return formatDate(datePartsOf(at), { time: true });
  }
}
