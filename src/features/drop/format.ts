import { datePartsOf, formatDate } from '../../../types/zh-CN/dates';

/** "11月28日 20:00": a cutoff as friends read it, on the device's own clock. */
export function formatDropTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : formatDate(datePartsOf(at), { time: true });
}
