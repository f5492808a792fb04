import { formatShopTime } from '../../../../types/zh-CN/dates';

/** "Post now" from the product page: the earliest time the contract allows (`at` must lie in the future). */
export const POST_NOW_DELAY_MS = 60_000;

/** Whether "post now" is refused: the next allowed time is later than now + 1 minute (or there is none). */
export function postingClosed(nextAllowedAt: string | null, now: number): boolean {
  if (nextAllowedAt === null) return true;
  return Date.parse(nextAllowedAt) > now + POST_NOW_DELAY_MS;
}

/** "11月25日 08:00": when posting opens, on the shop's clock (read through Intl, like the backend's messages). */
export const openingTime = formatShopTime;
