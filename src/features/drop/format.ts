import { formatShopTime } from '../../../types/zh-CN/dates';

/** "11月28日 20:00": a drop's cutoff on the shop's wall clock (Drop.timeZone), as the seller announced it. */
export function formatDropTime(iso: string, timeZone: string): string {
  return formatShopTime(iso, timeZone);
}
