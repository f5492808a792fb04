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
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('month')}月${get('day')}日 ${get('hour')}:${get('minute')}`;
  } catch {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${at.getMonth() + 1}月${at.getDate()}日 ${pad(at.getHours())}:${pad(at.getMinutes())}`;
  }
}
