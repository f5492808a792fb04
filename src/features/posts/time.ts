/**
 * Calendar arithmetic in the shop's time zone, on the posting policy's own zone module (pure, no
 * zod), so the calendar, the time picker and the backend agree on what "that day" means.
 */
import { DAY_MS, dateKeyOf, dayIndexOf, localInstant, wallClock } from '../../../types/rules/posting/zone';
import { formatDate } from '../../../types/zh-CN/dates';

export { DAY_MS };

/** The local calendar date (days since 1970-01-01) of an instant in `timeZone`. */
export function dayIndexAt(ms: number, timeZone: string): number {
  return wallClock(ms, timeZone).dayIndex;
}

/** "YYYY-MM-DD" of a day index (what daySlots takes). */
export const dateKey = dateKeyOf;
export const dayIndexFromKey = dayIndexOf;

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOf(dayIndex: number): number {
  return (((dayIndex + 4) % 7) + 7) % 7;
}

/** The Monday on or before the day. */
export function mondayOf(dayIndex: number): number {
  return dayIndex - ((weekdayOf(dayIndex) + 6) % 7);
}

/** Local midnight of a day as an instant (the earliest instant of that date). */
export function startOfDay(dayIndex: number, timeZone: string): number {
  return localInstant(dayIndex, 0, timeZone) ?? dayIndex * DAY_MS - wallClock(dayIndex * DAY_MS, timeZone).offset;
}

/** "11月25日" of a day index. */
export function dayLabel(dayIndex: number): string {
  const [, m, d] = dateKeyOf(dayIndex).split('-');
  return formatDate({ month: Number(m), day: Number(d) });
}

/** "08:30" of an instant in the zone. */
export function clockOf(ms: number, timeZone: string): string {
  const minutes = Math.floor(wallClock(ms, timeZone).msOfDay / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "11月25日 08:00" in the shop's zone, as the backend's messages write it. */
export function formatLocal(iso: string | number, timeZone: string): string {
  const ms = typeof iso === 'number' ? iso : Date.parse(iso);
  if (!Number.isFinite(ms)) return '';
  return `${dayLabel(dayIndexAt(ms, timeZone))} ${clockOf(ms, timeZone)}`;
}
